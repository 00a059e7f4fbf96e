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
 *  46  MAC                  16  HMAC-SHA256/128 over bytes 0..45 with the universe secret
 */
import { computeMac, MAC_LENGTH, macMatches } from './ticket-mac';

export const SESSION_TICKET_VERSION = 1;
export const SESSION_TICKET_SIZE = 46 + MAC_LENGTH;
const MAGIC = [0x53, 0x54, 0x4b, 0x54];
const PURPOSE = 'session-ticket';

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

export const encodeSessionTicket = (secret: Uint8Array, fields: SessionTicketFields): Uint8Array => {
  const bytes = new Uint8Array(SESSION_TICKET_SIZE);
  const data = new DataView(bytes.buffer);
  bytes.set(MAGIC, 0);
  data.setUint8(4, SESSION_TICKET_VERSION);
  data.setBigUint64(5, BigInt.asUintN(64, fields.issuerSteamId), true);
  data.setUint32(13, fields.appId >>> 0, true);
  data.setBigUint64(17, BigInt(Math.max(0, Math.floor(fields.issuedAtMs))), true);
  data.setBigUint64(25, BigInt(Math.max(0, Math.floor(fields.expiresAtMs))), true);
  data.setUint8(33, fields.remoteSteamId === null ? 0 : 1);
  data.setBigUint64(34, BigInt.asUintN(64, fields.remoteSteamId ?? 0n), true);
  data.setUint32(42, fields.ticketId >>> 0, true);
  bytes.set(computeMac(secret, PURPOSE, bytes.subarray(0, 46)), 46);
  return bytes;
};

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
  if (!macMatches(secret, PURPOSE, bytes.subarray(0, 46), bytes.subarray(46))) {
    return { _tag: 'Tampered', message: 'the ticket MAC does not match' };
  }
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    _tag: 'Valid',
    ticket: {
      issuerSteamId: data.getBigUint64(5, true),
      appId: data.getUint32(13, true),
      issuedAtMs: Number(data.getBigUint64(17, true)),
      expiresAtMs: Number(data.getBigUint64(25, true)),
      remoteSteamId: data.getUint8(33) === 0 ? null : data.getBigUint64(34, true),
      ticketId: data.getUint32(42, true),
    },
  };
};
