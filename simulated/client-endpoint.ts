/**
 * The client side of a simulated process: a signed-in user's ISteamUser state.
 */
import type { Universe } from './universe';
import type { ProcessRecord } from './process-record';
import { Endpoint, type AuthSubject } from './endpoint';
import type { UserRecord } from './user-record';
import { VoiceRecorder } from './voice-recorder';
import { WebApiTicketRegistry } from './web-api-ticket-registry';

/** A game connection begun with InitiateGameConnection and not yet terminated. */
export interface GameConnectionRecord {
  /** The game server's Steam ID. */
  readonly serverSteamId: bigint;
  /** The game server's IPv4 address, in host order. */
  readonly serverIp: number;
  /** The game server's port. */
  readonly serverPort: number;
  /** Whether the server was said to be VAC-secure. */
  readonly secure: boolean;
}

/** The game server a client advertises with AdvertiseGame. */
export interface AdvertisedGame {
  /** The game server's Steam ID. */
  readonly serverSteamId: bigint;
  /** The game server's IPv4 address, in host order. */
  readonly serverIp: number;
  /** The game server's port. */
  readonly serverPort: number;
}

/** One TrackAppUsageEvent call. */
export interface AppUsageEvent {
  /** The game ID given. */
  readonly gameId: bigint;
  /** The app usage event number given. */
  readonly appUsageEvent: number;
  /** The extra info text given. */
  readonly extraInfo: string;
}

export class ClientEndpoint extends Endpoint {
  readonly pipe = 'client' as const;
  readonly voice: VoiceRecorder;
  /** Web API tickets this client holds (the universe's registry has them too). */
  readonly webApiTickets = new WebApiTicketRegistry();
  /** What this process has been told (SteamServersConnected/Disconnected delivered): BLoggedOn. */
  loggedOnView: boolean;
  readonly signedInAtMs: number;
  encryptedAppTicketPending = false;
  encryptedAppTicketLastSuccessAtMs: number | null = null;
  encryptedAppTicket: Uint8Array | null = null;
  advertisedGame: AdvertisedGame | null = null;
  readonly gameConnections: GameConnectionRecord[] = [];
  durationControlOnlineState = 0;
  readonly appUsageEvents: AppUsageEvent[] = [];
  /** A live view of the user, made once: every validation reads it, and reads it at once. */
  private readonly subject: ClientAuthSubject;

  constructor(
    universe: Universe,
    process: ProcessRecord,
    readonly user: UserRecord,
  ) {
    super(universe, process);
    // Read the user's microphone at capture time, so a test can swap it mid-scenario.
    this.voice = new VoiceRecorder(() => universe.now(), (startMs, count, rate) => user.voiceSource(startMs, count, rate), universe.voiceTailMs);
    this.loggedOnView = user.loggedOn;
    this.signedInAtMs = universe.now();
    this.subject = new ClientAuthSubject(this, user);
  }

  steamId(): bigint {
    return this.user.steamId;
  }

  connected(): boolean {
    return this.live && this.user.loggedOn;
  }

  authSubject(): AuthSubject {
    return this.subject;
  }

  override end(): void {
    super.end();
    this.subject.detach();
  }

}

/**
 * A client's user as validation sees it, read live. A class, not an object literal with getters:
 * every instance then shares one shape, so validation's reads stay monomorphic.
 */
class ClientAuthSubject implements AuthSubject {
  private readonly user: UserRecord;
  /** null once the client is dead: it can never be connected again, and must not be kept alive. */
  private client: ClientEndpoint | null;

  constructor(client: ClientEndpoint, user: UserRecord) {
    this.client = client;
    this.user = user;
  }

  detach(): void {
    this.client = null;
  }

  get steamId(): bigint {
    return this.user.steamId;
  }

  get connected(): boolean {
    return this.client !== null && this.client.connected();
  }

  get ownsApp(): boolean {
    return this.user.ownsApp;
  }

  // Faults replace the DLC set, so it is read each time too.
  get dlc(): ReadonlySet<number> {
    return this.user.dlc;
  }

  get familySharingOwner(): bigint | null {
    return this.user.familySharingOwner;
  }

  get vacBanned(): boolean {
    return this.user.vacBanned;
  }

  get publisherBanned(): boolean {
    return this.user.publisherBanned;
  }

  get loggedInElsewhere(): boolean {
    return this.user.loggedInElsewhere;
  }
}
