/**
 * Constants of steamnetworkingtypes.h the simulated network needs, as the measured ABI JSON
 * (steamworks-abi-1.60-more.json, `constants`) gives them: the generated slices carry enums and
 * structs but not these const variables. Values, not guesses: test/simulated/network-model.test.ts
 * reads the JSON and checks each one.
 */

/** k_nSteamNetworkingSend_Unreliable. */
export const SEND_UNRELIABLE = 0;
/** k_nSteamNetworkingSend_NoNagle. */
export const SEND_NO_NAGLE = 1;
/** k_nSteamNetworkingSend_NoDelay. */
export const SEND_NO_DELAY = 4;
/** k_nSteamNetworkingSend_Reliable. */
export const SEND_RELIABLE = 8;
/** k_nSteamNetworkingSend_AutoRestartBrokenSession. */
export const SEND_AUTO_RESTART_BROKEN_SESSION = 32;
/** k_cbMaxSteamNetworkingSocketsMessageSizeSend: the largest message Steam sends. */
export const MAX_MESSAGE_SIZE_SEND = 524288;
/** k_nSteamNetworkConnectionInfoFlags_Unauthenticated. */
export const CONNECTION_FLAG_UNAUTHENTICATED = 1;
/** k_nSteamNetworkConnectionInfoFlags_Unencrypted. */
export const CONNECTION_FLAG_UNENCRYPTED = 2;
/** k_nSteamNetworkConnectionInfoFlags_LoopbackBuffers. */
export const CONNECTION_FLAG_LOOPBACK_BUFFERS = 4;
/** k_nSteamNetworkConnectionInfoFlags_Fast. */
export const CONNECTION_FLAG_FAST = 8;
/** k_nSteamNetworkConnectionInfoFlags_Relayed. */
export const CONNECTION_FLAG_RELAYED = 16;
/** k_cchSteamNetworkingMaxConnectionCloseReason: m_szEndDebug's size. */
export const MAX_CLOSE_REASON_CHARS = 128;
/** k_cchSteamNetworkingMaxConnectionDescription: m_szConnectionDescription's size. */
export const MAX_CONNECTION_DESCRIPTION_CHARS = 128;

/** Every constant above by its Valve name (the test compares these with the JSON). */
export const networkingConstantValues: Readonly<Record<string, number>> = {
  k_nSteamNetworkingSend_Unreliable: SEND_UNRELIABLE,
  k_nSteamNetworkingSend_NoNagle: SEND_NO_NAGLE,
  k_nSteamNetworkingSend_NoDelay: SEND_NO_DELAY,
  k_nSteamNetworkingSend_Reliable: SEND_RELIABLE,
  k_nSteamNetworkingSend_AutoRestartBrokenSession: SEND_AUTO_RESTART_BROKEN_SESSION,
  k_cbMaxSteamNetworkingSocketsMessageSizeSend: MAX_MESSAGE_SIZE_SEND,
  k_nSteamNetworkConnectionInfoFlags_Unauthenticated: CONNECTION_FLAG_UNAUTHENTICATED,
  k_nSteamNetworkConnectionInfoFlags_Unencrypted: CONNECTION_FLAG_UNENCRYPTED,
  k_nSteamNetworkConnectionInfoFlags_LoopbackBuffers: CONNECTION_FLAG_LOOPBACK_BUFFERS,
  k_nSteamNetworkConnectionInfoFlags_Fast: CONNECTION_FLAG_FAST,
  k_nSteamNetworkConnectionInfoFlags_Relayed: CONNECTION_FLAG_RELAYED,
  k_cchSteamNetworkingMaxConnectionCloseReason: MAX_CLOSE_REASON_CHARS,
  k_cchSteamNetworkingMaxConnectionDescription: MAX_CONNECTION_DESCRIPTION_CHARS,
};
