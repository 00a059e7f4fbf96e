/**
 * The game-server side of a simulated process: ISteamGameServer state, including everything the
 * server advertised (readable by tests through the inspection API).
 */
import { EServerMode } from '../enums';
import type { ServerInitArguments } from '../steam-core';
import { Endpoint, type AuthSubject } from './endpoint';
import type { ProcessRecord } from './process-record';
import { notInitializedGameServerSteamId } from './steam-id';
import type { Universe } from './universe';

/** Everything a game server told Steam about itself. */
export interface SimulatedServerInfo {
  readonly ip: number;
  readonly gamePort: number;
  readonly queryPort: number;
  readonly serverMode: number;
  readonly versionString: string;
  readonly product: string;
  readonly gameDescription: string;
  readonly modDir: string;
  readonly dedicated: boolean;
  readonly maxPlayerCount: number;
  readonly botPlayerCount: number;
  readonly serverName: string;
  readonly mapName: string;
  readonly passwordProtected: boolean;
  readonly spectatorPort: number;
  readonly spectatorServerName: string;
  readonly keyValues: Readonly<Record<string, string>>;
  readonly gameTags: string;
  readonly gameData: string;
  readonly region: string;
  readonly advertiseServerActive: boolean;
  /** UpdateUserData entries by Steam ID. */
  readonly players: ReadonlyMap<bigint, { readonly name: string; readonly score: number }>;
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
