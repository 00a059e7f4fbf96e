/**
 * Byte format of a simulated encrypted app ticket (RequestEncryptedAppTicket / GetEncryptedAppTicket):
 *
 *   0  "SEAT" magic    4
 *   4  version (1)     1
 *   5  IV             16
 *  21  ciphertext      n  AES-256-CTR of: app ID u32, Steam ID u64, issued at u64 (ms), data length u32, data
 *  21+n MAC           16  over bytes 0..20+n
 *
 * The key and IV derive from the universe secret and a counter, so runs are reproducible while
 * the data is still really encrypted (the game's secure server "decrypts" through the universe).
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { computeMac, MAC_LENGTH, macMatches } from './ticket-mac';

const MAGIC = [0x53, 0x45, 0x41, 0x54];
const PURPOSE = 'encrypted-app-ticket';
const HEADER = 21;
const PLAIN_HEADER = 24;

export interface EncryptedAppTicketFields {
  readonly appId: number;
  readonly steamId: bigint;
  readonly issuedAtMs: number;
  readonly userData: Uint8Array;
}

export type EncryptedAppTicketReading =
  | { readonly _tag: 'Invalid'; readonly message: string }
  | { readonly _tag: 'Valid'; readonly ticket: EncryptedAppTicketFields };

/** AES-256 needs 32 key bytes: two labelled 16-byte MACs of the universe secret. */
const cipherKey = (secret: Uint8Array): Uint8Array => {
  const key = new Uint8Array(32);
  key.set(computeMac(secret, 'encrypted-app-ticket-key-1', new Uint8Array(0)), 0);
  key.set(computeMac(secret, 'encrypted-app-ticket-key-2', new Uint8Array(0)), 16);
  return key;
};

export const encodeEncryptedAppTicket = (secret: Uint8Array, sequence: number, fields: EncryptedAppTicketFields): Uint8Array => {
  const plain = new Uint8Array(PLAIN_HEADER + fields.userData.byteLength);
  const plainView = new DataView(plain.buffer);
  plainView.setUint32(0, fields.appId >>> 0, true);
  plainView.setBigUint64(4, BigInt.asUintN(64, fields.steamId), true);
  plainView.setBigUint64(12, BigInt(Math.max(0, Math.floor(fields.issuedAtMs))), true);
  plainView.setUint32(20, fields.userData.byteLength, true);
  plain.set(fields.userData, PLAIN_HEADER);
  const iv = computeMac(secret, 'encrypted-app-ticket-iv', new TextEncoder().encode(String(sequence)));
  const cipher = createCipheriv('aes-256-ctr', cipherKey(secret), iv);
  const encrypted = new Uint8Array(Buffer.concat([cipher.update(plain), cipher.final()]));
  const bytes = new Uint8Array(HEADER + encrypted.byteLength + MAC_LENGTH);
  bytes.set(MAGIC, 0);
  bytes[4] = 1;
  bytes.set(iv, 5);
  bytes.set(encrypted, HEADER);
  const signed = HEADER + encrypted.byteLength;
  bytes.set(computeMac(secret, PURPOSE, bytes.subarray(0, signed)), signed);
  return bytes;
};

export const readEncryptedAppTicket = (secret: Uint8Array, bytes: Uint8Array): EncryptedAppTicketReading => {
  if (bytes.byteLength < HEADER + PLAIN_HEADER + MAC_LENGTH || MAGIC.some((value, index) => bytes[index] !== value) || bytes[4] !== 1) {
    return { _tag: 'Invalid', message: 'not an encrypted app ticket' };
  }
  const signed = bytes.byteLength - MAC_LENGTH;
  if (!macMatches(secret, PURPOSE, bytes.subarray(0, signed), bytes.subarray(signed))) {
    return { _tag: 'Invalid', message: 'the ticket MAC does not match' };
  }
  const decipher = createDecipheriv('aes-256-ctr', cipherKey(secret), bytes.subarray(5, HEADER));
  const plain = new Uint8Array(Buffer.concat([decipher.update(bytes.subarray(HEADER, signed)), decipher.final()]));
  const view = new DataView(plain.buffer);
  const length = view.getUint32(20, true);
  if (PLAIN_HEADER + length !== plain.byteLength) return { _tag: 'Invalid', message: 'inconsistent ticket length' };
  return {
    _tag: 'Valid',
    ticket: {
      appId: view.getUint32(0, true),
      steamId: view.getBigUint64(4, true),
      issuedAtMs: Number(view.getBigUint64(12, true)),
      userData: plain.slice(PLAIN_HEADER),
    },
  };
};
