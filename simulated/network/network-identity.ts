/**
 * Identities (SteamNetworkingIdentity values) and addresses (SteamNetworkingIPAddr values) as the
 * simulated network keys and prints them: who a node is (a Steam ID, or an IPv4 address and port)
 * and where it listens.
 */
import type { NetworkingIdentity, NetworkingIpAddress } from '../../native/networking-identity';

/** The IPv4 address with `port`. */
export const ipv4Address = (ipv4: number, port: number): NetworkingIpAddress => ({ ipv4: ipv4 >>> 0, port });

/** The host-order IPv4 of an address (0 for the "any" address, IPv4 or all-zero IPv6), null for real IPv6. */
export const ipv4Of = (address: NetworkingIpAddress): number | null => {
  if ('ipv4' in address) return address.ipv4 >>> 0;
  return address.ipv6.every((byte) => byte === 0) ? 0 : null;
};

/** Dotted IPv4, as Steam prints it. */
export const dottedIpv4 = (ipv4: number): string => [ipv4 >>> 24, (ipv4 >>> 16) & 0xff, (ipv4 >>> 8) & 0xff, ipv4 & 0xff].join('.');

const hex = (bytes: Uint8Array): string => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * A map key for an identity the network can route to, or null (invalid, or a kind it cannot
 * reach). A Steam ID is its own key (a bigint: no string is built per message); the other kinds
 * are prefixed strings.
 */
export const identityKey = (identity: NetworkingIdentity): string | bigint | null => {
  if ('steamId' in identity) return identity.steamId === 0n ? null : identity.steamId;
  if ('ip' in identity) {
    const ip = ipv4Of(identity.ip);
    return ip === null ? null : `ip:${dottedIpv4(ip)}:${identity.ip.port}`;
  }
  if ('genericString' in identity) return identity.genericString === '' ? null : `str:${identity.genericString}`;
  if ('genericBytes' in identity) return identity.genericBytes.byteLength === 0 ? null : `gen:${hex(identity.genericBytes)}`;
  return null;
};

/** Valve's printable form (SteamNetworkingIdentity::ToString) for the kinds the network knows. */
export const describeIdentity = (identity: NetworkingIdentity): string => {
  if ('steamId' in identity) return `steamid:${identity.steamId}`;
  if ('ip' in identity) {
    const address = identity.ip;
    return 'ipv4' in address ? `ip:${dottedIpv4(address.ipv4)}:${address.port}` : `ip:[${hex(address.ipv6)}]:${address.port}`;
  }
  if ('genericString' in identity) return `str:${identity.genericString}`;
  if ('genericBytes' in identity) return `gen:${hex(identity.genericBytes)}`;
  return identity.otherType === 0 ? 'invalid' : `unknown:${identity.otherType}`;
};
