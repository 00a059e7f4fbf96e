/**
 * Byte format of a simulated auth session ticket (GetAuthSessionTicket):
 *
 *   0  "STKT" magic          4
 *   4  version (1)           1
 *   5  issuer Steam ID       8  (uint64 LE)
 *  13  app ID                4
 *  17  issued at (ms)        8  scheduler time
 *  25  expires at (ms)       8
 *  33  has remote identity   1
 *  34  remote Steam ID       8
 *  42  ticket ID             4
 *  46  MAC                  16  HMAC-SHA256/128 over bytes 0..45, session-ticket key (ticket-mac.ts)
 */
import { readUint32, readUint64, writeUint32, writeUint64 } from '../native/scalar-bytes';
import { MAC_LENGTH, macMatches, signTicket } from './ticket-mac';

/** The version byte of the simulated session ticket format. */
export const SESSION_TICKET_VERSION = 1;
const SIGNED_LENGTH = 46;
/** The size of a simulated session ticket in bytes: 46 signed bytes and a 16-byte MAC. */
export const SESSION_TICKET_SIZE = SIGNED_LENGTH + MAC_LENGTH;
const MAGIC = [0x53, 0x54, 0x4b, 0x54];
const PURPOSE = 'session-ticket';
const TICKET_ID_AT = 42;
const TWO_TO_32 = 0x1_0000_0000;

export interface SessionTicketFields {
  readonly issuerSteamId: bigint;
  readonly appId: number;
  readonly issuedAtMs: number;
  readonly expiresAtMs: number;
  readonly remoteSteamId: bigint | null;
  readonly ticketId: number;
}

export type SessionTicketReading =
  | { readonly _tag: 'Malformed'; readonly message: string }
  | { readonly _tag: 'UnknownVersion'; readonly version: number; readonly message: string }
  | { readonly _tag: 'Tampered'; readonly message: string }
  | { readonly _tag: 'Valid'; readonly ticket: SessionTicketFields };

/**
 * A time as whole, non-negative milliseconds in a uint64. Safe integers (every real clock) are
 * written with number arithmetic; anything else takes the BigInt path, which wraps or throws
 * exactly as a DataView's setBigUint64 would.
 */
const writeWholeMs = (bytes: Uint8Array, at: number, ms: number): void => {
  const whole = Math.max(0, Math.floor(ms));
  if (!Number.isSafeInteger(whole)) {
    writeUint64(bytes, at, BigInt(whole));
    return;
  }
  writeUint32(bytes, at, whole % TWO_TO_32);
  writeUint32(bytes, at + 4, Math.floor(whole / TWO_TO_32));
};

/** Rounds like Number(uint64): both halves are exact doubles and one addition rounds the sum once. */
const readWholeMs = (bytes: Uint8Array, at: number): number => readUint32(bytes, at) + readUint32(bytes, at + 4) * TWO_TO_32;

// Byte arithmetic rather than a DataView: see struct-bytes.ts (a DataView moves the array off-heap).
export const encodeSessionTicket = (secret: Uint8Array, fields: SessionTicketFields): Uint8Array => {
  const bytes = new Uint8Array(SESSION_TICKET_SIZE);
  bytes.set(MAGIC, 0);
  bytes[4] = SESSION_TICKET_VERSION;
  writeUint64(bytes, 5, fields.issuerSteamId);
  writeUint32(bytes, 13, fields.appId >>> 0);
  writeWholeMs(bytes, 17, fields.issuedAtMs);
  writeWholeMs(bytes, 25, fields.expiresAtMs);
  bytes[33] = fields.remoteSteamId === null ? 0 : 1;
  writeUint64(bytes, 34, fields.remoteSteamId ?? 0n);
  writeUint32(bytes, TICKET_ID_AT, fields.ticketId >>> 0);
  signTicket(secret, PURPOSE, bytes, SIGNED_LENGTH);
  return bytes;
};

/** The ticket ID of bytes the size of a session ticket (null for any other size); the MAC is not checked. */
export const sessionTicketIdOf = (bytes: Uint8Array): number | null =>
  bytes.length === SESSION_TICKET_SIZE ? readUint32(bytes, TICKET_ID_AT) : null;

/** The fields of a well-formed ticket, without checking its MAC: only for bytes known to be genuine. */
export const decodeSessionTicket = (bytes: Uint8Array): SessionTicketFields => ({
  issuerSteamId: readUint64(bytes, 5),
  appId: readUint32(bytes, 13),
  issuedAtMs: readWholeMs(bytes, 17),
  expiresAtMs: readWholeMs(bytes, 25),
  remoteSteamId: bytes[33] === 0 ? null : readUint64(bytes, 34),
  ticketId: readUint32(bytes, TICKET_ID_AT),
});

export const readSessionTicket = (secret: Uint8Array, bytes: Uint8Array): SessionTicketReading => {
  if (bytes.byteLength < 5 || MAGIC.some((value, index) => bytes[index] !== value)) {
    return { _tag: 'Malformed', message: 'not a session ticket' };
  }
  const version = bytes[4] ?? 0;
  if (version !== SESSION_TICKET_VERSION) {
    return { _tag: 'UnknownVersion', version, message: `unknown session ticket version ${version}` };
  }
  if (bytes.byteLength !== SESSION_TICKET_SIZE) {
    return { _tag: 'Malformed', message: `a session ticket has ${SESSION_TICKET_SIZE} bytes, got ${bytes.byteLength}` };
  }
  if (!macMatches(secret, PURPOSE, bytes.subarray(0, SIGNED_LENGTH), bytes.subarray(SIGNED_LENGTH))) {
    return { _tag: 'Tampered', message: 'the ticket MAC does not match' };
  }
  return { _tag: 'Valid', ticket: decodeSessionTicket(bytes) };
};
