/**
 * The state shared by every process of one simulated Steam: the clock, the secret, the accounts,
 * every issued ticket, and the counters that make handles unique and runs reproducible.
 */
import { asyncScheduler, type SchedulerLike } from 'rxjs';
import { BusyHorizon } from './busy-horizon';
import { describeBusyness } from './busy-description';
import { DelayedActions } from './delayed-actions';
import type { ProcessRecord } from './process-record';
import type { SimulatedSteamOptions } from './simulated-options';
import { deriveSeedSecret, deriveUniverseSecret } from './ticket-mac';
import type { ClientEndpoint } from './client-endpoint';
import type { Endpoint } from './endpoint';
import { IssuedTicketIndex } from './issued-ticket-index';
import type { UserRecord } from './user-record';
import { nextUniverseOrdinal } from './universe-ordinal';
import { WEB_API_TICKET_LIFETIME_MS, WebApiTicketRegistry } from './web-api-ticket-registry';

const DAY_MS = 24 * 60 * 60 * 1000;

export class Universe {
  readonly scheduler: SchedulerLike;
  readonly appId: number;
  readonly latencyMs: number;
  readonly ticketLifetimeMs: number;
  readonly webApiTicketLifetimeMs: number;
  readonly voiceTailMs: number;
  readonly encryptedAppTicketIntervalMs: number;
  /** Which simulated Steam of the process this is (universe-ordinal.ts). */
  readonly ordinal: number;
  /** Keys every MAC: from the seed and the ordinal, so only this universe's tickets verify here. */
  readonly secret: Uint8Array;
  /** From the seed alone: what every simulated Steam with this seed agrees on (login token accounts). */
  readonly seedSecret: Uint8Array;
  readonly gameServerLoginTokens: ReadonlySet<string> | null;
  readonly publicIp: number;
  readonly serverReputationScore: number;

  readonly users = new Map<bigint, UserRecord>();
  /** Processes not yet disposed, in creation order (a disposed one leaves, so none accumulate). */
  readonly processes = new Set<ProcessRecord>();
  /** Every session ticket issued and not yet expired (cancelled ones too, to answer AuthTicketCanceled). */
  readonly tickets = new IssuedTicketIndex();
  /** Web API tickets the back end vouches for: not cancelled, their holder live, not expired. */
  readonly webApiTickets = new WebApiTicketRegistry();

  private readonly delayed: DelayedActions;
  private lastTicketId = 0;
  private lastHandle = 0;
  private lastApiCall = 0n;
  private lastAccountId = 999;
  private lastAnonymousServerAccountId = 0;
  private lastProcessId = 0;
  private lastSequence = 0;
  disposed = false;

  constructor(options: SimulatedSteamOptions) {
    this.scheduler = options.scheduler ?? asyncScheduler;
    this.delayed = new DelayedActions(this.scheduler, new BusyHorizon(this.scheduler, options.horizonMs, (busyForMs) => this.stopBusy(busyForMs)));
    this.appId = options.appId ?? 480;
    this.latencyMs = options.latencyMs ?? 20;
    this.ticketLifetimeMs = options.ticketLifetimeMs ?? DAY_MS;
    this.webApiTicketLifetimeMs = options.webApiTicketLifetimeMs ?? WEB_API_TICKET_LIFETIME_MS;
    this.voiceTailMs = options.voiceTailMs ?? 200;
    this.encryptedAppTicketIntervalMs = options.encryptedAppTicketIntervalMs ?? 60_000;
    this.ordinal = nextUniverseOrdinal();
    this.seedSecret = deriveSeedSecret(options.seed ?? 'steamworks-rx');
    this.secret = deriveUniverseSecret(options.seed ?? 'steamworks-rx', this.ordinal);
    this.gameServerLoginTokens = options.gameServerLoginTokens === undefined ? null : new Set(options.gameServerLoginTokens);
    this.publicIp = options.publicIp ?? 0xcb007107;
    this.serverReputationScore = options.serverReputationScore ?? 1000;
  }

  now(): number {
    return this.scheduler.now();
  }

  /** Past the horizon: says what kept it busy, stops for good, and throws (see busy-horizon.ts). */
  private stopBusy(busyForMs: number): never {
    const causes = describeBusyness(this);
    this.dispose();
    throw new Error(
      `steamworks-rx: the simulated Steam has been busy for ${busyForMs} virtual ms without a quiet moment: ${causes}; stop it, or raise horizonMs`,
    );
  }

  /** Runs `action` after `delayMs` of scheduler time (the latency by default); cancelled on dispose. */
  later(action: () => void, delayMs: number = this.latencyMs): void {
    if (!this.disposed) this.delayed.add(action, delayMs);
  }

  /** All live auth endpoints (clients and servers) of every process, in creation order. */
  liveEndpoints(): Endpoint[] {
    return [...this.processes].flatMap((process) => process.liveEndpoints());
  }

  /** Every live game client, in creation order. */
  liveClients(): ClientEndpoint[] {
    return [...this.processes].flatMap((process) => (process.client !== null && process.client.live ? [process.client] : []));
  }

  /**
   * The live game clients of `user`, in creation order: what a test's control acts on when Steam
   * does something to that user's running games. Throws for a user that was never added.
   */
  liveClientsOf(user: bigint): ClientEndpoint[] {
    if (!this.users.has(user)) throw new Error(`steamworks-rx: no simulated user ${user}`);
    return this.liveClients().filter((client) => client.user.steamId === user);
  }

  nextTicketId(): number {
    this.lastTicketId += 1;
    return this.lastTicketId;
  }

  /** HAuthTicket values: nonzero, unique in the universe (session and Web API tickets share them). */
  nextHandle(): number {
    this.lastHandle += 1;
    return this.lastHandle;
  }

  /** SteamAPICall_t values: nonzero, unique, and large like Steam's. */
  nextApiCall(): bigint {
    this.lastApiCall += 1n;
    return 0x1_0000_0000n + this.lastApiCall;
  }

  nextAccountId(): number {
    this.lastAccountId += 1;
    return this.lastAccountId;
  }

  nextAnonymousServerAccountId(): number {
    this.lastAnonymousServerAccountId += 1;
    return this.lastAnonymousServerAccountId;
  }

  nextProcessId(): number {
    this.lastProcessId += 1;
    return this.lastProcessId;
  }

  /** A general sequence (encrypted ticket IVs, unauthenticated user IDs). */
  nextSequence(): number {
    this.lastSequence += 1;
    return this.lastSequence;
  }

  /** Batches of delayed actions waiting on the scheduler (for inspect.retained()). */
  scheduledBatches(): number {
    return this.delayed.size();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.delayed.dispose();
    for (const process of this.processes) process.dispose();
    // Steam is gone: nothing it issued is vouched for any more.
    this.webApiTickets.clear();
  }
}
