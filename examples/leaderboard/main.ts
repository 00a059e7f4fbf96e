/**
 * npm run example:leaderboard
 *
 * A small game loop on the simulated Steam that unlocks achievements and posts scores for several
 * players, then prints the board around each player (see leaderboard-game.ts).
 *
 * Exit code: 0 when the game ran to the end, 1 when it failed.
 */
import { runLeaderboardGame } from './leaderboard-game';

runLeaderboardGame().then(
  () => {
    process.exitCode = 0;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
