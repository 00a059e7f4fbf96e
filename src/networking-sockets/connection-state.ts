/**
 * The connection states the flows act on, in a module of their own: the package root exports them,
 * and the Sockets namespace loads only on first use.
 */

/** ESteamNetworkingConnectionState values the flows act on. */
export const ConnectionState = {
  /** k_ESteamNetworkingConnectionState_None. */
  None: 0,
  /** k_ESteamNetworkingConnectionState_Connecting. */
  Connecting: 1,
  /** k_ESteamNetworkingConnectionState_FindingRoute. */
  FindingRoute: 2,
  /** k_ESteamNetworkingConnectionState_Connected. */
  Connected: 3,
  /** k_ESteamNetworkingConnectionState_ClosedByPeer. */
  ClosedByPeer: 4,
  /** k_ESteamNetworkingConnectionState_ProblemDetectedLocally. */
  ProblemDetectedLocally: 5,
} as const;
