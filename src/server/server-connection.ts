/**
 * The game server's own identity and connection: the spec's isServerSecure, getServerSteamID and
 * serverReleaseCurrentThreadMemory, log on / off, the public IP, restart requests, and the
 * server-browser packet relay used when the query port is shared with the game port.
 */
import { isLeft, left, right, type Either } from 'fp-ts/Either';
import type { GameServerPort } from '../../native/steam-core';
import { notInitialized, type InvalidArgument, type NotInitialized } from '../errors';
import { liveQuery } from '../session/guard';
import type { SessionState } from '../session/session-state';
import { bytes, cString, formatIpv4, ipv4, port } from '../validation/arguments';
import { steamIdArgument } from '../validation/steam-id-argument';

export interface ServerConnectionContext {
  readonly state: SessionState;
  readonly server: GameServerPort;
}

/** SteamIPAddress_t in JavaScript: IPv4 as a dotted quad, IPv6 as its 16 bytes. */
export interface PublicIp {
  readonly type: 'ipv4' | 'ipv6';
  readonly ipv4: string;
  readonly ipv6: Uint8Array;
}

/** A server-browser reply to send from the game socket. */
export interface OutgoingPacket {
  readonly data: Uint8Array;
  readonly ip: string;
  readonly port: number;
}

/** Game server login tokens are 32 hex characters; anything much longer is not one. */
const LOGIN_TOKEN_MAX_BYTES = 256;
/** Server-browser packets are UDP datagrams. */
const PACKET_MAX_BYTES = 65535;

export const serverConnection = (context: ServerConnectionContext) => {
  const { state, server } = context;
  // Servers poll for packets every frame: one scratch buffer, and each packet is copied out of it.
  const packetScratch = new Uint8Array(PACKET_MAX_BYTES);

  return {
    /** SteamGameServer_BSecure: VAC-secured, once the policy response came. */
    isServerSecure: liveQuery(state, () => server.isServerSecure()),
    /** SteamGameServer_GetSteamID. */
    getServerSteamID: liveQuery(state, () => server.getServerSteamID()),
    serverReleaseCurrentThreadMemory: liveQuery(state, () => server.releaseCurrentThreadMemory()),
    /** ISteamGameServer::BSecure. */
    secure: liveQuery(state, () => server.secure()),
    /** ISteamGameServer::GetSteamID. */
    getSteamID: liveQuery(state, () => server.getSteamID()),
    loggedOn: liveQuery(state, () => server.loggedOn()),
    wasRestartRequested: liveQuery(state, () => server.wasRestartRequested()),
    logOnAnonymous: liveQuery(state, () => server.logOnAnonymous()),
    logOff: liveQuery(state, () => server.logOff()),
    /** Logs on with a game server login token (GSLT) for a persistent Steam ID. */
    logOn: (token: unknown): Either<NotInitialized | InvalidArgument, void> => {
      if (!state.live) return left(notInitialized(state.name));
      const checked = cString('token', token, LOGIN_TOKEN_MAX_BYTES);
      if (isLeft(checked)) return checked;
      if (checked.right === '') return left({ _tag: 'InvalidArgument', argument: 'token', reason: 'is empty (use logOnAnonymous)', message: 'invalid argument token: is empty (use logOnAnonymous)' });
      server.logOn(checked.right);
      return right(undefined);
    },
    getPublicIP: liveQuery(state, (): PublicIp => {
      const address = server.getPublicIP();
      return { type: address.type === 1 ? 'ipv6' : 'ipv4', ipv4: formatIpv4(address.ipv4), ipv6: address.ipv6.slice() };
    }),
    /** A user connecting without Steam auth (bots, LAN players): a Steam ID to address them by. */
    createUnauthenticatedUserConnection: liveQuery(state, () => server.createUnauthenticatedUserConnection()),
    /** Updates a player's name and score as the server browser shows them. */
    updateUserData: (userSteamId: unknown, playerName: unknown, score: unknown): Either<NotInitialized | InvalidArgument, boolean> => {
      if (!state.live) return left(notInitialized(state.name));
      const id = steamIdArgument('userSteamId', userSteamId);
      if (isLeft(id)) return id;
      const name = cString('playerName', playerName, 256);
      if (isLeft(name)) return name;
      const checkedScore = typeof score === 'number' && Number.isInteger(score) && score >= 0 && score <= 0xffffffff
        ? right(score)
        : left<InvalidArgument, number>({ _tag: 'InvalidArgument', argument: 'score', reason: 'expected an integer in 0..4294967295', message: 'invalid argument score: expected an integer in 0..4294967295' });
      if (isLeft(checkedScore)) return checkedScore;
      return right(server.updateUserData(id.right, name.right, checkedScore.right));
    },
    /** Hands Steam a server-browser query that arrived on the shared game socket. */
    handleIncomingPacket: (data: unknown, sourceIp: unknown, sourcePort: unknown): Either<NotInitialized | InvalidArgument, boolean> => {
      if (!state.live) return left(notInitialized(state.name));
      const packet = bytes('data', data, PACKET_MAX_BYTES);
      if (isLeft(packet)) return packet;
      const ip = ipv4('sourceIp', sourceIp);
      if (isLeft(ip)) return ip;
      const checkedPort = port('sourcePort', sourcePort);
      if (isLeft(checkedPort)) return checkedPort;
      return right(server.handleIncomingPacket(packet.right, ip.right, checkedPort.right));
    },
    /** The next reply Steam wants sent from the game socket, or null when there is none. */
    getNextOutgoingPacket: liveQuery(state, (): OutgoingPacket | null => {
      const packet = server.getNextOutgoingPacket(packetScratch);
      if (packet.size <= 0) return null;
      return { data: packetScratch.slice(0, Math.min(packet.size, packetScratch.byteLength)), ip: formatIpv4(packet.ip), port: packet.port };
    }),
  };
};
