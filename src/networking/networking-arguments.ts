/**
 * Argument checks for the networking values Messages and Sockets share: identities, IP addresses,
 * send flags and payloads from a caller become the plain values the ports encode, or throw
 * InvalidArgument naming what is wrong. Properties are read through readProperty, so a throwing
 * getter or Proxy is an InvalidArgument too.
 */
import { maximumGenericBytes, maximumGenericStringBytes, type NetworkingIdentity, type NetworkingIpAddress } from '../../native/networking-identity';
import { plainBytesOf } from '../../native/typed-array-intrinsics';
import { InvalidArgument } from '../errors';
import { bytes, cString, int32, integerIn, ipv4, port } from '../validation/arguments';
import { describeValue } from '../validation/describe-value';
import { readProperty, unreadable } from '../validation/read-option';
import { inSteamIdRange } from '../steam-id/steam-id-range';
import { steamIdArgument } from '../validation/steam-id-argument';
import { MAX_NETWORK_MESSAGE_BYTES } from './networking-types';

const IPV6_BYTES = 16;
/** Every defined k_nSteamNetworkingSend_* bit: NoNagle 1, NoDelay 4, Reliable 8, UseCurrentThread 16, AutoRestartBrokenSession 32 (2 is none). */
const SEND_FLAG_BITS = 1 | 4 | 8 | 16 | 32;
/** m_union of SteamNetworkingIdentity holds 128 bytes. */
const IDENTITY_UNION_BYTES = 128;

/** k_nSteamNetworkingSend_* bits and nothing else (Messages' and Sockets' sends). */
export const sendFlagsArgument = (argument: string, value: unknown): number => {
  const flags = integerIn(argument, value, 0, SEND_FLAG_BITS);
  if ((flags & ~SEND_FLAG_BITS) !== 0) throw new InvalidArgument(argument, `${flags} has bits that are no k_nSteamNetworkingSend_* flag`);
  return flags;
};

/** A message payload: 0..512 KiB, copied (Steam gets the copy, never a view of the caller's buffer). */
export const messageDataArgument = (argument: string, value: unknown): Uint8Array => bytes(argument, value, MAX_NETWORK_MESSAGE_BYTES, 0);

const objectArgument = (argument: string, value: unknown, expected: string): object => {
  if (value === null || typeof value !== 'object') throw new InvalidArgument(argument, `expected ${expected}, got ${describeValue(value)}`);
  return value;
};

const byteArgument = (argument: string, value: unknown, minBytes: number, maxBytes: number): Uint8Array => {
  const plain = plainBytesOf(value);
  if (plain === undefined) throw new InvalidArgument(argument, `expected a Uint8Array, got ${describeValue(value)}`);
  if (plain.byteLength < minBytes || plain.byteLength > maxBytes) {
    throw new InvalidArgument(argument, minBytes === maxBytes ? `must be ${minBytes} bytes, is ${plain.byteLength}` : `must be ${minBytes} to ${maxBytes} bytes, is ${plain.byteLength}`);
  }
  return plain.slice();
};

/**
 * An IP address and port: `{ ipv4, port }` (ipv4 a host-order uint32 or a dotted quad) or
 * `{ ipv6, port }` (16 bytes). Returns a fresh value (no reference to the caller's objects).
 */
export const networkingIpAddressArgument = (argument: string, value: unknown): NetworkingIpAddress => {
  const object = objectArgument(argument, value, 'an address { ipv4, port } or { ipv6, port }');
  const v4 = readProperty(`${argument}.ipv4`, object, 'ipv4');
  const v6 = readProperty(`${argument}.ipv6`, object, 'ipv6');
  const portNumber = port(`${argument}.port`, readProperty(`${argument}.port`, object, 'port'));
  if ((v4 === undefined) === (v6 === undefined)) throw new InvalidArgument(argument, 'must have exactly one of ipv4 and ipv6');
  if (v4 !== undefined) return { ipv4: ipv4(`${argument}.ipv4`, v4), port: portNumber };
  return { ipv6: byteArgument(`${argument}.ipv6`, v6, IPV6_BYTES, IPV6_BYTES), port: portNumber };
};

const identityKeys = ['steamId', 'ip', 'genericString', 'genericBytes', 'otherType'] as const;

/**
 * A peer identity: `{ steamId }`, `{ ip }`, `{ genericString }` (1 to 31 UTF-8 bytes),
 * `{ genericBytes }` (1 to 32 bytes), or `{ otherType, bytes }` as Steam gave it. Exactly one kind.
 * Each kind's member is read once, in that order (a getter cannot answer the presence check and
 * the value differently); sends run this per message, so the common `{ steamId: bigint }` allocates
 * only the returned identity.
 */
export const networkingIdentityArgument = (argument: string, value: unknown): NetworkingIdentity => {
  const object = objectArgument(argument, value, 'an identity such as { steamId }');
  // Named reads (each site's inline cache stays monomorphic for the caller's usual shape), in one
  // guarded block: `reading` names the member whose getter or Proxy trap threw.
  let reading = 'steamId';
  let steamId: unknown;
  let ip: unknown;
  let genericString: unknown;
  let genericBytes: unknown;
  let otherType: unknown;
  try {
    const members = object as Partial<Record<(typeof identityKeys)[number], unknown>>;
    steamId = members.steamId;
    reading = 'ip';
    ip = members.ip;
    reading = 'genericString';
    genericString = members.genericString;
    reading = 'genericBytes';
    genericBytes = members.genericBytes;
    reading = 'otherType';
    otherType = members.otherType;
  } catch {
    throw unreadable(`${argument}.${reading}`);
  }
  const count =
    (steamId === undefined ? 0 : 1) + (ip === undefined ? 0 : 1) + (genericString === undefined ? 0 : 1) + (genericBytes === undefined ? 0 : 1) + (otherType === undefined ? 0 : 1);
  if (count !== 1) {
    const members = [steamId, ip, genericString, genericBytes, otherType];
    const present = identityKeys.filter((_key, index) => members[index] !== undefined);
    throw new InvalidArgument(argument, `must have exactly one of ${identityKeys.join(', ')}${present.length > 1 ? ` (has ${present.join(', ')})` : ''}`);
  }
  if (steamId !== undefined) {
    // The common case first, without building the argument's name: a bigint in 0..2^64-1 (steamIdArgument names the others).
    if (inSteamIdRange(steamId)) return { steamId };
    return { steamId: steamIdArgument(`${argument}.steamId`, steamId) };
  }
  if (ip !== undefined) return { ip: networkingIpAddressArgument(`${argument}.ip`, ip) };
  if (genericString !== undefined) {
    const text = cString(`${argument}.genericString`, genericString, maximumGenericStringBytes);
    if (text === '') throw new InvalidArgument(`${argument}.genericString`, 'is empty');
    return { genericString: text };
  }
  if (genericBytes !== undefined) return { genericBytes: byteArgument(`${argument}.genericBytes`, genericBytes, 1, maximumGenericBytes) };
  return {
    otherType: int32(`${argument}.otherType`, otherType),
    bytes: byteArgument(`${argument}.bytes`, readProperty(`${argument}.bytes`, object, 'bytes'), 0, IDENTITY_UNION_BYTES),
  };
};

/**
 * A peer identity as Messages and Sockets take it: a Steam ID (bigint, or Steam ID text) as
 * shorthand for `{ steamId }`, or an identity object (see networkingIdentityArgument).
 */
export const identityArgument = (argument: string, value: unknown): NetworkingIdentity =>
  typeof value === 'bigint' || typeof value === 'string' ? { steamId: steamIdArgument(argument, value) } : networkingIdentityArgument(argument, value);
