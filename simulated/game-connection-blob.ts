/**
 * The legacy InitiateGameConnection auth blob:
 *
 *   0  "SGCB" magic        4
 *   4  version (1)         1
 *   5  user Steam ID       8
 *  13  server Steam ID     8
 *  21  server IPv4         4  host order
 *  25  server port         2
 *  27  secure              1
 *  28  app ID              4
 *  32  issued at (ms)      8
 *  40  MAC                16
 */
import { computeMac } from './ticket-mac';

export const GAME_CONNECTION_BLOB_SIZE = 56;
const MAGIC = [0x53, 0x47, 0x43, 0x42];

export interface GameConnectionFields {
  readonly steamId: bigint;
  readonly serverSteamId: bigint;
  readonly serverIp: number;
  readonly serverPort: number;
  readonly secure: boolean;
  readonly appId: number;
  readonly issuedAtMs: number;
}

export const encodeGameConnectionBlob = (secret: Uint8Array, fields: GameConnectionFields): Uint8Array => {
  const bytes = new Uint8Array(GAME_CONNECTION_BLOB_SIZE);
  const data = new DataView(bytes.buffer);
  bytes.set(MAGIC, 0);
  data.setUint8(4, 1);
  data.setBigUint64(5, BigInt.asUintN(64, fields.steamId), true);
  data.setBigUint64(13, BigInt.asUintN(64, fields.serverSteamId), true);
  data.setUint32(21, fields.serverIp >>> 0, true);
  data.setUint16(25, fields.serverPort & 0xffff, true);
  data.setUint8(27, fields.secure ? 1 : 0);
  data.setUint32(28, fields.appId >>> 0, true);
  data.setBigUint64(32, BigInt(Math.max(0, Math.floor(fields.issuedAtMs))), true);
  bytes.set(computeMac(secret, 'game-connection', bytes.subarray(0, 40)), 40);
  return bytes;
};
