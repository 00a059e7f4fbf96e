/**
 * The baseline of benchmark 4: the same auth cycle as the SDK flow, written directly against the
 * simulated core's SteamCore ports (pumps and raw callbacks, no typed streams, no flows, no
 * argument checks). What the SDK adds is the difference between the two figures.
 */
import { EAuthSessionResponse, EBeginAuthSessionResult, EResult, EServerMode } from '../native/enums';
import { leasePump, type PumpLease } from '../native/pump';
import type { SimulatedSteam } from '../simulated';
import type { AuthPort, RawCallback } from '../native/steam-core';
import { readInt32, readUint32, readUint64 } from '../native/scalar-bytes';
import { hostPlatform, layoutOf, layoutsFor } from '../native/struct-layouts';
import { rightOf } from './right-of';

export interface PortCycles {
  /** Starts one cycle per client; the cycles finish as virtual time is flushed. */
  startRound(): void;
  /** Cycles finished since the last call. */
  takeCompleted(): number;
  dispose(): void;
}

const fieldOffset = (struct: string, field: string): { readonly callbackId: number; readonly offset: number } => {
  const layout = layoutOf(layoutsFor(hostPlatform()), struct);
  const member = layout.fields.find((candidate) => candidate.name === field);
  if (member === undefined || layout.callbackId === undefined) throw new Error(`bench: ${struct}.${field} not found`);
  return { callbackId: layout.callbackId, offset: member.offset };
};

export const portCycles = (steam: SimulatedSteam, clients: number): PortCycles => {
  const ticketResponse = fieldOffset('GetAuthSessionTicketResponse_t', 'm_hAuthTicket');
  const ticketResult = fieldOffset('GetAuthSessionTicketResponse_t', 'm_eResult');
  const validation = fieldOffset('ValidateAuthTicketResponse_t', 'm_SteamID');
  const validationResponse = fieldOffset('ValidateAuthTicketResponse_t', 'm_eAuthSessionResponse');
  const leases: PumpLease[] = [];
  const serverProcess = steam.createProcess();
  const server = rightOf(
    serverProcess.initServer({ ip: 0, gamePort: 27015, queryPort: 27016, serverMode: EServerMode.AuthenticationAndSecure, versionString: '1.0.0.0' }),
  ).server;
  leases.push(leasePump(serverProcess, { scheduler: steam.scheduler }));
  server.logOnAnonymous();

  interface Player {
    readonly steamId: bigint;
    readonly user: AuthPort;
    readonly buffer: Uint8Array;
    handle: number;
    size: number;
  }
  const players = new Map<bigint, Player>();
  let completed = 0;
  let failures = 0;
  for (let index = 0; index < clients; index += 1) {
    const steamId = steam.addUser();
    const process = steam.createProcess({ user: steamId });
    const player: Player = { steamId, user: rightOf(process.initClient()).user, buffer: new Uint8Array(8192), handle: 0, size: 0 };
    players.set(steamId, player);
    leases.push(leasePump(process, { scheduler: steam.scheduler }));
    process.callbacks$.subscribe((message: RawCallback) => {
      if (message.callbackId !== ticketResponse.callbackId || readUint32(message.bytes, ticketResponse.offset) !== player.handle) return;
      const begun =
        readInt32(message.bytes, ticketResult.offset) === EResult.OK
          ? server.beginAuthSession(player.buffer.subarray(0, player.size), steamId)
          : EBeginAuthSessionResult.InvalidTicket;
      if (begun !== EBeginAuthSessionResult.OK) failures += 1;
    });
  }
  serverProcess.callbacks$.subscribe((message: RawCallback) => {
    if (message.pipe !== 'server' || message.callbackId !== validation.callbackId) return;
    const player = players.get(readUint64(message.bytes, validation.offset));
    if (player === undefined) return;
    if (readInt32(message.bytes, validationResponse.offset) === EAuthSessionResponse.OK) completed += 1;
    else failures += 1;
    server.endAuthSession(player.steamId);
    player.user.cancelAuthTicket(player.handle);
  });

  return {
    startRound: () => {
      for (const player of players.values()) {
        const { handle, size } = player.user.getAuthSessionTicket(player.buffer, null);
        player.handle = handle;
        player.size = size;
      }
    },
    takeCompleted: () => {
      if (failures > 0) throw new Error(`bench: ${failures} port-level auth cycles failed`);
      const done = completed;
      completed = 0;
      return done;
    },
    dispose: () => {
      for (const lease of leases) lease.release();
    },
  };
};
