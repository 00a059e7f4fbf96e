/**
 * A simulated Steam on rxjs's virtual time for tests at the stats ports: clients and game servers
 * as raw SteamCore sessions, every ISteamUserStats / ISteamGameServerStats callback they pump
 * decoded with the host layouts.
 */
import { VirtualTimeScheduler } from 'rxjs';
import { EServerMode } from '../../native/enums';
import type { ClientSession, RawCallback, ServerSession, UserStatsPort } from '../../native/steam-core';
import { readStruct, type RawStruct } from '../../native/struct-bytes';
import { hostPlatform, layoutOf, layoutsFor } from '../../native/struct-layouts';
import { createSimulatedSteam, type SimulatedProcess, type SimulatedStatsSchema, type SimulatedSteam } from '../../simulated';

export const NAMES: Readonly<Record<number, string>> = {
  1101: 'UserStatsReceived_t',
  1102: 'UserStatsStored_t',
  1103: 'UserAchievementStored_t',
  1104: 'LeaderboardFindResult_t',
  1105: 'LeaderboardScoresDownloaded_t',
  1106: 'LeaderboardScoreUploaded_t',
  1107: 'NumberOfCurrentPlayers_t',
  1108: 'UserStatsUnloaded_t',
  1109: 'UserAchievementIconFetched_t',
  1110: 'GlobalAchievementPercentagesReady_t',
  1111: 'LeaderboardUGCSet_t',
  1112: 'GlobalStatsReceived_t',
  1800: 'GSStatsReceived_t',
  1801: 'GSStatsStored_t',
};
const layouts = layoutsFor(hostPlatform());

export interface Seen {
  readonly name: string;
  readonly at: number;
  readonly apiCall: bigint | null;
  readonly ioFailure: boolean;
  readonly fields: RawStruct;
}

const decode = (message: RawCallback, at: number, as?: string): Seen => {
  const name = as ?? NAMES[message.callbackId] ?? `callback ${message.callbackId}`;
  const fields = message.kind === 'callResult' && message.ioFailure ? {} : (readStruct(layoutOf(layouts, name), message.bytes) as RawStruct);
  return { name, at, apiCall: message.kind === 'callResult' ? message.apiCall : null, ioFailure: message.kind === 'callResult' && message.ioFailure, fields };
};

export const schema: SimulatedStatsSchema = {
  stats: [
    { name: 'kills', type: 'int', min: 0, max: 1000, incrementOnly: true, aggregated: true },
    { name: 'accuracy', type: 'float', min: 0, max: 1 },
    { name: 'speed', type: 'avgRate' },
    { name: 'rank', type: 'int', setBy: 'gameServer' },
  ],
  achievements: [
    { name: 'FIRST_BLOOD', displayName: 'First blood', description: 'Win a fight', icon: { width: 1, height: 1, rgba: new Uint8Array([255, 0, 0, 255]) } },
    { name: 'CENTURION', hidden: true, progress: { stat: 'kills', min: 0, max: 100 } },
    { name: 'CHAMPION', setBy: 'gameServer' },
  ],
  leaderboards: [{ name: 'Fastest', sortMethod: 'ascending', displayType: 'timeMilliseconds' }],
};

export interface PortWorld {
  readonly steam: SimulatedSteam;
  readonly scheduler: VirtualTimeScheduler;
  /** A signed-in client: its port and every callback it pumped. */
  client(user?: bigint): { readonly steamId: bigint; readonly process: SimulatedProcess; readonly session: ClientSession; readonly stats: UserStatsPort; readonly seen: Seen[] };
  /** A game server, logged on anonymously: its session and every callback it pumped. */
  server(): { readonly process: SimulatedProcess; readonly session: ServerSession; readonly seen: Seen[] };
  /** Runs virtual time to the end and pumps every process. */
  settle(): void;
}

export const portWorld = (options: { readonly schema?: SimulatedStatsSchema } = {}): PortWorld => {
  const scheduler = new VirtualTimeScheduler();
  const steam = createSimulatedSteam({ scheduler, latencyMs: 20, stats: options.schema ?? schema });
  const processes: SimulatedProcess[] = [];
  return {
    steam,
    scheduler,
    client: (user) => {
      const steamId = user ?? steam.addUser();
      const process = steam.createProcess({ user: steamId });
      processes.push(process);
      const session = process.initClient();
      if (session._tag === 'Left') throw new Error(session.left.message);
      const seen: Seen[] = [];
      process.callbacks$.subscribe((message) => {
        // Only ISteamUserStats' callbacks: connection changes and the like are other slices'.
        if (message.pipe === 'client' && NAMES[message.callbackId] !== undefined) seen.push(decode(message, scheduler.now()));
      });
      return { steamId, process, session: session.right, stats: session.right.userStats, seen };
    },
    server: () => {
      const process = steam.createProcess();
      processes.push(process);
      const session = process.initServer({ ip: 0, gamePort: 27015, queryPort: 27016, serverMode: EServerMode.AuthenticationAndSecure, versionString: '1.0.0.0' });
      if (session._tag === 'Left') throw new Error(session.left.message);
      session.right.server.logOnAnonymous();
      const seen: Seen[] = [];
      process.callbacks$.subscribe((message) => {
        if (message.pipe === 'server' && NAMES[message.callbackId] !== undefined) {
          seen.push(decode(message, scheduler.now(), message.callbackId === 1108 ? 'GSStatsUnloaded_t' : undefined));
        }
      });
      return { process, session: session.right, seen };
    },
    settle: () => {
      scheduler.flush();
      for (const process of processes) process.runCallbacks();
    },
  };
};

