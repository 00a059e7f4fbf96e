/**
 * A small racing game on the simulated Steam: four players drive three rounds of laps. Each lap
 * is posted to the "Lap times" leaderboard (keep-best, with the round and lap as details); the
 * round's winner stores a win, which unlocks achievements (FIRST_WIN by the game, HAT_TRICK by
 * Steam itself once the `wins` stat reaches 3, as a progress achievement). At the end every player reads the board around
 * their own entry, as a results screen would.
 *
 * Everything goes through the public API (client.stats); the simulated Steam plays Steam, on the
 * wall clock with its 20 ms latency, so this runs like a game would, in about a second.
 */
import { isLeft, type Either } from 'fp-ts/Either';
import { firstValueFrom, forkJoin, map, type Observable } from 'rxjs';
import { steamInit, type SteamClient } from '../../src';
import { createSimulatedSteam, type SimulatedStatsSchema } from '../../src/testing';

const ROUNDS = 3;
const BOARD = 'Lap times';
const PLAYERS = ['alice', 'bob', 'carol', 'dave'] as const;
type PlayerName = (typeof PLAYERS)[number];

/** What the game declares in App Admin: its stats, achievements and leaderboard. */
export const schema: SimulatedStatsSchema = {
  stats: [
    { name: 'wins', type: 'int', min: 0, incrementOnly: true, aggregated: true },
    { name: 'laps', type: 'int', min: 0, incrementOnly: true },
  ],
  achievements: [
    { name: 'FIRST_WIN', displayName: 'First win', description: 'Win a round' },
    { name: 'HAT_TRICK', displayName: 'Hat trick', description: 'Win three rounds', progress: { stat: 'wins', min: 0, max: 3 } },
  ],
  leaderboards: [{ name: BOARD, sortMethod: 'ascending', displayType: 'timeMilliseconds' }],
};

interface Player {
  readonly name: PlayerName;
  readonly steamId: bigint;
  readonly client: SteamClient;
  wins: number;
  laps: number;
}

/**
 * Each player's lap per round, in ms: fixed, so every run prints the same board. bob wins every
 * round (and Steam unlocks HAT_TRICK for him); carol's last lap ties alice's best, and alice,
 * who drove it first, keeps the higher rank; slower laps leave a best as it is.
 */
const LAPS: Readonly<Record<PlayerName, readonly number[]>> = {
  alice: [62_100, 59_800, 60_400],
  bob: [60_500, 59_700, 59_300],
  carol: [61_000, 60_300, 59_800],
  dave: [63_400, 60_000, 61_500],
};

const rightOr = <E extends { readonly message: string }, A>(what: string, value: Either<E, A>): A => {
  if (isLeft(value)) throw new Error(`${what}: ${value.left.message}`);
  return value.right;
};

const once = <E extends { readonly message: string }, A>(what: string, source: Observable<Either<E, A>>): Promise<A> => firstValueFrom(source.pipe(map((value) => rightOr(what, value))));

const seconds = (ms: number): string => `${(ms / 1000).toFixed(3)} s`;

/** Runs the game; every line it prints goes through `log`. */
export const runLeaderboardGame = async (log: (line: string) => void = console.log): Promise<void> => {
  const steam = createSimulatedSteam({ stats: schema });
  const players: Player[] = PLAYERS.map((name) => {
    const steamId = steam.addUser({ name });
    return { name, steamId, client: rightOr(`steamInit for ${name}`, steamInit({ backend: 'simulated', steam, user: steamId })), wins: 0, laps: 0 };
  });
  const nameOf = (steamId: bigint): string => players.find((player) => player.steamId === steamId)?.name ?? String(steamId);
  try {
    log(`Leaderboard example: ${players.length} players, ${ROUNDS} rounds on the simulated Steam`);
    await Promise.all(players.map((player) => once(`stats of ${player.name}`, player.client.stats.ready$)));
    const board = await once('the leaderboard', players[0]!.client.stats.leaderboard$(BOARD));
    log(`Board "${board.name}": sorted ${board.sortMethod}, shown as ${board.displayType}`);

    for (let round = 1; round <= ROUNDS; round += 1) {
      const times = players.map((player) => ({ player, ms: LAPS[player.name][round - 1] ?? 0 }));
      const winner = times.reduce((best, next) => (next.ms < best.ms ? next : best));
      // Every player posts their lap at once; keep-best leaves a slower lap off the board.
      const uploads = await firstValueFrom(
        forkJoin(
          times.map(({ player, ms }) =>
            player.client.stats.uploadScore$(board, ms, 'keepBest', [round, ms]).pipe(map((uploaded) => ({ player, ms, uploaded: rightOr(`upload of ${player.name}`, uploaded) }))),
          ),
        ),
      );
      log(`Round ${round}:`);
      for (const { player, ms, uploaded } of uploads) {
        const change = uploaded.scoreChanged ? `new best, rank ${uploaded.globalRankPrevious || '-'} -> ${uploaded.globalRankNew}` : `no better than their best (rank ${uploaded.globalRankNew})`;
        log(`  ${player.name.padEnd(6)} ${seconds(ms)}  ${change}`);
      }
      // The round's stats: laps for everyone, a win for the winner; each player's set and unlock
      // are sent by one StoreStats, coalesced by the SDK.
      winner.player.wins += 1;
      await Promise.all(
        players.map((player) => {
          player.laps += 1;
          const stores: Array<Observable<Either<{ readonly message: string }, unknown>>> = [player.client.stats.storeStatInt32('laps', player.laps)];
          if (player === winner.player) {
            stores.push(player.client.stats.storeStatInt32('wins', player.wins));
            if (player.wins === 1) stores.push(player.client.stats.unlockAchievement('FIRST_WIN'));
          }
          return firstValueFrom(forkJoin(stores.map((store) => store.pipe(map((stored) => rightOr(`store for ${player.name}`, stored))))));
        }),
      );
      log(`  winner: ${winner.player.name} (${winner.player.wins} win${winner.player.wins === 1 ? '' : 's'})`);
    }

    log('Achievements:');
    for (const player of players) {
      const unlocked = ['FIRST_WIN', 'HAT_TRICK'].filter((name) => rightOr('getAchievement', player.client.stats.getAchievement(name)));
      log(`  ${player.name.padEnd(6)} ${unlocked.length === 0 ? '(none)' : unlocked.map((name) => player.client.stats.getAchievementDisplayAttribute(name, 'name')).join(', ')}`);
    }

    log('The board around each player:');
    for (const player of players) {
      const entries = await once(`entries around ${player.name}`, player.client.stats.entries$(board, { request: 'globalAroundUser', start: -1, end: 1 }));
      log(`  ${player.name}:`);
      for (const entry of entries) {
        const marker = entry.steamId === player.steamId ? '>' : ' ';
        log(`   ${marker} #${entry.globalRank} ${nameOf(entry.steamId).padEnd(6)} ${seconds(entry.score)} (round ${entry.details[0] ?? '?'})`);
      }
    }
    const stored = players.map((player) => steam.stats.storedStats(player.steamId)?.stats.wins ?? 0).reduce((sum, wins) => sum + wins, 0);
    log(`Leaderboard example complete: ${ROUNDS} rounds, ${stored} wins stored, ${steam.stats.leaderboard(BOARD)?.entries.length ?? 0} entries on the board.`);
  } finally {
    for (const player of players) player.client.shutdown();
    steam.dispose();
  }
};
