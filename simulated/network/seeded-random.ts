/**
 * The simulated network's dice: a small seeded generator (a 32-bit string hash feeding
 * mulberry32), so loss, duplication and jitter come out the same on every run with the same seed.
 * Never Math.random: a test that saw a packet lost must see the same packet lost next time.
 */

/** FNV-1a over the seed's UTF-16 code units: any string gives a 32-bit start state. */
const hashSeed = (seed: string): number => {
  let hash = 0x811c9dc5;
  for (let index = 0; index < seed.length; index += 1) {
    hash ^= seed.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
};

export class SeededRandom {
  private state: number;

  constructor(seed: string) {
    this.state = hashSeed(seed);
  }

  /** The next number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let mixed = this.state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  }

  /** True with probability `probability` (0 never draws, so a lossless link uses no numbers). */
  chance(probability: number): boolean {
    if (probability <= 0) return false;
    if (probability >= 1) return true;
    return this.next() < probability;
  }

  /** A number in [0, max) (0 when max is 0, drawing nothing). */
  upTo(max: number): number {
    return max <= 0 ? 0 : this.next() * max;
  }
}
