/**
 * The legacy game-connection calls (advertiseGame, initiateGameConnection,
 * terminateGameConnection): kept because the spec lists them; new code should use auth sessions.
 */
import { isLeft, left, right, type Either } from 'fp-ts/Either';
import type { UserPort } from '../../native/steam-core';
import { callFailed, notInitialized, type CallFailed, type InvalidArgument, type NotInitialized } from '../errors';
import type { SessionState } from '../session/session-state';
import { boolean, ipv4, port } from '../validation/arguments';
import { steamIdArgument } from '../validation/steam-id-argument';

export interface GameConnectionContext {
  readonly state: SessionState;
  readonly user: UserPort;
}

/** Legacy auth blobs are at most 2 KiB in Valve's samples; leave room. */
const AUTH_BLOB_BYTES = 8192;

/** The spec's initiateGameConnection dictionary. */
export interface GameConnection {
  readonly authBlob: Uint8Array;
  readonly serverId: bigint;
  readonly serverIp: number;
  readonly serverPort: number;
}

/**
 * Sets the rich-presence game server; with the defaults (no address, port 0) it clears the
 * advertisement. The game server's Steam ID is optional (k_steamIDNonSteamGS when not given).
 */
export const advertiseGame =
  (context: GameConnectionContext) =>
  (serverIp: unknown = '', serverPort: unknown = 0, serverSteamId: unknown = 2n): Either<NotInitialized | InvalidArgument, void> => {
    if (!context.state.live) return left(notInitialized(context.state.name));
    const ip = ipv4('serverIp', serverIp);
    if (isLeft(ip)) return ip;
    const checkedPort = port('serverPort', serverPort);
    if (isLeft(checkedPort)) return checkedPort;
    const id = steamIdArgument('serverSteamId', serverSteamId);
    if (isLeft(id)) return id;
    context.user.advertiseGame(id.right, ip.right, checkedPort.right);
    return right(undefined);
  };

export const initiateGameConnection =
  (context: GameConnectionContext) =>
  (
    serverId: unknown,
    serverIp: unknown,
    serverPort: unknown,
    secure: unknown,
  ): Either<NotInitialized | InvalidArgument | CallFailed, GameConnection> => {
    if (!context.state.live) return left(notInitialized(context.state.name));
    const id = steamIdArgument('serverId', serverId);
    if (isLeft(id)) return id;
    const ip = ipv4('serverIp', serverIp);
    if (isLeft(ip)) return ip;
    const checkedPort = port('serverPort', serverPort);
    if (isLeft(checkedPort)) return checkedPort;
    const checkedSecure = boolean('secure', secure);
    if (isLeft(checkedSecure)) return checkedSecure;
    const buffer = new Uint8Array(AUTH_BLOB_BYTES);
    const size = context.user.initiateGameConnection(buffer, id.right, ip.right, checkedPort.right, checkedSecure.right);
    if (size <= 0 || size > buffer.byteLength) return left(callFailed('initiateGameConnection', 'Steam wrote no auth blob'));
    return right({ authBlob: buffer.slice(0, size), serverId: id.right, serverIp: ip.right, serverPort: checkedPort.right });
  };

export const terminateGameConnection =
  (context: GameConnectionContext) =>
  (serverIp: unknown, serverPort: unknown): Either<NotInitialized | InvalidArgument, void> => {
    if (!context.state.live) return left(notInitialized(context.state.name));
    const ip = ipv4('serverIp', serverIp);
    if (isLeft(ip)) return ip;
    const checkedPort = port('serverPort', serverPort);
    if (isLeft(checkedPort)) return checkedPort;
    context.user.terminateGameConnection(ip.right, checkedPort.right);
    return right(undefined);
  };
