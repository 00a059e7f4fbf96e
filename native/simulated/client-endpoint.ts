/**
 * The client side of a simulated process: a signed-in user's ISteamUser state.
 */
import type { Universe } from './universe';
import type { ProcessRecord } from './process-record';
import { Endpoint, type AuthSubject } from './endpoint';
import type { UserRecord } from './user-record';
import { VoiceRecorder } from './voice-recorder';

export interface WebApiTicketRecord {
  readonly handle: number;
  readonly identity: string;
  readonly issuedAtMs: number;
}

export interface GameConnectionRecord {
  readonly serverSteamId: bigint;
  readonly serverIp: number;
  readonly serverPort: number;
  readonly secure: boolean;
}

export interface AdvertisedGame {
  readonly serverSteamId: bigint;
  readonly serverIp: number;
  readonly serverPort: number;
}

export interface AppUsageEvent {
  readonly gameId: bigint;
  readonly appUsageEvent: number;
  readonly extraInfo: string;
}

export class ClientEndpoint extends Endpoint {
  readonly pipe = 'client' as const;
  readonly voice: VoiceRecorder;
  readonly webApiTickets = new Map<number, WebApiTicketRecord>();
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

  /** A live view of the user, made once: every validation reads it, and reads it at once. */
  private readonly subject: AuthSubject = liveAuthSubject(this);
}

// Reads `client.user` on each access: this runs from a field initialiser, possibly before the
// constructor's parameter properties are assigned.
const liveAuthSubject = (client: ClientEndpoint): AuthSubject => ({
  get steamId() {
    return client.user.steamId;
  },
  get connected() {
    return client.connected();
  },
  get ownsApp() {
    return client.user.ownsApp;
  },
  // Faults replace the DLC set, so it is read each time too.
  get dlc() {
    return client.user.dlc;
  },
  get familySharingOwner() {
    return client.user.familySharingOwner;
  },
  get vacBanned() {
    return client.user.vacBanned;
  },
  get publisherBanned() {
    return client.user.publisherBanned;
  },
  get loggedInElsewhere() {
    return client.user.loggedInElsewhere;
  },
});
