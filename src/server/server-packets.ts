/**
 * The server-browser packet relay, for a server whose query port is shared with the game port
 * (STEAMGAMESERVER_QUERY_PORT_SHARED): queries that arrive on the game socket go to Steam, and
 * Steam's replies come back to be sent from it.
 */
import type { GameServerPort } from '../../native/steam-core';
import { ensureLive, liveQuery } from '../session/guard';
import type { SessionState } from '../session/session-state';
import { bytes, formatIpv4, ipv4, port } from '../validation/arguments';

export interface ServerPacketsContext {
  readonly state: SessionState;
  readonly server: GameServerPort;
}

/** A server-browser reply to send from the game socket. */
export interface OutgoingPacket {
  /** The datagram's bytes: a copy of their own. */
  readonly data: Uint8Array;
  /** Where to send it: IPv4 as a dotted quad. */
  readonly ip: string;
  /** Where to send it: the UDP port. */
  readonly port: number;
}

/** The relay between the shared game socket and Steam. */
export interface ServerPackets {
  /**
   * Hands Steam a packet that arrived on the shared game socket. Steam gets its own copy of the
   * bytes, sized from the memory itself. Flat: SteamAPI_ISteamGameServer_HandleIncomingPacket.
   *
   * @param data - the datagram, 1..65535 bytes.
   * @param sourceIp - the sender: a dotted quad, or a host-order uint32 (127.0.0.1 is 0x7f000001).
   * @param sourcePort - the sender's UDP port.
   * @returns true when the packet was a server-browser query Steam took; false: it is the game's.
   * @throws InvalidArgument for data, an address or a port of the wrong type or range.
   * @throws NotInitialized after serverShutdown.
   * @example
   * ```ts
   * socket.on('message', (data, from) => {
   *   if (!server.handleIncomingPacket(data, from.address, from.port)) handleGamePacket(data, from);
   *   for (let reply = server.getNextOutgoingPacket(); reply !== null; reply = server.getNextOutgoingPacket()) {
   *     socket.send(reply.data, reply.port, reply.ip);
   *   }
   * });
   * ```
   */
  handleIncomingPacket(data: Uint8Array, sourceIp: string | number, sourcePort: number): boolean;
  /**
   * The next reply Steam wants sent from the game socket, or null when there is none: call it
   * until null after handleIncomingPacket (and once a frame). Flat:
   * SteamAPI_ISteamGameServer_GetNextOutgoingPacket.
   *
   * @throws NotInitialized after serverShutdown.
   */
  getNextOutgoingPacket(): OutgoingPacket | null;
}

/** Server-browser packets are UDP datagrams. */
const PACKET_MAX_BYTES = 65535;

export const serverPackets = ({ state, server }: ServerPacketsContext): ServerPackets => {
  // Servers poll for packets every frame: one scratch buffer, and each packet is copied out of it.
  const packetScratch = new Uint8Array(PACKET_MAX_BYTES);
  return {
    handleIncomingPacket: (data, sourceIp, sourcePort) => {
      ensureLive(state);
      // A plain copy: its size comes from the memory, so a faked byteLength never reaches C.
      const packet = bytes('data', data, PACKET_MAX_BYTES);
      return server.handleIncomingPacket(packet, ipv4('sourceIp', sourceIp), port('sourcePort', sourcePort));
    },
    getNextOutgoingPacket: liveQuery(state, (): OutgoingPacket | null => {
      const packet = server.getNextOutgoingPacket(packetScratch);
      if (packet.size <= 0) return null;
      return { data: packetScratch.slice(0, Math.min(packet.size, packetScratch.byteLength)), ip: formatIpv4(packet.ip), port: packet.port };
    }),
  };
};
