/**
 * The legacy game-connection calls (advertiseGame, initiateGameConnection,
 * terminateGameConnection): kept because the spec lists them; new code should use auth sessions.
 */
import { left, right, type Either } from 'fp-ts/Either';
import type { UserPort } from '../../native/steam-core';
import { CallFailed } from '../errors';
import { ensureLive } from '../session/guard';
import type { SessionState } from '../session/session-state';
import type { SteamIdInput } from '../steam-id/steam-id-text';
import { boolean, ipv4, port } from '../validation/arguments';
import { steamIdArgument } from '../validation/steam-id-argument';

export interface GameConnectionContext {
  readonly state: SessionState;
  readonly user: UserPort;
}

/** Legacy auth blobs are at most 2 KiB in Valve's samples; leave room. */
const AUTH_BLOB_BYTES = 8192;

/** k_steamIDNonSteamGS: "a game server that is not a Steam game server", advertiseGame's default. */
const NON_STEAM_GAME_SERVER = 2n;

/** The spec's initiateGameConnection dictionary. */
export interface GameConnection {
  /** The auth blob Steam wrote, to send to the game server. */
  readonly authBlob: Uint8Array;
  /** The game server's Steam ID, as given. */
  readonly serverId: bigint;
  /** The server's IPv4 address, host order. */
  readonly serverIp: number;
  /** The server's port. */
  readonly serverPort: number;
}

/** An IPv4 address: a dotted quad, or a host-order uint32 (127.0.0.1 is 0x7f000001). */
export type Ipv4Input = string | number;

/**
 * The legacy game-connection calls. Each throws NotInitialized after shutdown and
 * InvalidArgument for an address that is not IPv4, a port outside 0..65535 or a bad Steam ID.
 */
export interface GameConnectionFunctions {
  /**
   * Sets the game server the user plays on, for friends' rich presence; with no arguments it
   * clears it (no address, port 0, k_steamIDNonSteamGS). Flat: SteamAPI_ISteamUser_AdvertiseGame.
   */
  readonly advertiseGame: (serverIp?: Ipv4Input, serverPort?: number, serverSteamId?: SteamIdInput) => void;
  /**
   * Legacy: starts a connection to a game server and returns the auth blob to send it. Flat:
   * SteamAPI_ISteamUser_InitiateGameConnection_DEPRECATED. Failures: Left(CallFailed) when
   * Steam wrote no blob. New code uses authTicket$ / authSession$ instead.
   */
  readonly initiateGameConnection: (serverId: SteamIdInput, serverIp: Ipv4Input, serverPort: number, secure: boolean) => Either<CallFailed, GameConnection>;
  /** Legacy: tells Steam the connection initiateGameConnection started has ended. Flat: SteamAPI_ISteamUser_TerminateGameConnection_DEPRECATED. */
  readonly terminateGameConnection: (serverIp: Ipv4Input, serverPort: number) => void;
}

export const gameConnectionFunctions = ({ state, user }: GameConnectionContext): GameConnectionFunctions => ({
  advertiseGame: (serverIp = '', serverPort = 0, serverSteamId = NON_STEAM_GAME_SERVER) => {
    ensureLive(state);
    const ip = ipv4('serverIp', serverIp);
    const checkedPort = port('serverPort', serverPort);
    user.advertiseGame(steamIdArgument('serverSteamId', serverSteamId), ip, checkedPort);
  },
  initiateGameConnection: (serverId, serverIp, serverPort, secure) => {
    ensureLive(state);
    const id = steamIdArgument('serverId', serverId);
    const ip = ipv4('serverIp', serverIp);
    const checkedPort = port('serverPort', serverPort);
    const checkedSecure = boolean('secure', secure);
    const buffer = new Uint8Array(AUTH_BLOB_BYTES);
    const size = user.initiateGameConnection(buffer, id, ip, checkedPort, checkedSecure);
    if (size <= 0 || size > buffer.byteLength) return left(new CallFailed('initiateGameConnection', 'Steam wrote no auth blob'));
    return right({ authBlob: buffer.slice(0, size), serverId: id, serverIp: ip, serverPort: checkedPort });
  },
  terminateGameConnection: (serverIp, serverPort) => {
    ensureLive(state);
    user.terminateGameConnection(ipv4('serverIp', serverIp), port('serverPort', serverPort));
  },
});
