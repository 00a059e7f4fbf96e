/**
 * The game-server side of a simulated process: ISteamGameServer state, including everything the
 * server advertised (readable by tests through the inspection API).
 */
import { EServerMode } from '../native/enums';
import type { ServerInitArguments } from '../native/steam-core';
import { Endpoint, type AuthSubject } from './endpoint';
import type { ProcessRecord } from './process-record';
import { notInitializedGameServerSteamId } from './steam-id';
import type { Universe } from './universe';

/** Everything a game server told Steam about itself. */
export interface SimulatedServerInfo {
  /** The IPv4 address given to SteamGameServer_Init, in host order (0: all). */
  readonly ip: number;
  /** The game port given to SteamGameServer_Init. */
  readonly gamePort: number;
  /** The query port given to SteamGameServer_Init. */
  readonly queryPort: number;
  /** The EServerMode given to SteamGameServer_Init. */
  readonly serverMode: number;
  /** The version string given to SteamGameServer_Init. */
  readonly versionString: string;
  /** Set by SetProduct ('' until then). */
  readonly product: string;
  /** Set by SetGameDescription ('' until then). */
  readonly gameDescription: string;
  /** Set by SetModDir ('' until then). */
  readonly modDir: string;
  /** Set by SetDedicatedServer (false until then). */
  readonly dedicated: boolean;
  /** Set by SetMaxPlayerCount (0 until then). */
  readonly maxPlayerCount: number;
  /** Set by SetBotPlayerCount (0 until then). */
  readonly botPlayerCount: number;
  /** Set by SetServerName ('' until then). */
  readonly serverName: string;
  /** Set by SetMapName ('' until then). */
  readonly mapName: string;
  /** Set by SetPasswordProtected (false until then). */
  readonly passwordProtected: boolean;
  /** Set by SetSpectatorPort (0 until then). */
  readonly spectatorPort: number;
  /** Set by SetSpectatorServerName ('' until then). */
  readonly spectatorServerName: string;
  /** Set by SetKeyValue, emptied by ClearAllKeyValues. */
  readonly keyValues: Readonly<Record<string, string>>;
  /** Set by SetGameTags ('' until then). */
  readonly gameTags: string;
  /** Set by SetGameData ('' until then). */
  readonly gameData: string;
  /** Set by SetRegion ('' until then). */
  readonly region: string;
  /** Set by SetAdvertiseServerActive (false until then). */
  readonly advertiseServerActive: boolean;
  /** UpdateUserData entries by Steam ID. */
  readonly players: ReadonlyMap<bigint, {
    /** The player's name. */
    readonly name: string;
    /** The player's score. */
    readonly score: number;
  }>;
}

export interface OutgoingPacket {
  readonly data: Uint8Array;
  readonly ip: number;
  readonly port: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export class ServerEndpoint extends Endpoint {
  readonly pipe = 'server' as const;
  steamIdValue: bigint = notInitializedGameServerSteamId;
  /** Connected to Steam, as the process has been told (set when SteamServersConnected_t is queued). */
  loggedOn = false;
  /** VAC-secure, per the last GSPolicyResponse_t. */
  secureFlag = false;
  restartRequested = false;
  readonly info: Mutable<Omit<SimulatedServerInfo, 'keyValues' | 'players'>>;
  readonly keyValues = new Map<string, string>();
  readonly players = new Map<bigint, { name: string; score: number }>();
  readonly unauthenticatedUsers = new Set<bigint>();
  readonly outgoingPackets: OutgoingPacket[] = [];
  /** Successful validations and minutes played, for GSGameplayStats_t. */
  totalConnects = 0;
  totalMillisecondsPlayed = 0;
  /** Who this server is to validation, read live (after steamIdValue, which it reads). */
  private readonly subject = new ServerAuthSubject(this);

  constructor(
    universe: Universe,
    process: ProcessRecord,
    readonly args: ServerInitArguments,
  ) {
    super(universe, process);
    this.info = {
      ip: args.ip,
      gamePort: args.gamePort,
      queryPort: args.queryPort,
      serverMode: args.serverMode,
      versionString: args.versionString,
      product: '',
      gameDescription: '',
      modDir: '',
      dedicated: false,
      maxPlayerCount: 0,
      botPlayerCount: 0,
      serverName: '',
      mapName: '',
      passwordProtected: false,
      spectatorPort: 0,
      spectatorServerName: '',
      gameTags: '',
      gameData: '',
      region: '',
      advertiseServerActive: false,
    };
  }

  /** Authentication and AuthenticationAndSecure servers get GSClientApprove_t / GSClientDeny_t. */
  authenticating(): boolean {
    return this.args.serverMode === EServerMode.Authentication || this.args.serverMode === EServerMode.AuthenticationAndSecure;
  }

  steamId(): bigint {
    return this.steamIdValue;
  }

  connected(): boolean {
    return this.live && this.loggedOn;
  }

  authSubject(): AuthSubject {
    return this.subject;
  }

  override end(): void {
    super.end();
    this.subject.detach();
  }

  snapshot(): SimulatedServerInfo {
    return {
      ...this.info,
      keyValues: Object.fromEntries(this.keyValues),
      players: new Map([...this.players].map(([steamId, player]) => [steamId, { ...player }])),
    };
  }
}

const NO_DLC: ReadonlySet<number> = new Set();

/** A game server as validation sees it (it owns no licence but its own), read live. */
class ServerAuthSubject implements AuthSubject {
  readonly ownsApp = true;
  readonly dlc = NO_DLC;
  readonly familySharingOwner = null;
  readonly vacBanned = false;
  readonly publisherBanned = false;
  readonly loggedInElsewhere = false;
  /** null once the server is dead; its Steam ID can no longer change then, so it is kept. */
  private server: ServerEndpoint | null;
  private lastSteamId: bigint;

  constructor(server: ServerEndpoint) {
    this.server = server;
    this.lastSteamId = server.steamIdValue;
  }

  detach(): void {
    if (this.server !== null) this.lastSteamId = this.server.steamIdValue;
    this.server = null;
  }

  get steamId(): bigint {
    return this.server === null ? this.lastSteamId : this.server.steamIdValue;
  }

  get connected(): boolean {
    return this.server !== null && this.server.connected();
  }
}
