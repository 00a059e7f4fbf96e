/**
 * HMAC-SHA256 (RFC 2104, FIPS 180-4) in plain JavaScript, for the simulated core's ticket MACs.
 *
 * Why not node:crypto: createHmac costs about 6 µs per MAC, nearly all of it crossing into C++
 * and setting up the key and hash objects, while a session-ticket MAC is only two SHA-256
 * blocks. Here the key's inner and outer pad blocks are hashed once per key, so a short MAC is
 * two or three block compressions with no native call. The output is byte-identical to
 * createHmac('sha256', key); test/simulated/hmac-sha256.test.ts checks that across lengths.
 */

const BLOCK_BYTES = 64;
const DIGEST_BYTES = 32;

// First 32 bits of the fractional parts of the cube roots of the first 64 primes (FIPS 180-4 §4.2.2).
const ROUND_CONSTANTS = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

// First 32 bits of the fractional parts of the square roots of the first 8 primes (§5.3.3).
const INITIAL_STATE = Int32Array.from([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);

/** The message schedule, shared: hashing is synchronous and never re-entered. */
const schedule = new Int32Array(64);

const rotateRight = (word: number, bits: number): number => (word >>> bits) | (word << (32 - bits));

/** One SHA-256 block compression (§6.2.2) of `block[at..at+64)` into `state`. */
const compress = (state: Int32Array, block: Uint8Array, at: number): void => {
  for (let index = 0; index < 16; index += 1) {
    const byte = at + 4 * index;
    schedule[index] = ((block[byte] ?? 0) << 24) | ((block[byte + 1] ?? 0) << 16) | ((block[byte + 2] ?? 0) << 8) | (block[byte + 3] ?? 0);
  }
  for (let index = 16; index < 64; index += 1) {
    const before15 = schedule[index - 15] ?? 0;
    const before2 = schedule[index - 2] ?? 0;
    const sigma0 = rotateRight(before15, 7) ^ rotateRight(before15, 18) ^ (before15 >>> 3);
    const sigma1 = rotateRight(before2, 17) ^ rotateRight(before2, 19) ^ (before2 >>> 10);
    schedule[index] = ((schedule[index - 16] ?? 0) + sigma0 + (schedule[index - 7] ?? 0) + sigma1) | 0;
  }
  let a = state[0] ?? 0;
  let b = state[1] ?? 0;
  let c = state[2] ?? 0;
  let d = state[3] ?? 0;
  let e = state[4] ?? 0;
  let f = state[5] ?? 0;
  let g = state[6] ?? 0;
  let h = state[7] ?? 0;
  for (let index = 0; index < 64; index += 1) {
    const sum1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25);
    const choice = (e & f) ^ (~e & g);
    const temporary1 = (h + sum1 + choice + (ROUND_CONSTANTS[index] ?? 0) + (schedule[index] ?? 0)) | 0;
    const sum0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22);
    const majority = (a & b) ^ (a & c) ^ (b & c);
    const temporary2 = (sum0 + majority) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + temporary1) | 0;
    d = c;
    c = b;
    b = a;
    a = (temporary1 + temporary2) | 0;
  }
  state[0] = ((state[0] ?? 0) + a) | 0;
  state[1] = ((state[1] ?? 0) + b) | 0;
  state[2] = ((state[2] ?? 0) + c) | 0;
  state[3] = ((state[3] ?? 0) + d) | 0;
  state[4] = ((state[4] ?? 0) + e) | 0;
  state[5] = ((state[5] ?? 0) + f) | 0;
  state[6] = ((state[6] ?? 0) + g) | 0;
  state[7] = ((state[7] ?? 0) + h) | 0;
};

/** A streaming SHA-256 that can start from a saved state (a key's hashed pad block). */
class Sha256 {
  private readonly state = new Int32Array(8);
  private readonly block = new Uint8Array(BLOCK_BYTES);
  private buffered = 0;
  private hashedBytes = 0;

  /** Starts over from `state`, which already covers `hashedBytes` bytes (whole blocks). */
  restart(state: Int32Array, hashedBytes: number): this {
    this.state.set(state);
    this.buffered = 0;
    this.hashedBytes = hashedBytes;
    return this;
  }

  /** Hashes `bytes[0..end)`. No view of `bytes` is made (see HmacSha256.signInPlace). */
  update(bytes: Uint8Array, end: number = bytes.length): this {
    // `length`, not `byteLength`: the same for bytes, and much cheaper on views of large buffers.
    if (end === bytes.length && this.buffered + end < BLOCK_BYTES) {
      // A whole part that fits the block (the usual case for a MAC) is copied natively.
      this.block.set(bytes, this.buffered);
      this.buffered += end;
      return this;
    }
    const block = this.block;
    let buffered = this.buffered;
    for (let index = 0; index < end; index += 1) {
      block[buffered] = bytes[index] ?? 0;
      buffered += 1;
      if (buffered === BLOCK_BYTES) {
        compress(this.state, block, 0);
        buffered = 0;
        this.hashedBytes += BLOCK_BYTES;
      }
    }
    this.buffered = buffered;
    return this;
  }

