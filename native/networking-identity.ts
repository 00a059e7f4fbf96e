/**
 * SteamNetworkingIdentity for GetAuthSessionTicket's last argument: the remote party the ticket
 * is meant for. pack(1), 136 bytes on every platform (layout from struct-layouts).
 */
import { ESteamNetworkingIdentityType } from './enums';
import { hostPlatform, layoutOf, layoutsFor } from './struct-layouts';

const identityLayout = layoutOf(layoutsFor(hostPlatform()), 'SteamNetworkingIdentity');
const offsetOf = (member: string): number => {
  const found = identityLayout.field[member];
  if (found === undefined) throw new Error(`steamworks-rx: SteamNetworkingIdentity has no member ${member}`);
  return found.offset;
};
const typeOffset = offsetOf('m_eType');
const sizeOffset = offsetOf('m_cbSize');
/** m_steamID64 is the first member of the union. */
const unionOffset = offsetOf('m_union');
const steamIdBytes = 8;

/** Size of the struct in bytes (136). */
export const networkingIdentitySize = identityLayout.size;

/**
 * The identity bytes of a Steam ID (m_eType 16, m_cbSize 8, m_steamID64, all else zero), or null
 * (a NULL pointer: "no particular remote party") when no Steam ID is given.
 */
export const encodeSteamIdIdentity = (remoteSteamId: bigint | null): Uint8Array | null => {
  if (remoteSteamId === null) return null;
  const bytes = new Uint8Array(identityLayout.size);
  const view = new DataView(bytes.buffer);
  view.setInt32(typeOffset, ESteamNetworkingIdentityType.SteamID, true);
  view.setInt32(sizeOffset, steamIdBytes, true);
  view.setBigUint64(unionOffset, BigInt.asUintN(64, remoteSteamId), true);
  return bytes;
};
