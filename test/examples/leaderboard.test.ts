/**
 * The leaderboard example end to end: runLeaderboardGame on the simulated Steam (scores, ranks,
 * keep-best, the tie, achievements and the board around each player, line by line), and
 * `npm run example:leaderboard` itself.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { runLeaderboardGame } from '../../examples/leaderboard/leaderboard-game';

const root = path.join(__dirname, '..', '..');

describe('the leaderboard example', () => {
  it('posts every lap, keeps each best, ranks the tie by who drove it first, and shows the board around each player', async () => {
    const lines: string[] = [];
    await runLeaderboardGame((line) => lines.push(line));
    expect(lines).toContain('  alice  60.400 s  no better than their best (rank 2)');
    expect(lines).toContain('  carol  59.800 s  new best, rank 4 -> 3');
    expect(lines).toContain('  winner: bob (3 wins)');
    expect(lines).toContain('  bob    First win, Hat trick');
    expect(lines).toContain('  alice  (none)');
    const around = lines.slice(lines.indexOf('The board around each player:') + 1, -1);
    expect(around).toEqual([
      '  alice:',
      '     #1 bob    59.300 s (round 3)',
      '   > #2 alice  59.800 s (round 2)',
      '     #3 carol  59.800 s (round 3)',
      '  bob:',
      '   > #1 bob    59.300 s (round 3)',
      '     #2 alice  59.800 s (round 2)',
      '     #3 carol  59.800 s (round 3)',
      '  carol:',
      '     #2 alice  59.800 s (round 2)',
      '   > #3 carol  59.800 s (round 3)',
      '     #4 dave   60.000 s (round 2)',
      '  dave:',
      '     #2 alice  59.800 s (round 2)',
      '     #3 carol  59.800 s (round 3)',
      '   > #4 dave   60.000 s (round 2)',
    ]);
    expect(lines.at(-1)).toBe('Leaderboard example complete: 3 rounds, 3 wins stored, 4 entries on the board.');
  });
});

describe('npm run example:leaderboard', () => {
  it('runs the game to its final line with exit code 0', () => {
    const child = spawnSync('npm', ['run', '--silent', 'example:leaderboard'], { cwd: root, encoding: 'utf8', timeout: 90_000 });
    expect({ status: child.status, signal: child.signal, stderr: child.stderr.replace(/^npm warn.*\n/gm, '') }).toEqual({ status: 0, signal: null, stderr: '' });
    const lines = child.stdout.trim().split('\n');
    expect(lines[0]).toBe('Leaderboard example: 4 players, 3 rounds on the simulated Steam');
    expect(lines.at(-1)).toBe('Leaderboard example complete: 3 rounds, 3 wins stored, 4 entries on the board.');
  }, 120_000);
});
