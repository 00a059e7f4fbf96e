/**
 * The dedicated server's entry point: `node build/examples/dedicated-server/server.js` in the
 * container (see the Dockerfile beside this file), or `node -r ./scripts/register-typescript.js
 * examples/dedicated-server/server.ts --simulated` to try it without Steam.
 *
 * Settings come from the environment (config.ts): STEAM_BIND_IP, STEAM_GAME_PORT,
 * STEAM_QUERY_PORT, STEAM_GSLT, STEAM_SERVER_VERSION, STEAM_LOG_ON_TIMEOUT_MS; Valve's library
 * from STEAM_API_LIBRARY. SIGTERM (docker stop) or SIGINT (Ctrl-C) ends every player's session
 * and shuts the game server down.
 *
 * Exit code: 0 after a clean stop, 1 when the server could not start or run, 2 for a bad setting.
 */
import { asyncScheduler, lastValueFrom, reduce, Subject } from 'rxjs';
import { isLeft } from '../../src';
import { readConfig } from './config';
import { dedicatedServer$, type DedicatedServerEvent } from './dedicated-server';

const failureOf = (failure: string | undefined, event: DedicatedServerEvent): string | undefined => failure ?? (event.kind === 'failed' ? event.message : undefined);

const main = async (argv: readonly string[]): Promise<number> => {
  const config = readConfig(process.env, argv);
  if (isLeft(config)) {
    console.error(`dedicated server: ${config.left}`);
    return 2;
  }
  const stop = new Subject<void>();
  const onSignal = (signal: NodeJS.Signals): void => {
    console.log(`${signal}: stopping`);
    stop.next();
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  try {
    const failure = await lastValueFrom(
      dedicatedServer$({ config: config.right, stop$: stop, log: (line) => console.log(line), scheduler: asyncScheduler }).pipe(reduce(failureOf, undefined)),
    );
    if (failure === undefined) return 0;
    console.error(`dedicated server: ${failure}`);
    return 1;
  } catch (error) {
    console.error(`dedicated server: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
};

// exitCode, not exit(): the process ends once every socket and Steam endpoint is closed.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
