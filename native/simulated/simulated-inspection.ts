/**
 * Read-only views of the universe for tests: which tickets are open, which sessions are held,
 * whether a microphone is on, what was called, what is still in flight. Everything is a snapshot
 * (plain values), so assertions never see later mutations.
 */
import type { Pipe, RawCallback } from '../steam-core';
import type { AdvertisedGame, AppUsageEvent, GameConnectionRecord } from './client-endpoint';
import type { AuthSessionState, Endpoint } from './endpoint';
import type { ProcessRecord } from './process-record';
import type { ProcessRegistry } from './process-registry';
import type { SimulatedServerInfo } from './server-endpoint';
import type { SimulatedProcess } from './simulated-process';
import type { Universe } from './universe';
import type { VoiceRecordingState } from './voice-recorder';

export interface TicketSnapshot {
  readonly handle: number;
  readonly ticketId: number;
  readonly processId: number;
  readonly pipe: Pipe;
  readonly issuerSteamId: bigint;
  readonly remoteSteamId: bigint | null;
  readonly issuedAtMs: number;
  readonly expiresAtMs: number;
  /** The first identity that began a session with it. */
  readonly usedBy: bigint | null;
}

/** A web API ticket Steam's back end would still accept (not cancelled, holder live, not expired). */
export interface WebApiTicketSnapshot {
  readonly handle: number;
  readonly processId: number;
  readonly steamId: bigint;
  /** The service identity it was requested for ('' when none). */
  readonly identity: string;
  readonly issuedAtMs: number;
  readonly expiresAtMs: number;
}

export interface AuthSessionSnapshot {
  readonly processId: number;
  /** Which side of the process holds the session. */
  readonly pipe: Pipe;
  readonly holderSteamId: bigint;
  readonly steamId: bigint;
  readonly ownerSteamId: bigint;
  readonly state: AuthSessionState;
  /** The last EAuthSessionResponse sent (null while validation is in flight). */
  readonly response: number | null;
  readonly ticketHandle: number | null;
  readonly beganAtMs: number;
}

export interface PendingCallSnapshot {
  readonly processId: number;
  readonly pipe: Pipe;
  readonly apiCall: bigint;
  readonly callbackId: number;
  readonly structName: string;
  readonly startedAtMs: number;
}

export interface VoiceSnapshot {
  readonly state: VoiceRecordingState;
  /** True while capturing, including the tail after StopVoiceRecording. */
  readonly recording: boolean;
  /** Compressed bytes waiting for GetVoice. */
  readonly pendingBytes: number;
}

export interface ClientSnapshot {
  readonly steamId: bigint;
  /** What BLoggedOn answers. */
  readonly loggedOn: boolean;
  readonly voice: VoiceSnapshot;
  readonly webApiTicketHandles: readonly number[];
  readonly encryptedAppTicket: { readonly pending: boolean; readonly lastSuccessAtMs: number | null; readonly ready: boolean };
  readonly advertisedGame: AdvertisedGame | null;
  readonly gameConnections: readonly GameConnectionRecord[];
  readonly appUsageEvents: readonly AppUsageEvent[];
  /** EDurationControlOnlineState last set (0: never). */
  readonly durationControlOnlineState: number;
}

export interface ServerSnapshot {
  readonly steamId: bigint;
  readonly loggedOn: boolean;
  readonly secure: boolean;
  readonly info: SimulatedServerInfo;
  readonly unauthenticatedUsers: readonly bigint[];
  readonly outgoingPacketCount: number;
}

export interface SimulatedUserSnapshot {
  readonly steamId: bigint;
  readonly name: string;
  readonly loggedOn: boolean;
  readonly ownsApp: boolean;
  readonly dlc: readonly number[];
  readonly vacBanned: boolean;
  readonly publisherBanned: boolean;
  readonly loggedInElsewhere: boolean;
}

/**
 * How much the simulated Steam holds, by kind: what a soak test watches to show a long run does
 * not grow it.
 */
export interface RetainedCounts {
  /** Processes created and not disposed. */
  readonly processes: number;
  /** Live clients and game servers. */
  readonly liveEndpoints: number;
  readonly users: number;
  /** API call records of live endpoints: pending calls and the last completed ones. */
  readonly callRecords: number;
  /** Session tickets remembered (open ones, and cancelled ones until they expire). */
  readonly sessionTickets: number;
  /** Auth sessions held by live endpoints. */
  readonly authSessions: number;
  /** Web API tickets still valid. */
  readonly webApiTickets: number;
  /** Callbacks due but not yet pumped, over all processes. */
  readonly queuedCallbacks: number;
  /** Batches of delayed work waiting on the scheduler. */
  readonly scheduledBatches: number;
}

export interface SimulatedInspection {
  user(steamId: bigint): SimulatedUserSnapshot | null;
  /** Session tickets issued and not cancelled (all processes, or one). */
  openTickets(process?: SimulatedProcess): readonly TicketSnapshot[];
  /** Web API tickets still valid (all processes, or one), oldest first. */
  webApiTickets(process?: SimulatedProcess): readonly WebApiTicketSnapshot[];
  /** Auth sessions held (all processes, or one, optionally one pipe). */
  authSessions(process?: SimulatedProcess, pipe?: Pipe): readonly AuthSessionSnapshot[];
  /** API calls whose result has not been queued yet. */
  pendingCallResults(process?: SimulatedProcess): readonly PendingCallSnapshot[];
  /** Callbacks due but not yet pumped by runCallbacks. */
  queuedCallbacks(process: SimulatedProcess): readonly RawCallback[];
  /** Port calls by name ('user.getAuthSessionTicket', 'server.logOnAnonymous', 'utils.client.getAppID', 'core.runCallbacks'). */
  callCounts(process: SimulatedProcess): Readonly<Record<string, number>>;
  /** How much the simulated Steam holds, by kind (see RetainedCounts). */
  retained(): RetainedCounts;
  /** The live client of a process, or null. */
  client(process: SimulatedProcess): ClientSnapshot | null;
  /** The live game server of a process, or null. */
  server(process: SimulatedProcess): ServerSnapshot | null;
}

