/**
 * Read-only views of the universe for tests: which tickets are open, which sessions are held,
 * whether a microphone is on, what was called, what is still in flight. Everything is a snapshot
 * (plain values), so assertions never see later mutations.
 */
import type { Pipe, RawCallback } from '../native/steam-core';
import type { AdvertisedGame, AppUsageEvent, GameConnectionRecord } from './client-endpoint';
import type { AuthSessionState, Endpoint } from './endpoint';
import type { ProcessRecord } from './process-record';
import type { ProcessRegistry } from './process-registry';
import type { SimulatedServerInfo } from './server-endpoint';
import type { SimulatedProcess } from './simulated-process';
import type { Universe } from './universe';
import type { VoiceRecordingState } from './voice-recorder';

/** A session ticket issued and not cancelled (what openTickets lists). */
export interface TicketSnapshot {
  /** The HAuthTicket GetAuthSessionTicket returned for it. */
  readonly handle: number;
  /** The ticket ID written in its bytes: unique in this simulated Steam, counting up from 1. */
  readonly ticketId: number;
  /** The processId of the process that issued it. */
  readonly processId: number;
  /** Which side of that process issued it: its client or its game server. */
  readonly pipe: Pipe;
  /** The Steam ID of the issuer when it issued the ticket. */
  readonly issuerSteamId: bigint;
  /** The identity the ticket was made for (GetAuthSessionTicket's remote Steam ID), or null for none. */
  readonly remoteSteamId: bigint | null;
  /** When it was issued, in scheduler milliseconds. */
  readonly issuedAtMs: number;
  /** When it expires (issuedAtMs + ticketLifetimeMs), in scheduler milliseconds. */
  readonly expiresAtMs: number;
  /** The first identity that began a session with it. */
  readonly usedBy: bigint | null;
}

/** A web API ticket Steam's back end would still accept (not cancelled, holder live, not expired). */
export interface WebApiTicketSnapshot {
  /** The HAuthTicket GetAuthTicketForWebApi returned for it. */
  readonly handle: number;
  /** The processId of the process whose client holds it. */
  readonly processId: number;
  /** The Steam ID of the user it was issued for. */
  readonly steamId: bigint;
  /** The service identity it was requested for ('' when none). */
  readonly identity: string;
  /** When it was issued, in scheduler milliseconds. */
  readonly issuedAtMs: number;
  /** When it expires (issuedAtMs + webApiTicketLifetimeMs), in scheduler milliseconds. */
  readonly expiresAtMs: number;
}

/** An auth session begun with BeginAuthSession and not ended (what authSessions lists). */
export interface AuthSessionSnapshot {
  /** The processId of the process that holds the session. */
  readonly processId: number;
  /** Which side of the process holds the session. */
  readonly pipe: Pipe;
  /** The holder's Steam ID now. */
  readonly holderSteamId: bigint;
  /** The Steam ID the ticket was presented for (BeginAuthSession's Steam ID). */
  readonly steamId: bigint;
  /** The owner of the game named in the last validation answer (the Family Sharing lender, or the user); `steamId` until one is sent. */
  readonly ownerSteamId: bigint;
  /** Where validation stands. */
  readonly state: AuthSessionState;
  /** The last EAuthSessionResponse sent (null while validation is in flight). */
  readonly response: number | null;
  /** The HAuthTicket of the ticket the session was begun with, as its issuer knows it. */
  readonly ticketHandle: number | null;
  /** When BeginAuthSession was called, in scheduler milliseconds. */
  readonly beganAtMs: number;
}

/** An asynchronous API call (SteamAPICall_t) whose result has not been queued yet. */
export interface PendingCallSnapshot {
  /** The processId of the process that made the call. */
  readonly processId: number;
  /** The pipe the result will arrive on. */
  readonly pipe: Pipe;
  /** The SteamAPICall_t handle the call returned. */
  readonly apiCall: bigint;
  /** The k_iCallback of the result struct. */
  readonly callbackId: number;
  /** The name of the result struct (for example `EncryptedAppTicketResponse_t`). */
  readonly structName: string;
  /** When the call was made, in scheduler milliseconds. */
  readonly startedAtMs: number;
}

/** A client's microphone. */
export interface VoiceSnapshot {
  /** 'off', 'recording', or 'tail' (still capturing after StopVoiceRecording). */
  readonly state: VoiceRecordingState;
  /** True while capturing, including the tail after StopVoiceRecording. */
  readonly recording: boolean;
  /** Compressed bytes waiting for GetVoice. */
  readonly pendingBytes: number;
}

/** The live client (ISteamUser) of a process. */
export interface ClientSnapshot {
  /** The Steam ID of the signed-in user. */
  readonly steamId: bigint;
  /** What BLoggedOn answers. */
  readonly loggedOn: boolean;
  /** The microphone. */
  readonly voice: VoiceSnapshot;
  /** Handles of the Web API tickets this client holds that are still valid. */
  readonly webApiTicketHandles: readonly number[];
  /** RequestEncryptedAppTicket's state. */
  readonly encryptedAppTicket: {
    /** A request is in flight. */
    readonly pending: boolean;
    /** When the last request succeeded, in scheduler milliseconds; null if none has. */
    readonly lastSuccessAtMs: number | null;
    /** A ticket is there for GetEncryptedAppTicket. */
    readonly ready: boolean;
  };
  /** The game server the client advertises (AdvertiseGame), or null for none. */
  readonly advertisedGame: AdvertisedGame | null;
  /** Game connections begun with InitiateGameConnection and not terminated. */
  readonly gameConnections: readonly GameConnectionRecord[];
  /** Every TrackAppUsageEvent call, oldest first. */
  readonly appUsageEvents: readonly AppUsageEvent[];
  /** EDurationControlOnlineState last set (0: never). */
  readonly durationControlOnlineState: number;
}

/** The live game server (ISteamGameServer) of a process. */
export interface ServerSnapshot {
  /** What GetSteamID answers: 1 (k_steamIDNotInitYetGS) until the server has logged on. */
  readonly steamId: bigint;
  /** Logged on to Steam, as the process has been told (SteamServersConnected_t queued). */
  readonly loggedOn: boolean;
  /** What BSecure answers: logged on and VAC-secure per the last GSPolicyResponse_t. */
  readonly secure: boolean;
  /** Everything the server told Steam about itself. */
  readonly info: SimulatedServerInfo;
  /** Steam IDs CreateUnauthenticatedUserConnection gave out. */
  readonly unauthenticatedUsers: readonly bigint[];
  /** Packets queued for GetNextOutgoingPacket. */
  readonly outgoingPacketCount: number;
}

/** A simulated Steam account, as Steam's back end knows it. */
export interface SimulatedUserSnapshot {
  /** The account's Steam ID. */
  readonly steamId: bigint;
  /** The user's name. */
  readonly name: string;
  /** The user's Steam client is connected to Steam (back-end truth, not what a process has been told yet). */
  readonly loggedOn: boolean;
  /** The user owns the simulated Steam's app. */
  readonly ownsApp: boolean;
  /** The DLC app IDs the user owns. */
  readonly dlc: readonly number[];
  /** The user is VAC banned. */
  readonly vacBanned: boolean;
  /** The user is banned by the publisher. */
  readonly publisherBanned: boolean;
  /** The account has signed in elsewhere (faults.logInElsewhere). */
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
  /** Accounts added. */
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

/** Read-only views of a simulated Steam for tests: every answer is a snapshot (plain values). */
export interface SimulatedInspection {
  /** The account with this Steam ID, or null when there is none. */
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
