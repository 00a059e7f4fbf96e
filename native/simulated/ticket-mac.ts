/**
 * The universe secret and the MAC every simulated ticket carries, so a changed byte (or a ticket
 * from another universe seed) is detected the way Steam's signature check would.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** HMAC-SHA256 truncated to 128 bits: plenty to detect tampering in tests. */
export const MAC_LENGTH = 16;

export const deriveUniverseSecret = (seed: string): Uint8Array =>
  new Uint8Array(createHash('sha256').update('steamworks-rx simulated universe\0').update(seed).digest());

/** `purpose` separates ticket kinds, so bytes of one kind never verify as another. */
export const computeMac = (secret: Uint8Array, purpose: string, data: Uint8Array): Uint8Array =>
  new Uint8Array(createHmac('sha256', secret).update(purpose).update('\0').update(data).digest().subarray(0, MAC_LENGTH));

export const macMatches = (secret: Uint8Array, purpose: string, data: Uint8Array, mac: Uint8Array): boolean => {
  const expected = computeMac(secret, purpose, data);
  return mac.byteLength === expected.byteLength && timingSafeEqual(mac, expected);
};

/** A deterministic 32-bit number from the secret and a label (e.g. a login token's account ID). */
export const derivedUint32 = (secret: Uint8Array, label: string): number =>
  new DataView(computeMac(secret, 'derive', new TextEncoder().encode(label)).buffer).getUint32(0, true);