  /** Pads (§5.1.1), then writes the first `length` bytes of the digest to `out[at..]`. */
  finish(out: Uint8Array, at: number, length: number): void {
    const bits = (this.hashedBytes + this.buffered) * 8;
    const block = this.block;
    block[this.buffered] = 0x80;
    this.buffered += 1;
    if (this.buffered > BLOCK_BYTES - 8) {
      block.fill(0, this.buffered);
      compress(this.state, block, 0);
      this.buffered = 0;
    }
    block.fill(0, this.buffered, BLOCK_BYTES - 8);
    writeBigEndian32(block, BLOCK_BYTES - 8, Math.floor(bits / 0x1_0000_0000));
    writeBigEndian32(block, BLOCK_BYTES - 4, bits >>> 0);
    compress(this.state, block, 0);
    for (let index = 0; index < length; index += 1) {
      out[at + index] = ((this.state[index >> 2] ?? 0) >>> (24 - 8 * (index & 3))) & 0xff;
    }
  }
}

const writeBigEndian32 = (bytes: Uint8Array, at: number, value: number): void => {
  bytes[at] = (value >>> 24) & 0xff;
  bytes[at + 1] = (value >>> 16) & 0xff;
  bytes[at + 2] = (value >>> 8) & 0xff;
  bytes[at + 3] = value & 0xff;
};

/** Shared by every MAC: hashing is synchronous and never re-entered. */
const hasher = new Sha256();

export const sha256 = (bytes: Uint8Array): Uint8Array => {
  const digest = new Uint8Array(DIGEST_BYTES);
  hasher.restart(INITIAL_STATE, 0).update(bytes).finish(digest, 0, DIGEST_BYTES);
  return digest;
};

/** The state after hashing one pad block: the key XOR `pad`, zero-extended to a block. */
const padState = (key: Uint8Array, pad: number): Int32Array => {
  const block = new Uint8Array(BLOCK_BYTES).fill(pad);
  for (let index = 0; index < key.byteLength; index += 1) block[index] = (key[index] ?? 0) ^ pad;
  const state = new Int32Array(INITIAL_STATE);
  compress(state, block, 0);
  return state;
};

/** An HMAC-SHA256 key with its pad blocks already hashed. */
export class HmacSha256 {
  private readonly innerState: Int32Array;
  private readonly outerState: Int32Array;
  private readonly innerDigest = new Uint8Array(DIGEST_BYTES);

  constructor(key: Uint8Array) {
    // Keys longer than a block are hashed first (RFC 2104 §2).
    const blockKey = key.byteLength > BLOCK_BYTES ? sha256(key) : key;
    this.innerState = padState(blockKey, 0x36);
    this.outerState = padState(blockKey, 0x5c);
  }

  /** The first `length` bytes (at most 32) of the MAC over the concatenation of `parts`. */
  mac(parts: readonly Uint8Array[], length: number = DIGEST_BYTES): Uint8Array {
    const out = new Uint8Array(Math.min(length, DIGEST_BYTES));
    this.macInto(parts, out, 0, out.length);
    return out;
  }

  /** Writes the first `length` bytes (at most 32) of the MAC over `parts` to `out[at..]`. */
  macInto(parts: readonly Uint8Array[], out: Uint8Array, at: number, length: number): void {
    const inner = hasher.restart(this.innerState, BLOCK_BYTES);
    for (const part of parts) inner.update(part);
    this.finishInto(inner, out, at, length);
  }

  /**
   * Signs a ticket in place: the MAC over `prefix` then `bytes[0..signedLength)` goes to
   * `bytes[signedLength..]`, `length` bytes of it (at most 32). No view of `bytes` is made: a
   * view of a small new array makes V8 move it off-heap, which costs about a microsecond.
   */
  signInPlace(prefix: Uint8Array, bytes: Uint8Array, signedLength: number, length: number): void {
    const inner = hasher.restart(this.innerState, BLOCK_BYTES).update(prefix).update(bytes, signedLength);
    this.finishInto(inner, bytes, signedLength, length);
  }

  private finishInto(inner: Sha256, out: Uint8Array, at: number, length: number): void {
    inner.finish(this.innerDigest, 0, DIGEST_BYTES);
    hasher.restart(this.outerState, BLOCK_BYTES).update(this.innerDigest).finish(out, at, Math.min(length, DIGEST_BYTES));
  }
}
