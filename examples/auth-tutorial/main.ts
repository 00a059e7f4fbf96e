/**
 * npm run example:auth [-- --p2p] [-- --native]
 *
 *   (no flag)  a game server and two players on the simulated Steam
 *   --p2p      three peers, each validating every other's ticket
 *   --native   Valve's libsteam_api (STEAM_API_LIBRARY, or the game's folders) and the Steam
 *              client running on this machine; without one, the typed init error is printed
 *
 * Exit code: 0 when the tutorial ran to the end, 1 when it failed (e.g. no Steam client), 2 for
 * a bad command line.
 */
import { isRight } from 'fp-ts/Either';
import { runTutorial, type TutorialOptions } from './run-tutorial';

const USAGE = 'usage: main.js [--p2p] [--native]';
const FLAGS = new Set(['--p2p', '--native']);

const optionsFrom = (argv: readonly string[]): TutorialOptions | undefined =>
  argv.every((flag) => FLAGS.has(flag))
    ? { backend: argv.includes('--native') ? 'native' : 'simulated', mode: argv.includes('--p2p') ? 'peer-to-peer' : 'server' }
    : undefined;

const main = async (): Promise<number> => {
  const options = optionsFrom(process.argv.slice(2));
  if (options === undefined) {
    console.error(USAGE);
    return 2;
  }
  const outcome = await runTutorial(options);
  return isRight(outcome) ? 0 : 1;
};

// exitCode rather than exit(): the process ends once nothing is left open, which is the point.
void main().then((code) => {
  process.exitCode = code;
});
