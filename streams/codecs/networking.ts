/**
 * Codecs of the networking values nested in callback structs (SteamNetworkingIPAddr,
 * SteamNetworkingIdentity, SteamNetConnectionInfo_t), shared by the Sockets and Messages signals.
 * Their shapes are native/'s value types; the checks below hold a decoded value to them.
 */
import * as t from 'io-ts';
import type { NetConnectionInfo } from '../../native/networking-connection-info';
import { decodeNetConnectionInfo, netConnectionInfoSize } from '../../native/networking-connection-info';
import type { NetworkingIdentity, NetworkingIpAddress } from '../../native/networking-identity';
import { byteArrayCodec } from './byte-array';
import { failureMessage } from './failure-message';
import { int32Codec, uint16Codec, uint32Codec } from './integer';
import { textCodec } from './text';
import { uint64Codec } from './uint64';

const int64Minimum = -(1n << 63n);
const int64Maximum = (1n << 63n) - 1n;

/** A C int64 as a bigint in -2^63..2^63-1. */
export const int64Codec = (name: string): t.Type<bigint, bigint, unknown> => {
  const is = (value: unknown): value is bigint => typeof value === 'bigint' && value >= int64Minimum && value <= int64Maximum;
  return new t.Type<bigint, bigint, unknown>(
    name,
    is,
    (value, context) => (is(value) ? t.success(value) : t.failure(value, context, failureMessage(context, 'an int64 bigint', value))),
    t.identity,
  );
};

/** SteamNetworkingIPAddr: `{ ipv4, port }` or `{ ipv6 (16 bytes), port }`. */
export const networkingIpAddressCodec: t.Type<NetworkingIpAddress, NetworkingIpAddress, unknown> = t.union(
  [
    t.readonly(t.type({ ipv4: uint32Codec, port: uint16Codec }), 'NetworkingIpv4Address'),
    t.readonly(t.type({ ipv6: byteArrayCodec('ipv6', 16), port: uint16Codec }), 'NetworkingIpv6Address'),
  ],
  'NetworkingIpAddress',
);

/** SteamNetworkingIdentity: a Steam ID, an IP address, a generic string or bytes, or another type's raw bytes. */
export const networkingIdentityCodec: t.Type<NetworkingIdentity, NetworkingIdentity, unknown> = t.union(
  [
    t.readonly(t.type({ steamId: uint64Codec('steamId') })),
    t.readonly(t.type({ ip: networkingIpAddressCodec })),
    t.readonly(t.type({ genericString: textCodec })),
    t.readonly(t.type({ genericBytes: byteArrayCodec('genericBytes', 32) })),
    t.readonly(t.type({ otherType: int32Codec, bytes: byteArrayCodec('bytes', 128) })),
  ],
  'NetworkingIdentity',
);

/** SteamNetConnectionInfo_t as native/networking-connection-info.ts reads it. */
export const netConnectionInfoCodec: t.Type<NetConnectionInfo, NetConnectionInfo, unknown> = t.readonly(
  t.type(
    {
      identityRemote: networkingIdentityCodec,
      userData: int64Codec('userData'),
      listenSocket: uint32Codec,
      addressRemote: networkingIpAddressCodec,
      popRemote: uint32Codec,
      popRelay: uint32Codec,
      state: int32Codec,
      endReason: int32Codec,
      endDebug: textCodec,
      connectionDescription: textCodec,
      flags: int32Codec,
    },
    'NetConnectionInfo',
  ),
  'NetConnectionInfo',
);

/**
 * A SteamNetConnectionInfo_t nested in a callback struct, from the bytes readStruct gave for it.
 * The info's own members sit at the same offsets on linux64 and win64 (it is 696 bytes on both and
 * differs only in alignment, which the outer layout already applied), so one reading serves both;
 * the signals tests decode it from both layouts. Null when the bytes are not a whole info.
 */
export const nestedConnectionInfo = (bytes: unknown): NetConnectionInfo | null => {
  if (!(bytes instanceof Uint8Array) || bytes.byteLength < netConnectionInfoSize('linux64')) return null;
  return decodeNetConnectionInfo(bytes, 'linux64');
};
