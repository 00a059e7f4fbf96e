import { createHash, createHmac } from 'node:crypto';
import { HmacSha256, sha256 } from '../../simulated/hmac-sha256';
import { computeMac, deriveUniverseSecret } from '../../simulated/ticket-mac';

/** Deterministic bytes, different for every length and seed. */
const bytesOf = (length: number, seed: number): Uint8Array => Uint8Array.from({ length }, (_, index) => (index * 131 + seed * 17 + 7) & 0xff);

const nodeHmac = (key: Uint8Array, parts: readonly Uint8Array[]): Uint8Array => {
  const hmac = createHmac('sha256', key);
  for (const part of parts) hmac.update(part);
  return new Uint8Array(hmac.digest());
};

describe('HMAC-SHA256 in JavaScript', () => {
  // Every length around the block and padding boundaries (55/56/64 bytes), then some longer ones.
  const lengths = [...Array.from({ length: 140 }, (_, index) => index), 191, 192, 193, 255, 256, 1000, 4097];

  it('hashes like node:crypto sha256 at every length around the block boundaries', () => {
    for (const length of lengths) {
      const message = bytesOf(length, length);
      expect(Buffer.from(sha256(message)).toString('hex')).toBe(createHash('sha256').update(message).digest('hex'));
    }
  });

  it('matches createHmac for short, block-sized and long keys, and messages in several parts', () => {
    for (const keyLength of [0, 1, 16, 32, 63, 64, 65, 100, 200]) {
      const key = bytesOf(keyLength, 99 + keyLength);
      const hmac = new HmacSha256(key);
      for (const length of lengths) {
        const message = bytesOf(length, keyLength + length);
        const split = Math.floor(length / 3);
        const parts = [message.subarray(0, split), new Uint8Array(0), message.subarray(split)];
        expect(hmac.mac(parts)).toEqual(nodeHmac(key, [message]));
      }
    }
  });

  it('truncates to the length asked for, also when written into a larger array', () => {
    const key = bytesOf(32, 1);
    const expected = nodeHmac(key, [bytesOf(46, 2)]).subarray(0, 16);
    expect(new HmacSha256(key).mac([bytesOf(46, 2)], 16)).toEqual(expected);
    const target = new Uint8Array(40).fill(0xee);
    new HmacSha256(key).macInto([bytesOf(46, 2)], target, 10, 16);
    expect(target.subarray(10, 26)).toEqual(expected);
    expect([...target.subarray(0, 10), ...target.subarray(26)].every((byte) => byte === 0xee)).toBe(true);
  });

  it('signs in place: the MAC of the prefix and the signed bytes, written right after them', () => {
    const key = bytesOf(32, 3);
    const prefix = bytesOf(15, 4);
    for (const signedLength of [0, 1, 46, 48, 49, 63, 64, 120]) {
      const ticket = bytesOf(signedLength + 16, signedLength);
      const signed = ticket.slice(0, signedLength);
      new HmacSha256(key).signInPlace(prefix, ticket, signedLength, 16);
      expect(ticket.subarray(0, signedLength)).toEqual(signed);
      expect(ticket.subarray(signedLength)).toEqual(nodeHmac(key, [prefix, signed]).subarray(0, 16));
    }
  });

  it('gives ticket MACs as defined with createHmac: HMAC under a key derived per purpose from the secret', () => {
    const secret = deriveUniverseSecret('steamworks-rx', 1);
    const data = bytesOf(46, 5);
    const purposeKey = createHmac('sha256', secret).update('steamworks-rx purpose\0').update('session-ticket').digest();
    const expected = createHmac('sha256', purposeKey).update(data).digest().subarray(0, 16);
    expect(computeMac(secret, 'session-ticket', data)).toEqual(new Uint8Array(expected));
    expect(computeMac(secret, 'game-connection', data)).not.toEqual(new Uint8Array(expected));
    expect(computeMac(deriveUniverseSecret('another seed', 1), 'session-ticket', data)).not.toEqual(new Uint8Array(expected));
    // The same seed for the second simulated Steam of the process: another secret.
    expect(computeMac(deriveUniverseSecret('steamworks-rx', 2), 'session-ticket', data)).not.toEqual(new Uint8Array(expected));
  });
});
