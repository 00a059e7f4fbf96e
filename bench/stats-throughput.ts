/**
 * Benchmarks 10 and 11, ISteamUserStats on the simulated Steam (virtual time, so only CPU time
 * is measured), each beside the same work written against the core's UserStatsPort in the same
 * run (alternating trials): the core's own cost, which the SDK cannot go below.
 *
 * 10: achievement unlock cycles, 200 clients: client.stats.unlockAchievement(name) (SetAchievement,
 *     one coalesced StoreStats, then UserStatsStored_t and UserAchievementStored_t for it) against
 *     SetAchievement + StoreStats on the port, done when the raw UserAchievementStored_t names it.
 * 11: a 10,000-entry leaderboard download: client.stats.entries$ (DownloadLeaderboardEntries, the
 *     call result, every entry read with its details) against the port's download and
 *     GetDownloadedLeaderboardEntry loop.
 */
import { isLeft } from 'fp-ts/Either';
import { filter, take } from 'rxjs';
import { leasePump, type PumpLease } from '../native/pump';
import type { RawCallback, UserStatsPort } from '../native/steam-core';
import { readStruct } from '../native/struct-bytes';
import { hostPlatform, layoutOf, layoutsFor } from '../native/struct-layouts';
import { createSimulatedSteam, type SimulatedStatsSchema, type SimulatedSteam } from '../simulated';
import type { SteamClient } from '../src/client/steam-client';
import { steamInit } from '../src/init/steam-init';
import type { BenchResult } from './bench-result';
import { rightOf } from './right-of';
import { alternate, elapsedNs, now } from './timing';
import { VirtualClock } from './virtual-clock';

const CLIENTS = 200;
const ROUNDS_PER_TRIAL = 4;
const TRIALS = 5;
/** Every round unlocks a new achievement: enough for the warm-up and every trial. */
const ACHIEVEMENTS = (TRIALS + 1) * ROUNDS_PER_TRIAL;
const ENTRIES = 10_000;
const DOWNLOADS_PER_TRIAL = 5;
const BOARD = 'Bench';
const DETAILS_MAX = 64;

const schema: SimulatedStatsSchema = {
  stats: [{ name: 'score', type: 'int' }],
  achievements: Array.from({ length: ACHIEVEMENTS }, (_, index) => ({ name: `ACH_${index}` })),
};

const simulatedSteam = (): { readonly steam: SimulatedSteam; readonly scheduler: VirtualClock } => {
  const scheduler = new VirtualClock();
  return { steam: createSimulatedSteam({ scheduler, latencyMs: 20, stats: schema }), scheduler };
};

const achievementStored = layoutOf(layoutsFor(hostPlatform()), 'UserAchievementStored_t');
const scoresDownloaded = layoutOf(layoutsFor(hostPlatform()), 'LeaderboardScoresDownloaded_t');
const findResult = layoutOf(layoutsFor(hostPlatform()), 'LeaderboardFindResult_t');

/** A world whose `round()` runs one unlock per client and returns how many completed. */
interface UnlockWorld {
  round(): number;
  dispose(): void;
}

const sdkUnlocks = (): UnlockWorld => {
  const { steam, scheduler } = simulatedSteam();
  const clients: SteamClient[] = [];
  for (let index = 0; index < CLIENTS; index += 1) {
    const client = rightOf(steamInit({ backend: 'simulated', steam, user: steam.addUser() }));
    client.stats.ready$.pipe(take(1)).subscribe();
    clients.push(client);
  }
  scheduler.flush();
  let next = 0;
  return {
    round: () => {
      const name = `ACH_${next}`;
      next += 1;
      let completed = 0;
      let failed = '';
      for (const client of clients) {
        client.stats.unlockAchievement(name).subscribe((result) => {
          if (isLeft(result)) failed = result.left.message;
          else if (result.right.achievementName === name) completed += 1;
        });
      }
      scheduler.flush();
      if (failed !== '') throw new Error(`bench: an unlock failed: ${failed}`);
      return completed;
    },
    dispose: () => {
      for (const client of clients) client.shutdown();
      steam.dispose();
    },
  };
};

const portUnlocks = (): UnlockWorld => {
  const { steam, scheduler } = simulatedSteam();
  const leases: PumpLease[] = [];
  const ports: UserStatsPort[] = [];
  let completed = 0;
  let expected = '';
  for (let index = 0; index < CLIENTS; index += 1) {
    const process = steam.createProcess({ user: steam.addUser() });
    const port = rightOf(process.initClient()).userStats;
    ports.push(port);
    leases.push(leasePump(process, { scheduler }));
    process.callbacks$.subscribe((message: RawCallback) => {
      if (message.callbackId !== achievementStored.callbackId) return;
      const fields = readStruct(achievementStored, message.bytes);
      if ('m_rgchAchievementName' in fields && fields.m_rgchAchievementName === expected) completed += 1;
    });
    port.requestCurrentStats();
  }
  scheduler.flush();
  let next = 0;
  return {
    round: () => {
      expected = `ACH_${next}`;
      next += 1;
      completed = 0;
      for (const port of ports) {
        if (!port.setAchievement(expected) || !port.storeStats()) throw new Error('bench: the port refused an unlock');
      }
      scheduler.flush();
      return completed;
    },
    dispose: () => {
      for (const lease of leases) lease.release();
      steam.dispose();
    },
  };
};

