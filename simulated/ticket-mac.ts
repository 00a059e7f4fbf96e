/**
 * The universe secret and the MAC every simulated ticket carries, so a changed byte (or a ticket
 * from another simulated Steam) is detected the way Steam's signature check would.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { HmacSha256 } from './hmac-sha256';

/** HMAC-SHA256 (with a key per purpose) truncated to 128 bits: plenty to detect tampering in tests. */
export const MAC_LENGTH = 16;

/**
 * What the seed alone decides, the same in every simulated Steam given that seed: things Steam
 * keeps for good, such as the game-server account a login token stands for.
 */
export const deriveSeedSecret = (seed: string): Uint8Array =>
  new Uint8Array(createHash('sha256').update('steamworks-rx simulated universe\0').update(seed).digest());

/**
 * The secret every ticket MAC of one simulated Steam is keyed with. `ordinal` is which simulated
 * Steam of the process it is (see universe-ordinal.ts): two of them never share a secret, so
 * neither accepts the other's tickets, whatever their seeds; the same seed and ordinal give the
 * same bytes.
 */
export const deriveUniverseSecret = (seed: string, ordinal: number): Uint8Array =>
  new Uint8Array(createHash('sha256').update(deriveSeedSecret(seed)).update(`steamworks-rx universe ${ordinal}`).digest());

/**
 * Each purpose (a kind of ticket, a derivation) MACs with a key of its own, derived once from the
 * universe secret: HMAC-SHA256(secret, "steamworks-rx purpose\0" + purpose). Separate keys keep
 * the kinds apart (bytes of one kind never verify as another), and leave the MAC input to be the
 * ticket alone: a 46-byte session ticket then fits one SHA-256 block, and its MAC costs two block
 * compressions, not three.
 */
const purposeKey = (secret: Uint8Array, purpose: string): HmacSha256 =>
  new HmacSha256(new Uint8Array(createHmac('sha256', secret).update('steamworks-rx purpose\0').update(purpose).digest()));

// Purposes are a handful of constants per universe; the last key used is kept at hand, since runs
// of MACs (a round of tickets) use one.
const keys = new WeakMap<Uint8Array, Map<string, HmacSha256>>();
let lastKey: { readonly secret: Uint8Array; readonly purpose: string; readonly key: HmacSha256 } | null = null;
const keyFor = (secret: Uint8Array, purpose: string): HmacSha256 => {
  if (lastKey !== null && lastKey.secret === secret && lastKey.purpose === purpose) return lastKey.key;
  let byPurpose = keys.get(secret);
  if (byPurpose === undefined) {
    byPurpose = new Map();
    keys.set(secret, byPurpose);
  }
  let key = byPurpose.get(purpose);
  if (key === undefined) {
    key = purposeKey(secret, purpose);
    byPurpose.set(purpose, key);
  }
  lastKey = { secret, purpose, key };
  return key;
};

const NOTHING = new Uint8Array(0);

/** The MAC of `data` for `purpose`; different purposes never share a MAC. */
export const computeMac = (secret: Uint8Array, purpose: string, data: Uint8Array): Uint8Array =>
  keyFor(secret, purpose).mac([data], MAC_LENGTH);

/**
 * computeMac over `ticket[0..signedLength)`, written into the ticket right after it: the same
 * bytes as setting computeMac(secret, purpose, ticket.subarray(0, signedLength)) there, without
 * the view (which moves a small new array off-heap) or a MAC array to copy.
 */
export const signTicket = (secret: Uint8Array, purpose: string, ticket: Uint8Array, signedLength: number): void =>
  keyFor(secret, purpose).signInPlace(NOTHING, ticket, signedLength, MAC_LENGTH);

export const macMatches = (secret: Uint8Array, purpose: string, data: Uint8Array, mac: Uint8Array): boolean => {
  const expected = computeMac(secret, purpose, data);
  return mac.byteLength === expected.byteLength && timingSafeEqual(mac, expected);
};

/** A deterministic 32-bit number from the secret and a label (e.g. a login token's account ID). */
export const derivedUint32 = (secret: Uint8Array, label: string): number =>
  new DataView(computeMac(secret, 'derive', new TextEncoder().encode(label)).buffer).getUint32(0, true);
