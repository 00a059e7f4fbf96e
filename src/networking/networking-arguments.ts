/**
 * Argument checks for the networking values: identities and IP addresses from a caller become the
 * plain values the ports encode, or throw InvalidArgument naming what is wrong. Properties are read
 * through readProperty, so a throwing getter or Proxy is an InvalidArgument too.
 */
import { maximumGenericBytes, maximumGenericStringBytes, type NetworkingIdentity, type NetworkingIpAddress } from '../../native/networking-identity';
import { plainBytesOf } from '../../native/typed-array-intrinsics';
import { InvalidArgument } from '../errors';
import { cString, int32, ipv4, port } from '../validation/arguments';
import { describeValue } from '../validation/describe-value';
import { readProperty } from '../validation/read-option';
import { steamIdArgument } from '../validation/steam-id-argument';

const IPV6_BYTES = 16;
/** m_union of SteamNetworkingIdentity holds 128 bytes. */
const IDENTITY_UNION_BYTES = 128;

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
 */
export const networkingIdentityArgument = (argument: string, value: unknown): NetworkingIdentity => {
  const object = objectArgument(argument, value, 'an identity such as { steamId }');
  const present = identityKeys.filter((key) => readProperty(`${argument}.${key}`, object, key) !== undefined);
  if (present.length !== 1) {
    throw new InvalidArgument(argument, `must have exactly one of ${identityKeys.join(', ')}${present.length > 1 ? ` (has ${present.join(', ')})` : ''}`);
  }
  const key = present[0];
  const member = readProperty(`${argument}.${key ?? ''}`, object, key ?? '');
  switch (key) {
    case 'steamId':
      return { steamId: steamIdArgument(`${argument}.steamId`, member) };
    case 'ip':
      return { ip: networkingIpAddressArgument(`${argument}.ip`, member) };
    case 'genericString': {
      const text = cString(`${argument}.genericString`, member, maximumGenericStringBytes);
      if (text === '') throw new InvalidArgument(`${argument}.genericString`, 'is empty');
      return { genericString: text };
    }
    case 'genericBytes':
      return { genericBytes: byteArgument(`${argument}.genericBytes`, member, 1, maximumGenericBytes) };
    default:
      return {
        otherType: int32(`${argument}.otherType`, member),
        bytes: byteArgument(`${argument}.bytes`, readProperty(`${argument}.bytes`, object, 'bytes'), 0, IDENTITY_UNION_BYTES),
      };
  }
};
