/**
 * SteamNetworkingIdentity (pack(1), 136 bytes on every platform) and SteamNetworkingIPAddr
 * (pack(1), 18 bytes), as plain JavaScript values and their bytes. Only native/ (and the
 * simulated Steam, which writes callback bytes) encodes them: the public API speaks the values.
 * Places come from the generated layouts; the identity's rules (m_cbSize per type, the 32-byte
 * limits) are Valve's, from steamnetworkingtypes.h's setters.
 */
// From its generated module, not through ./enums: the networking types are no part of a client start.
import { ESteamNetworkingIdentityType } from './generated/networking-types-enums';
import { readInt32, readUint16, readUint64, writeUint32, writeUint64 } from './scalar-bytes';
import { abiLayoutsFor, memberOf, hostPlatform } from './struct-layouts';

/** SteamNetworkingIPAddr as a value: an IPv4 address in host order (127.0.0.1 is 0x7f000001), or 16 IPv6 bytes, and a port. */
export type NetworkingIpAddress =
  | {
      /** IPv4 in host order (Valve's IPv4-mapped IPv6 form, ::ffff:a.b.c.d, in the struct). */
      readonly ipv4: number;
      /** The port (0 when none). */
      readonly port: number;
    }
  | {
      /** The 16 bytes of an IPv6 address in network order (not IPv4-mapped). */
      readonly ipv6: Uint8Array;
      /** The port (0 when none). */
      readonly port: number;
    };

/**
 * SteamNetworkingIdentity as a value: who a peer is. Steam IDs are what Steam's P2P uses; IP
 * addresses, generic strings and bytes identify peers of a game's own (non-Steam) authentication.
 * `otherType` carries identities the SDK does not model (invalid, Xbox, PSN, Stadia, unknown) as
 * their type and raw union bytes, only when read from Steam.
 */
export type NetworkingIdentity =
  | {
      /** A Steam ID (k_ESteamNetworkingIdentityType_SteamID). */
      readonly steamId: bigint;
    }
  | {
      /** An IP address (k_ESteamNetworkingIdentityType_IPAddress). */
      readonly ip: NetworkingIpAddress;
    }
  | {
      /** A game-defined string of 1 to 31 UTF-8 bytes (k_ESteamNetworkingIdentityType_GenericString). */
      readonly genericString: string;
    }
  | {
      /** Game-defined bytes, 1 to 32 (k_ESteamNetworkingIdentityType_GenericBytes). */
      readonly genericBytes: Uint8Array;
    }
  | {
      /** An ESteamNetworkingIdentityType the SDK does not model (0: invalid / unset). */
      readonly otherType: number;
      /** m_cbSize's bytes of the union (at most 128). */
      readonly bytes: Uint8Array;
    };

/** Union sizes Valve's setters allow (SteamNetworkingIdentity::k_cchMaxGenericString, and 32 generic bytes). */
export const maximumGenericStringBytes = 32;
/** m_genericBytes is uint8[32]. */
export const maximumGenericBytes = 32;

interface Places {
  readonly identitySize: number;
  readonly typeOffset: number;
  readonly sizeOffset: number;
  /** m_union: m_steamID64, m_szGenericString, m_genericBytes and m_ip all start here. */
  readonly unionOffset: number;
  readonly unionSize: number;
  readonly addressSize: number;
  readonly addressIpv6Offset: number;
  readonly addressPortOffset: number;
}

