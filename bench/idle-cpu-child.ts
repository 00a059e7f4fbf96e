/**
 * Child of benchmark 8 (idle-cpu.ts): a live client and game server on the fake library, the
 * automatic pump on asyncScheduler, a typed stream subscribed on each (as a game has), nothing
 * awaited; reports the process's CPU time over a wall-clock window as a percentage of one core,
 * and the frames the pump ran per second.
 *
 * argv: the pump (pumpArguments), windowMs.
 */
import { EServerMode } from '../native/enums';
import { serverInit } from '../src/init/server-init';
import { steamInit } from '../src/init/steam-init';
import { reportToParent } from './child-process';
import { loadBenchFake } from './fake-library';
import { PUMP_ARGUMENT_COUNT, pumpOptionsOf } from './pump-configs';
import { rightOf } from './right-of';

const SETTLE_MS = 300;

// A ref'd timer of its own keeps this process up: the idle pump does not.
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const main = async (): Promise<void> => {
  const pump = pumpOptionsOf(process.argv, 2);
  const windowMs = Number(process.argv[2 + PUMP_ARGUMENT_COUNT]);
  const fake = loadBenchFake();
  fake.reset();
  const options = { backend: 'native' as const, libraryPath: fake.libraryPath, ...pump };
  const client = rightOf(steamInit(options));
  const server = rightOf(serverInit('0.0.0.0', 27015, 27016, EServerMode.AuthenticationAndSecure, '1.0.0.0', options));
  const subscriptions = [client.validateAuthTicketResponse$.subscribe(), server.validateAuthTicketResponse$.subscribe()];
  let frames = 0;
  client.pump.frames$.subscribe(() => {
    frames += 1;
  });
  await sleep(SETTLE_MS);
  const framesBefore = frames;
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  await sleep(windowMs);
  const cpu = process.cpuUsage(cpuBefore);
  const wallMs = performance.now() - start;
  const framesPerSecond = ((frames - framesBefore) * 1000) / wallMs;
  for (const subscription of subscriptions) subscription.unsubscribe();
  server.serverShutdown();
  client.shutdown();
  reportToParent({ cpuPercent: ((cpu.user + cpu.system) / 1000 / wallMs) * 100, framesPerSecond });
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
