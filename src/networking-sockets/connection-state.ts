/**
 * The connection states the flows act on, in a module of their own: the package root exports them,
 * and the Sockets namespace loads only on first use. The values are the generated enum's (one
 * source of the numbers); the names and docs are the public ones.
 */
import { ESteamNetworkingConnectionState as State } from '../../native/generated/networking-types-enums';

/** ESteamNetworkingConnectionState values the flows act on. */
export const ConnectionState = {
  /** k_ESteamNetworkingConnectionState_None. */
  None: State.None,
  /** k_ESteamNetworkingConnectionState_Connecting. */
  Connecting: State.Connecting,
  /** k_ESteamNetworkingConnectionState_FindingRoute. */
  FindingRoute: State.FindingRoute,
  /** k_ESteamNetworkingConnectionState_Connected. */
  Connected: State.Connected,
  /** k_ESteamNetworkingConnectionState_ClosedByPeer. */
  ClosedByPeer: State.ClosedByPeer,
  /** k_ESteamNetworkingConnectionState_ProblemDetectedLocally. */
  ProblemDetectedLocally: State.ProblemDetectedLocally,
} as const;