// Looked up on first use, not at load: requiring this module must build no layout.
let places: Places | undefined;
const placesOf = (): Places => {
  if (places !== undefined) return places;
  // Required here too: a client that never writes an identity need not parse the networking types.
  const { networkingTypesStructs } = require('./generated/networking-types-structs') as typeof import('./generated/networking-types-structs');
  const layouts = abiLayoutsFor(networkingTypesStructs, hostPlatform());
  const identity = layouts('SteamNetworkingIdentity');
  const address = layouts('SteamNetworkingIPAddr');
  places = {
    identitySize: identity.size,
    typeOffset: memberOf(identity, 'm_eType').offset,
    sizeOffset: memberOf(identity, 'm_cbSize').offset,
    unionOffset: memberOf(identity, 'm_union').offset,
    unionSize: memberOf(identity, 'm_union').size,
    addressSize: address.size,
    addressIpv6Offset: memberOf(address, 'm_ipv6').offset,
    addressPortOffset: memberOf(address, 'm_port').offset,
  };
  return places;
};

const steamIdBytes = 8;
const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: false });

/** Size of SteamNetworkingIdentity in bytes (136). */
export const networkingIdentitySize = (): number => placesOf().identitySize;

/** Size of SteamNetworkingIPAddr in bytes (18). */
export const networkingIpAddressSize = (): number => placesOf().addressSize;

/** Writes an address's 18 bytes at `offset` (IPv4 as ::ffff:a.b.c.d, as SetIPv4 does; port little-endian). */
export const writeNetworkingIpAddress = (target: Uint8Array, offset: number, address: NetworkingIpAddress): void => {
  const { addressIpv6Offset, addressPortOffset } = placesOf();
  const at = offset + addressIpv6Offset;
  target.fill(0, at, at + 16);
  if ('ipv4' in address) {
    target[at + 10] = 0xff;
    target[at + 11] = 0xff;
    target[at + 12] = (address.ipv4 >>> 24) & 0xff;
    target[at + 13] = (address.ipv4 >>> 16) & 0xff;
    target[at + 14] = (address.ipv4 >>> 8) & 0xff;
    target[at + 15] = address.ipv4 & 0xff;
  } else {
    target.set(address.ipv6.subarray(0, 16), at);
  }
  target[offset + addressPortOffset] = address.port & 0xff;
  target[offset + addressPortOffset + 1] = (address.port >>> 8) & 0xff;
};

/** SteamNetworkingIPAddr's bytes of an address. */
export const encodeNetworkingIpAddress = (address: NetworkingIpAddress): Uint8Array => {
  const bytes = new Uint8Array(placesOf().addressSize);
  writeNetworkingIpAddress(bytes, 0, address);
  return bytes;
};

const isIpv4Mapped = (bytes: Uint8Array, at: number): boolean => {
  for (let index = 0; index < 10; index += 1) if (bytes[at + index] !== 0) return false;
  return bytes[at + 10] === 0xff && bytes[at + 11] === 0xff;
};

/** The address whose 18 bytes start at `offset` (an IPv4-mapped address reads as `ipv4`). */
export const decodeNetworkingIpAddress = (bytes: Uint8Array, offset = 0): NetworkingIpAddress => {
  const { addressIpv6Offset, addressPortOffset } = placesOf();
  const at = offset + addressIpv6Offset;
  const port = readUint16(bytes, offset + addressPortOffset);
  if (isIpv4Mapped(bytes, at)) {
    const ipv4 = (((bytes[at + 12] ?? 0) << 24) | ((bytes[at + 13] ?? 0) << 16) | ((bytes[at + 14] ?? 0) << 8) | (bytes[at + 15] ?? 0)) >>> 0;
    return { ipv4, port };
  }
  return { ipv6: bytes.slice(at, at + 16), port };
};

/**
 * Writes an identity's 136 bytes at `offset`, as Valve's setters do (m_eType, m_cbSize, the union;
 * all else zero). Throws a RangeError for a generic string or bytes Valve's setters refuse (the
 * public API checks first, so this only guards the port).
 */
