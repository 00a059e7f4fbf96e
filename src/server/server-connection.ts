/**
 * The game server's own identity and connection: the spec's isServerSecure, getServerSteamID and
 * serverReleaseCurrentThreadMemory, log on / off, the public IP and restart requests. Queries
 * answer plain values; misuse (a call after shutdown, a bad token) throws.
 */
import type { GameServerPort } from '../../native/steam-core';
import { InvalidArgument } from '../errors';
import { ensureLive, liveQuery } from '../session/guard';
import type { SessionState } from '../session/session-state';
import { cString, formatIpv4 } from '../validation/arguments';

// src/index.ts takes the relay's packet type from here, where it used to live.
export type { OutgoingPacket } from './server-packets';

export interface ServerConnectionContext {
  readonly state: SessionState;
  readonly server: GameServerPort;
}

/** SteamIPAddress_t in JavaScript: IPv4 as a dotted quad, IPv6 as its 16 bytes. */
export interface PublicIp {
  /** Which of the two addresses Steam knows. */
  readonly type: 'ipv4' | 'ipv6';
  /** The IPv4 address as a dotted quad; '0.0.0.0' until Steam knows it (or for IPv6). */
  readonly ipv4: string;
  /** The IPv6 address's 16 bytes (all zero for IPv4); a copy of its own. */
  readonly ipv6: Uint8Array;
}

/**
 * Who the game server is and whether it is logged on. Every function throws NotInitialized when
 * called after serverShutdown (including from a shutdown completion handler).
 */
export interface ServerConnection {
  /**
   * Whether the server is VAC secured: true once Steam's GSPolicyResponse_t said so (the spec's
   * isServerSecure). Flat: SteamGameServer_BSecure.
   *
   * @throws NotInitialized after serverShutdown.
   */
  isServerSecure(): boolean;
  /**
   * The server's Steam ID (the spec's getServerSteamID); k_steamIDNotInitYetGS until it is logged
   * on. Flat: SteamGameServer_GetSteamID.
   *
   * @throws NotInitialized after serverShutdown.
   */
  getServerSteamID(): bigint;
  /**
   * Frees the calling thread's Steam API memory (the spec's serverReleaseCurrentThreadMemory); a
   * single-threaded server never needs it, the pump's frames do it. Flat:
   * SteamAPI_ReleaseCurrentThreadMemory.
   *
   * @throws NotInitialized after serverShutdown.
   */
  serverReleaseCurrentThreadMemory(): void;
  /**
   * Whether the server is VAC secured, as ISteamGameServer sees it. Flat:
   * SteamAPI_ISteamGameServer_BSecure.
   *
   * @throws NotInitialized after serverShutdown.
   */
  secure(): boolean;
  /**
   * The server's Steam ID, as ISteamGameServer sees it. Flat: SteamAPI_ISteamGameServer_GetSteamID.
   *
   * @throws NotInitialized after serverShutdown.
   */
  getSteamID(): bigint;
  /**
   * Whether the server is logged on to Steam. Flat: SteamAPI_ISteamGameServer_BLoggedOn.
   *
   * @throws NotInitialized after serverShutdown.
   * @example
   * ```ts
   * if (!server.loggedOn()) server.logOnAnonymous();
   * ```
   */
  loggedOn(): boolean;
  /**
   * Whether Steam asked this server to restart (a new version is out); true once per request.
   * Flat: SteamAPI_ISteamGameServer_WasRestartRequested.
   *
   * @throws NotInitialized after serverShutdown.
   */
  wasRestartRequested(): boolean;
  /**
   * Logs on anonymously: a fresh anonymous game-server Steam ID each time. The outcome arrives on
   * steamServerConnected$ or steamServerConnectFailed$. Flat: SteamAPI_ISteamGameServer_LogOnAnonymous.
   *
   * @throws NotInitialized after serverShutdown.
   */
  logOnAnonymous(): void;
  /**
   * Logs off; steamServerDisconnected$ follows. Flat: SteamAPI_ISteamGameServer_LogOff.
   *
   * @throws NotInitialized after serverShutdown.
   */
  logOff(): void;
  /**
   * Logs on with a game server login token (GSLT), for a persistent Steam ID. The outcome arrives
   * on steamServerConnected$ or steamServerConnectFailed$ (GSLTDenied for an unknown token). Flat:
   * SteamAPI_ISteamGameServer_LogOn.
   *
   * @param token - the login token from Steam's game server account management page.
   * @throws InvalidArgument when the token is empty (use logOnAnonymous), not a string, has a NUL
   *   or is 256 bytes or more.
   * @throws NotInitialized after serverShutdown.
   * @example
   * ```ts
   * server.logOn(process.env.STEAM_GSLT ?? '');
   * server.steamServerConnectFailed$.subscribe(({ result }) => console.error('logon failed', result));
   * ```
   */
  logOn(token: string): void;
  /**
   * The server's public IP address as Steam sees it; 0.0.0.0 until logged on. Flat:
   * SteamAPI_ISteamGameServer_GetPublicIP.
   *
   * @throws NotInitialized after serverShutdown.
   */
  getPublicIP(): PublicIp;
}

/** Game server login tokens are 32 hex characters; anything much longer is not one. */
const LOGIN_TOKEN_MAX_BYTES = 256;

const publicIp = (server: GameServerPort): PublicIp => {
  const address = server.getPublicIP();
  return { type: address.type === 1 ? 'ipv6' : 'ipv4', ipv4: formatIpv4(address.ipv4), ipv6: address.ipv6.slice() };
};

export const serverConnection = ({ state, server }: ServerConnectionContext): ServerConnection => ({
  isServerSecure: liveQuery(state, () => server.isServerSecure()),
  getServerSteamID: liveQuery(state, () => server.getServerSteamID()),
  serverReleaseCurrentThreadMemory: liveQuery(state, () => server.releaseCurrentThreadMemory()),
  secure: liveQuery(state, () => server.secure()),
  getSteamID: liveQuery(state, () => server.getSteamID()),
  loggedOn: liveQuery(state, () => server.loggedOn()),
  wasRestartRequested: liveQuery(state, () => server.wasRestartRequested()),
  logOnAnonymous: liveQuery(state, () => server.logOnAnonymous()),
  logOff: liveQuery(state, () => server.logOff()),
  logOn: (token) => {
    ensureLive(state);
    const checked = cString('token', token, LOGIN_TOKEN_MAX_BYTES);
    if (checked === '') throw new InvalidArgument('token', 'is empty (use logOnAnonymous)');
    server.logOn(checked);
  },
  getPublicIP: liveQuery(state, () => publicIp(server)),
});
