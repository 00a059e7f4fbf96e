/**
 * The server-browser side of a game server sharing its game socket
 * (STEAMGAMESERVER_QUERY_PORT_SHARED): HandleIncomingPacket understands the A2S_INFO query and
 * queues the Source-engine info reply that GetNextOutgoingPacket hands back to the game.
 * Other queries (A2S_PLAYER, A2S_RULES, challenges) are not modelled: they return false.
 */
import type { SimulatedServerInfo } from './server-endpoint';

const HEADER = [0xff, 0xff, 0xff, 0xff];
const A2S_INFO = 0x54;
const INFO_REPLY = 0x49;
const INFO_PAYLOAD = 'Source Engine Query\0';
const PROTOCOL_VERSION = 17;

export interface InfoReplyContext {
  readonly info: SimulatedServerInfo;
  readonly appId: number;
  readonly steamId: bigint;
  readonly playerCount: number;
  readonly secure: boolean;
  readonly windows: boolean;
}

/** True for an A2S_INFO request (with or without the optional 4-byte challenge). */
export const isInfoQuery = (packet: Uint8Array): boolean => {
  const payload = new TextEncoder().encode(INFO_PAYLOAD);
  if (packet.byteLength !== 5 + payload.byteLength && packet.byteLength !== 9 + payload.byteLength) return false;
  if (HEADER.some((value, index) => packet[index] !== value) || packet[4] !== A2S_INFO) return false;
  return payload.every((value, index) => packet[5 + index] === value);
};

class PacketWriter {
  private readonly bytes: number[] = [];
  byte(value: number): this {
    this.bytes.push(value & 0xff);
    return this;
  }
  short(value: number): this {
    return this.byte(value).byte(value >> 8);
  }
  long(value: bigint): this {
    for (let shift = 0n; shift < 64n; shift += 8n) this.byte(Number((value >> shift) & 0xffn));
    return this;
  }
  string(value: string): this {
    for (const byte of new TextEncoder().encode(value)) this.byte(byte);
    return this.byte(0);
  }
  build(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

const clampByte = (value: number): number => Math.max(0, Math.min(255, value));

export const infoReply = (context: InfoReplyContext): Uint8Array => {
  const { info } = context;
  const writer = new PacketWriter();
  for (const byte of HEADER) writer.byte(byte);
  writer
    .byte(INFO_REPLY)
    .byte(PROTOCOL_VERSION)
    .string(info.serverName)
    .string(info.mapName)
    .string(info.modDir)
    .string(info.gameDescription)
    .short(context.appId)
    .byte(clampByte(context.playerCount))
    .byte(clampByte(info.maxPlayerCount))
    .byte(clampByte(info.botPlayerCount))
    .byte(info.dedicated ? 0x64 : 0x6c)
    .byte(context.windows ? 0x77 : 0x6c)
    .byte(info.passwordProtected ? 1 : 0)
    .byte(context.secure ? 1 : 0)
    .string(info.versionString);
  // Extra data flags: game port, Steam ID, tags, 64-bit game ID.
  const flags = 0x80 | 0x10 | (info.gameTags === '' ? 0 : 0x20) | 0x01;
  writer.byte(flags).short(info.gamePort).long(context.steamId);
  if (info.gameTags !== '') writer.string(info.gameTags);
  writer.long(BigInt(context.appId));
  return writer.build();
};
