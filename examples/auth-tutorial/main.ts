/**
 * npm run example:auth [-- --p2p] [-- --native] [-- --help]
 *
 * The flags and what they do are in FLAGS below, which is also what --help prints.
 *
 * Exit code: 0 when the tutorial ran to the end (or --help), 1 when it failed (e.g. no Steam
 * client), 2 for a bad command line.
 */
import { isRight } from 'fp-ts/Either';
import type { TutorialOptions } from './run-tutorial';

// One table for parsing and for --help, so the help cannot drift from the flags accepted.
const FLAGS = {
  '--p2p': ["peer to peer: alice, bob and carol, each validating every other's ticket,", "over Steam's NetworkingMessages by Steam ID (no game server, no sockets; simulated Steam only)"],
  '--native': [
    "Valve's libsteam_api instead of the simulated Steam, found through STEAM_API_LIBRARY",
    "(a file or a folder), else the game's folders; needs a running Steam client, otherwise",
    'the typed init error is printed and the exit code is 1',
  ],
  '--help': ['print this help and exit'],
} as const satisfies Record<string, readonly string[]>;

type Flag = keyof typeof FLAGS;

const isFlag = (argument: string): argument is Flag => Object.hasOwn(FLAGS, argument);

const USAGE = 'usage: npm run example:auth -- [--p2p] [--native] [--help]';

const HELP = [
  'The Steamworks authentication tutorial, end to end: by default a game server and two players',
  '(alice and bob) on the simulated Steam, talking over TCP on 127.0.0.1.',
  '',
  USAGE,
  '',
  ...Object.entries(FLAGS).flatMap(([flag, lines]) => lines.map((line, index) => `  ${(index === 0 ? flag : '').padEnd(10)} ${line}`)),
  '',
  'Exit code: 0 when the tutorial ran to the end, 1 when it failed, 2 for a bad command line.',
].join('\n');

const optionsFrom = (flags: readonly Flag[]): TutorialOptions => ({
  backend: flags.includes('--native') ? 'native' : 'simulated',
  mode: flags.includes('--p2p') ? 'peer-to-peer' : 'server',
});

const main = async (argv: readonly string[]): Promise<number> => {
  const unknown = argv.filter((argument) => !isFlag(argument));
  if (unknown.length > 0) {
    console.error(`unknown flag ${unknown.join(', ')}\n${USAGE}\n(--help explains each flag)`);
    return 2;
  }
  const flags = argv.filter(isFlag);
  if (flags.includes('--help')) {
    console.log(HELP);
    return 0;
  }
  // Loaded only now, so --help and a bad command line answer without loading the SDK.
  const { runTutorial } = await import('./run-tutorial');
  const outcome = await runTutorial(optionsFrom(flags));
  return isRight(outcome) ? 0 : 1;
};

// exitCode rather than exit(): the process ends once nothing is left open, which is the point.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