/** Unlocks per second over ROUNDS_PER_TRIAL rounds; every unlock must complete. */
const unlockTrial = (world: UnlockWorld): number => {
  let unlocks = 0;
  const start = now();
  for (let index = 0; index < ROUNDS_PER_TRIAL; index += 1) unlocks += world.round();
  const seconds = elapsedNs(start) / 1e9;
  if (unlocks !== ROUNDS_PER_TRIAL * CLIENTS) throw new Error(`bench: ${unlocks} of ${ROUNDS_PER_TRIAL * CLIENTS} unlocks completed`);
  return unlocks / seconds;
};

export const achievementUnlocks = (): BenchResult[] => {
  const sdk = sdkUnlocks();
  const ports = portUnlocks();
  const figures = alternate(TRIALS, { sdk: () => unlockTrial(sdk), ports: () => unlockTrial(ports) });
  sdk.dispose();
  ports.dispose();
  return [
    {
      name: `achievement unlock cycles, ${CLIENTS} clients (simulated, virtual time)`,
      value: figures.sdk,
      unit: 'unlocks/s',
      baseline: { name: 'SetAchievement + StoreStats on the core port', value: figures.ports, unit: 'unlocks/s' },
      ratio: figures.sdk / figures.ports,
      note: 'unlockAchievement -> one coalesced StoreStats -> UserStatsStored_t + UserAchievementStored_t; median of 5 trials',
    },
  ];
};

/** A world with a 10,000-entry board; `download()` reads every entry and returns how many. */
interface DownloadWorld {
  download(): number;
  dispose(): void;
}

const boardWorld = (): { readonly steam: SimulatedSteam; readonly scheduler: VirtualClock; readonly user: bigint } => {
  const { steam, scheduler } = simulatedSteam();
  for (let index = 0; index < ENTRIES; index += 1) {
    steam.stats.postScore(BOARD, steam.addUser(), (index * 7919) % 100_000, [index, index * 2, index * 3]);
  }
  return { steam, scheduler, user: steam.addUser() };
};

const sdkDownloads = (): DownloadWorld => {
  const { steam, scheduler, user } = boardWorld();
  const client = rightOf(steamInit({ backend: 'simulated', steam, user }));
  let board = 0n;
  client.stats.leaderboard$(BOARD).subscribe((found) => {
    board = rightOf(found).handle;
  });
  scheduler.flush();
  return {
    download: () => {
      let read = 0;
      client.stats.entries$(board, { request: 'global', start: 1, end: ENTRIES }).subscribe((entries) => {
        read = rightOf(entries).length;
      });
      scheduler.flush();
      return read;
    },
    dispose: () => {
      client.shutdown();
      steam.dispose();
    },
  };
};

const portDownloads = (): DownloadWorld => {
  const { steam, scheduler, user } = boardWorld();
  const process = steam.createProcess({ user });
  const port = rightOf(process.initClient()).userStats;
  const lease = leasePump(process, { scheduler });
  let board = 0n;
  let read = 0;
  const details = new Int32Array(DETAILS_MAX);
  process.callbacks$.pipe(filter((message) => message.callbackId === findResult.callbackId)).subscribe((message) => {
    const fields = readStruct(findResult, message.bytes);
    if ('m_hSteamLeaderboard' in fields) board = fields.m_hSteamLeaderboard as bigint;
  });
  process.callbacks$.pipe(filter((message) => message.callbackId === scoresDownloaded.callbackId)).subscribe((message) => {
    const fields = readStruct(scoresDownloaded, message.bytes);
    if (!('m_cEntryCount' in fields)) return;
    const entries = fields.m_hSteamLeaderboardEntries as bigint;
    const count = fields.m_cEntryCount as number;
    for (let index = 0; index < count; index += 1) {
      const entry = port.getDownloadedLeaderboardEntry(entries, index, details);
      if (entry !== null) read += 1;
    }
  });
  port.findLeaderboard(BOARD);
  scheduler.flush();
  return {
    download: () => {
      read = 0;
      port.downloadLeaderboardEntries(board, 0, 1, ENTRIES);
      scheduler.flush();
      return read;
    },
    dispose: () => {
      lease.release();
      steam.dispose();
    },
  };
};

/** Downloads per second over DOWNLOADS_PER_TRIAL downloads; every entry must be read. */
const downloadTrial = (world: DownloadWorld): number => {
  let entries = 0;
  const start = now();
  for (let index = 0; index < DOWNLOADS_PER_TRIAL; index += 1) entries += world.download();
  const seconds = elapsedNs(start) / 1e9;
  if (entries !== DOWNLOADS_PER_TRIAL * ENTRIES) throw new Error(`bench: ${entries} of ${DOWNLOADS_PER_TRIAL * ENTRIES} entries read`);
  return DOWNLOADS_PER_TRIAL / seconds;
};

export const leaderboardDownload = (): BenchResult[] => {
  const sdk = sdkDownloads();
  const ports = portDownloads();
  const figures = alternate(TRIALS, { sdk: () => downloadTrial(sdk), ports: () => downloadTrial(ports) });
  sdk.dispose();
  ports.dispose();
  return [
    {
      name: `${ENTRIES.toLocaleString('en')}-entry leaderboard download (simulated, virtual time)`,
      value: figures.sdk,
      unit: 'downloads/s',
      baseline: { name: 'DownloadLeaderboardEntries + GetDownloadedLeaderboardEntry loop on the core port', value: figures.ports, unit: 'downloads/s' },
      ratio: figures.sdk / figures.ports,
      note: `entries$ global 1..${ENTRIES}, every entry read with up to 64 details; median of 5 trials`,
    },
  ];
};
