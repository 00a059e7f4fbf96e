/**
 * Byte format of a simulated Web API ticket (GetAuthTicketForWebApi, delivered in
 * GetTicketForWebApiResponse_t, at most 2560 bytes):
 *
 *   0  "SWAT" magic           4
 *   4  version (1)            1
 *   5  issuer Steam ID        8
 *  13  app ID                 4
 *  17  issued at (ms)         8
 *  25  ticket ID              4
 *  29  identity length        1  (UTF-8 bytes, at most 255)
 *  30  identity               n
 *  30+n MAC                  16
 */
import { computeMac, MAC_LENGTH, macMatches } from './ticket-mac';

const MAGIC = [0x53, 0x57, 0x41, 0x54];
const PURPOSE = 'web-api-ticket';
const HEADER = 30;
const MAX_IDENTITY_BYTES = 255;

export interface WebApiTicketFields {
  readonly issuerSteamId: bigint;
  readonly appId: number;
  readonly issuedAtMs: number;
  readonly ticketId: number;
  /** The service identity the ticket was requested for ('' when none). */
  readonly identity: string;
}

export type WebApiTicketReading =
  | { readonly _tag: 'Invalid'; readonly message: string }
  | { readonly _tag: 'Valid'; readonly ticket: WebApiTicketFields };

const identityBytes = (identity: string): Uint8Array => {
  const encoded = new TextEncoder().encode(identity);
  return encoded.subarray(0, MAX_IDENTITY_BYTES);
};

export const encodeWebApiTicket = (secret: Uint8Array, fields: WebApiTicketFields): Uint8Array => {
  const identity = identityBytes(fields.identity);
  const bytes = new Uint8Array(HEADER + identity.byteLength + MAC_LENGTH);
  const data = new DataView(bytes.buffer);
  bytes.set(MAGIC, 0);
  data.setUint8(4, 1);
  data.setBigUint64(5, BigInt.asUintN(64, fields.issuerSteamId), true);
  data.setUint32(13, fields.appId >>> 0, true);
  data.setBigUint64(17, BigInt(Math.max(0, Math.floor(fields.issuedAtMs))), true);
  data.setUint32(25, fields.ticketId >>> 0, true);
  data.setUint8(29, identity.byteLength);
  bytes.set(identity, HEADER);
  const signed = HEADER + identity.byteLength;
  bytes.set(computeMac(secret, PURPOSE, bytes.subarray(0, signed)), signed);
  return bytes;
};

export const readWebApiTicket = (secret: Uint8Array, bytes: Uint8Array): WebApiTicketReading => {
  if (bytes.byteLength < HEADER + MAC_LENGTH || MAGIC.some((value, index) => bytes[index] !== value) || bytes[4] !== 1) {
    return { _tag: 'Invalid', message: 'not a Web API ticket' };
  }
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const identityLength = data.getUint8(29);
  const signed = HEADER + identityLength;
  if (bytes.byteLength !== signed + MAC_LENGTH) return { _tag: 'Invalid', message: 'truncated Web API ticket' };
  if (!macMatches(secret, PURPOSE, bytes.subarray(0, signed), bytes.subarray(signed))) {
    return { _tag: 'Invalid', message: 'the ticket MAC does not match' };
  }
  return {
    _tag: 'Valid',
    ticket: {
      issuerSteamId: data.getBigUint64(5, true),
      appId: data.getUint32(13, true),
      issuedAtMs: Number(data.getBigUint64(17, true)),
      ticketId: data.getUint32(25, true),
      identity: new TextDecoder().decode(bytes.subarray(HEADER, signed)),
    },
  };
};