export const createSimulatedInspection = (universe: Universe, registry: ProcessRegistry): SimulatedInspection => {
  const recordsFor = (process: SimulatedProcess | undefined): readonly ProcessRecord[] =>
    process === undefined ? [...universe.processes] : [registry.recordOf(process)];
  const endpointsFor = (process: SimulatedProcess | undefined, pipe?: Pipe): Endpoint[] =>
    recordsFor(process)
      .flatMap((record) => record.liveEndpoints())
      .filter((endpoint) => pipe === undefined || endpoint.pipe === pipe);

  return {
    user: (steamId) => {
      const user = universe.users.get(steamId);
      if (user === undefined) return null;
      return {
        steamId,
        name: user.name,
        loggedOn: user.loggedOn,
        ownsApp: user.ownsApp,
        dlc: [...user.dlc],
        vacBanned: user.vacBanned,
        publisherBanned: user.publisherBanned,
        loggedInElsewhere: user.loggedInElsewhere,
      };
    },
    openTickets: (process) =>
      endpointsFor(process).flatMap((endpoint) =>
        endpoint.issuedTickets.map((ticket) => ({
          handle: ticket.handle,
          ticketId: ticket.ticketId,
          processId: endpoint.process.id,
          pipe: endpoint.pipe,
          issuerSteamId: ticket.issuerSteamId,
          remoteSteamId: ticket.remoteSteamId,
          issuedAtMs: ticket.issuedAtMs,
          expiresAtMs: ticket.expiresAtMs,
          usedBy: ticket.usedBy,
        })),
      ),
    webApiTickets: (process) => {
      const record = process === undefined ? null : registry.recordOf(process);
      return universe.webApiTickets
        .list(universe.now())
        .filter((ticket) => record === null || ticket.holder.process === record)
        .map((ticket) => ({
          handle: ticket.handle,
          processId: ticket.holder.process.id,
          steamId: ticket.holder.user.steamId,
          identity: ticket.identity,
          issuedAtMs: ticket.issuedAtMs,
          expiresAtMs: ticket.expiresAtMs,
        }));
    },
    authSessions: (process, pipe) =>
      endpointsFor(process, pipe).flatMap((endpoint) =>
        [...endpoint.sessions.values()].map((session) => ({
          processId: endpoint.process.id,
          pipe: endpoint.pipe,
          holderSteamId: endpoint.steamId(),
          steamId: session.steamId,
          ownerSteamId: session.ownerSteamId,
          state: session.state,
          response: session.response,
          ticketHandle: session.ticket.handle,
          beganAtMs: session.beganAtMs,
        })),
      ),
    pendingCallResults: (process) =>
      endpointsFor(process).flatMap((endpoint) =>
        endpoint.calls.pending().map((call) => ({
          processId: endpoint.process.id,
          pipe: endpoint.pipe,
          apiCall: call.apiCall,
          callbackId: call.callbackId,
          structName: call.structName,
          startedAtMs: call.startedAtMs,
        })),
      ),
    queuedCallbacks: (process) => registry.recordOf(process).queued(),
    callCounts: (process) => registry.recordOf(process).counts.snapshot(),
    retained: () => {
      const endpoints = universe.liveEndpoints();
      const tickets = universe.tickets.size();
      return {
        processes: universe.processes.size,
        liveEndpoints: endpoints.length,
        users: universe.users.size,
        callRecords: endpoints.reduce((total, endpoint) => total + endpoint.calls.size(), 0),
        sessionTickets: tickets.openTickets + tickets.canceledTickets,
        authSessions: endpoints.reduce((total, endpoint) => total + endpoint.sessions.size, 0),
        webApiTickets: universe.webApiTickets.list(universe.now()).length,
        queuedCallbacks: [...universe.processes].reduce((total, process) => total + process.queuedCount(), 0),
        scheduledBatches: universe.scheduledBatches(),
      };
    },
    client: (process) => {
      const client = registry.recordOf(process).client;
      if (client === null) return null;
      const state = client.voice.state();
      return {
        steamId: client.user.steamId,
        loggedOn: client.loggedOnView,
        voice: { state, recording: state !== 'off', pendingBytes: client.voice.pendingBytes() },
        webApiTicketHandles: client.webApiTickets.list(universe.now()).map((ticket) => ticket.handle),
        encryptedAppTicket: {
          pending: client.encryptedAppTicketPending,
          lastSuccessAtMs: client.encryptedAppTicketLastSuccessAtMs,
          ready: client.encryptedAppTicket !== null,
        },
        advertisedGame: client.advertisedGame,
        gameConnections: [...client.gameConnections],
        appUsageEvents: [...client.appUsageEvents],
        durationControlOnlineState: client.durationControlOnlineState,
      };
    },
    server: (process) => {
      const server = registry.recordOf(process).server;
      if (server === null) return null;
      return {
        steamId: server.steamIdValue,
        loggedOn: server.loggedOn,
        secure: server.loggedOn && server.secureFlag,
        info: server.snapshot(),
        unauthenticatedUsers: [...server.unauthenticatedUsers],
        outgoingPacketCount: server.outgoingPackets.length,
      };
    },
  };
};
