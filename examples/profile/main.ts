/**
 * npm run example:profile [-- --png <file>] [-- --help]
 *
 * Prints a profile card read from the simulated Steam: your persona, the friends online with their
 * rich presence, your avatar (a terminal preview, or a PNG file with --png) and the DLC you own.
 * Exit code: 0 when the card was printed (or --help), 1 when a step failed, 2 for a bad command line.
 */
import { exitCodeOf, runProfile } from './profile-card';

const USAGE = 'usage: npm run example:profile -- [--png <file>] [--help]';
const HELP = [
  'A profile card on the simulated Steam: your persona, friends online with their rich presence,',
  'your avatar and the DLC you own, read through client.friends, client.apps and client.utils.',
  '',
  USAGE,
  '',
  '  --png      write your large avatar to <file> as a PNG instead of printing a preview',
  '  --help     print this help and exit',
].join('\n');

const main = async (argv: readonly string[]): Promise<number> => {
  let png: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--help') {
      console.log(HELP);
      return 0;
    }
    if (argument === '--png' && argv[index + 1] !== undefined) {
      png = argv[index + 1];
      index += 1;
      continue;
    }
    console.error(`unknown or incomplete argument ${JSON.stringify(argument)}; ${USAGE} (see --help)`);
    return 2;
  }
  return exitCodeOf(await runProfile(png === undefined ? {} : { png }));
};

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
