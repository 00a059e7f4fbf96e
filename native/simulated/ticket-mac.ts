/**
 * The universe secret and the MAC every simulated ticket carries, so a changed byte (or a ticket
 * from another universe seed) is detected the way Steam's signature check would.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { HmacSha256 } from './hmac-sha256';

/** HMAC-SHA256 truncated to 128 bits: plenty to detect tampering in tests. */
export const MAC_LENGTH = 16;

export const deriveUniverseSecret = (seed: string): Uint8Array =>
  new Uint8Array(createHash('sha256').update('steamworks-rx simulated universe\0').update(seed).digest());

// A universe MACs everything with one secret, so its key is prepared once; the last one used is
// kept at hand, since runs of MACs come from one universe.
const keys = new WeakMap<Uint8Array, HmacSha256>();
let lastKey: { readonly secret: Uint8Array; readonly key: HmacSha256 } | null = null;
const keyFor = (secret: Uint8Array): HmacSha256 => {
  if (lastKey !== null && lastKey.secret === secret) return lastKey.key;
  let key = keys.get(secret);
  if (key === undefined) {
    key = new HmacSha256(secret);
    keys.set(secret, key);
  }
  lastKey = { secret, key };
  return key;
};

// Purposes are a handful of constants: each is encoded once, with its separating NUL.
const purposePrefixes = new Map<string, Uint8Array>();
const prefixFor = (purpose: string): Uint8Array => {
  let prefix = purposePrefixes.get(purpose);
  if (prefix === undefined) {
    prefix = new TextEncoder().encode(`${purpose}\0`);
    purposePrefixes.set(purpose, prefix);
  }
  return prefix;
};

/** `purpose` separates ticket kinds, so bytes of one kind never verify as another. */
export const computeMac = (secret: Uint8Array, purpose: string, data: Uint8Array): Uint8Array =>
  keyFor(secret).mac([prefixFor(purpose), data], MAC_LENGTH);

/**
 * computeMac over `ticket[0..signedLength)`, written into the ticket right after it: the same
 * bytes as setting computeMac(secret, purpose, ticket.subarray(0, signedLength)) there, without
 * the view (which moves a small new array off-heap) or a MAC array to copy.
 */
export const signTicket = (secret: Uint8Array, purpose: string, ticket: Uint8Array, signedLength: number): void =>
  keyFor(secret).signInPlace(prefixFor(purpose), ticket, signedLength, MAC_LENGTH);

export const macMatches = (secret: Uint8Array, purpose: string, data: Uint8Array, mac: Uint8Array): boolean => {
  const expected = computeMac(secret, purpose, data);
  return mac.byteLength === expected.byteLength && timingSafeEqual(mac, expected);
};

/** A deterministic 32-bit number from the secret and a label (e.g. a login token's account ID). */
export const derivedUint32 = (secret: Uint8Array, label: string): number =>
  new DataView(computeMac(secret, 'derive', new TextEncoder().encode(label)).buffer).getUint32(0, true);