export const writeNetworkingIdentity = (target: Uint8Array, offset: number, identity: NetworkingIdentity): void => {
  const { identitySize, typeOffset, sizeOffset, unionOffset, unionSize, addressSize } = placesOf();
  target.fill(0, offset, offset + identitySize);
  const union = offset + unionOffset;
  let type: number;
  let size: number;
  if ('steamId' in identity) {
    type = ESteamNetworkingIdentityType.SteamID;
    size = steamIdBytes;
    writeUint64(target, union, identity.steamId);
  } else if ('ip' in identity) {
    type = ESteamNetworkingIdentityType.IPAddress;
    size = addressSize;
    writeNetworkingIpAddress(target, union, identity.ip);
  } else if ('genericString' in identity) {
    const text = utf8.encode(identity.genericString);
    // SetGenericString refuses a string of k_cchMaxGenericString bytes or more (the NUL must fit) and an empty one.
    if (text.length === 0 || text.length >= maximumGenericStringBytes || text.includes(0)) {
      throw new RangeError(`steamworks-rx: a generic identity string must be 1 to ${maximumGenericStringBytes - 1} UTF-8 bytes with no NUL`);
    }
    type = ESteamNetworkingIdentityType.GenericString;
    size = text.length + 1;
    target.set(text, union);
  } else if ('genericBytes' in identity) {
    const length = identity.genericBytes.length;
    if (length === 0 || length > maximumGenericBytes) throw new RangeError(`steamworks-rx: generic identity bytes must be 1 to ${maximumGenericBytes} bytes`);
    type = ESteamNetworkingIdentityType.GenericBytes;
    size = length;
    target.set(identity.genericBytes, union);
  } else {
    type = identity.otherType;
    size = Math.min(identity.bytes.length, unionSize);
    target.set(identity.bytes.subarray(0, size), union);
  }
  writeUint32(target, offset + typeOffset, type);
  writeUint32(target, offset + sizeOffset, size);
};

/** SteamNetworkingIdentity's bytes of an identity. */
export const encodeNetworkingIdentity = (identity: NetworkingIdentity): Uint8Array => {
  const bytes = new Uint8Array(placesOf().identitySize);
  writeNetworkingIdentity(bytes, 0, identity);
  return bytes;
};

/**
 * The identity whose 136 bytes start at `offset`. A type whose m_cbSize is not the one Valve's
 * setters write (or is out of the union) reads as `otherType`: never a value made of stale bytes.
 */
export const decodeNetworkingIdentity = (bytes: Uint8Array, offset = 0): NetworkingIdentity => {
  const { typeOffset, sizeOffset, unionOffset, unionSize, addressSize } = placesOf();
  const type = readInt32(bytes, offset + typeOffset);
  const size = readInt32(bytes, offset + sizeOffset);
  const union = offset + unionOffset;
  const other = (): NetworkingIdentity => ({ otherType: type, bytes: bytes.slice(union, union + Math.max(0, Math.min(size, unionSize))) });
  switch (type) {
    case ESteamNetworkingIdentityType.SteamID:
      return size === steamIdBytes ? { steamId: readUint64(bytes, union) } : other();
    case ESteamNetworkingIdentityType.IPAddress:
      return size === addressSize ? { ip: decodeNetworkingIpAddress(bytes, union) } : other();
    case ESteamNetworkingIdentityType.GenericString: {
      if (size < 2 || size > maximumGenericStringBytes) return other();
      const text = bytes.subarray(union, union + size);
      const end = text.indexOf(0);
      return end === size - 1 ? { genericString: utf8Decoder.decode(text.subarray(0, end)) } : other();
    }
    case ESteamNetworkingIdentityType.GenericBytes:
      return size >= 1 && size <= maximumGenericBytes ? { genericBytes: bytes.slice(union, union + size) } : other();
    default:
      return other();
  }
};

/**
 * The identity bytes of a Steam ID (m_eType 16, m_cbSize 8, m_steamID64, all else zero), or null
 * (a NULL pointer: "no particular remote party") when no Steam ID is given. For GetAuthSessionTicket.
 */
export const encodeSteamIdIdentity = (remoteSteamId: bigint | null): Uint8Array | null =>
  remoteSteamId === null ? null : encodeNetworkingIdentity({ steamId: remoteSteamId });
