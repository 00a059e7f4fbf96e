/**
 * SteamNetworkingIdentity for GetAuthSessionTicket's last argument: the remote party the ticket
 * is meant for. pack(1), 136 bytes on every platform (layout from struct-layouts).
 */
import { ESteamNetworkingIdentityType } from './enums';
import { hostPlatform, layoutOf, layoutsFor } from './struct-layouts';

// Looked up on the first ticket that names a remote party, not at load: the layout table is built
// on first use, and requiring this module must not build it.
interface IdentityPlaces {
  readonly size: number;
  readonly typeOffset: number;
  readonly sizeOffset: number;
  /** m_steamID64 is the first member of the union. */
  readonly unionOffset: number;
}
let places: IdentityPlaces | undefined;
const identityPlaces = (): IdentityPlaces => {
  if (places !== undefined) return places;
  const identityLayout = layoutOf(layoutsFor(hostPlatform()), 'SteamNetworkingIdentity');
  const offsetOf = (member: string): number => {
    const found = identityLayout.field[member];
    if (found === undefined) throw new Error(`steamworks-rx: SteamNetworkingIdentity has no member ${member}`);
    return found.offset;
  };
  places = { size: identityLayout.size, typeOffset: offsetOf('m_eType'), sizeOffset: offsetOf('m_cbSize'), unionOffset: offsetOf('m_union') };
  return places;
};
const steamIdBytes = 8;

/** Size of the struct in bytes (136). */
export const networkingIdentitySize = (): number => identityPlaces().size;

/**
 * The identity bytes of a Steam ID (m_eType 16, m_cbSize 8, m_steamID64, all else zero), or null
 * (a NULL pointer: "no particular remote party") when no Steam ID is given.
 */
export const encodeSteamIdIdentity = (remoteSteamId: bigint | null): Uint8Array | null => {
  if (remoteSteamId === null) return null;
  const { size, typeOffset, sizeOffset, unionOffset } = identityPlaces();
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setInt32(typeOffset, ESteamNetworkingIdentityType.SteamID, true);
  view.setInt32(sizeOffset, steamIdBytes, true);
  view.setBigUint64(unionOffset, BigInt.asUintN(64, remoteSteamId), true);
  return bytes;
};
