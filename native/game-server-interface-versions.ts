/**
 * The interface-version list the 1.60 header's inline SteamGameServer_InitEx passes to
 * SteamInternal_GameServer_Init_V2 (steamworks-abi-1.60.json, initialization.gameServerInitEx):
 * Steam refuses to start when it cannot serve one of these versions.
 */
export const gameServerInterfaceVersions: readonly string[] = [
  'SteamUtils010',
  'SteamNetworkingUtils004',
  'SteamGameServer015',
  'SteamGameServerStats001',
  'STEAMHTTP_INTERFACE_VERSION003',
  'STEAMINVENTORY_INTERFACE_V003',
  'SteamNetworking006',
  'SteamNetworkingMessages002',
  'SteamNetworkingSockets012',
  'STEAMUGC_INTERFACE_VERSION020',
];

/** Each version NUL-terminated, concatenated, then one more NUL: the list ends with two NULs. */
export const encodeInterfaceVersionList = (versions: readonly string[]): Uint8Array => {
  const encoder = new TextEncoder();
  const parts = versions.map((version) => encoder.encode(version));
  const bytes = new Uint8Array(parts.reduce((total, part) => total + part.byteLength + 1, 1));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength + 1;
  }
  return bytes;
};

/** The 245 bytes passed as pszInternalCheckInterfaceVersions. */
export const gameServerInterfaceVersionList: Uint8Array = encodeInterfaceVersionList(gameServerInterfaceVersions);
