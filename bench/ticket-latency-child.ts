/**
 * Child of benchmark 7 (ticket-latency.ts): one client on the fake library, the automatic pump on
 * asyncScheduler as a game runs it, and authTicket$ flows whose response the fake posts a scripted
 * delay after the request (monotonic clock). Each request starts at a random point of the idle
 * interval; what is reported is the latency over the delay: what the pump adds to Steam's own.
 *
 * argv: the pump (pumpArguments), delayMs, trials.
 */
import { isLeft } from 'fp-ts/Either';
import { take } from 'rxjs';
import type { SteamClient } from '../src/client/steam-client';
import { steamInit } from '../src/init/steam-init';
import { reportToParent } from './child-process';
import { loadBenchFake } from './fake-library';
import { PUMP_ARGUMENT_COUNT, pumpOptionsOf } from './pump-configs';
import { rightOf } from './right-of';
import { median } from './timing';

const GET_TICKET = 'SteamAPI_ISteamUser_GetAuthSessionTicket';
const WARM_UP_TRIALS = 5;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Milliseconds from the request to the ticket. */
const oneTicket = (client: SteamClient): Promise<number> =>
  new Promise((resolve, reject) => {
    const start = performance.now();
    client
      .authTicket$()
      .pipe(take(1))
      .subscribe((ticket) => {
        if (isLeft(ticket)) reject(new Error(`bench: no ticket: ${ticket.left.message}`));
        else resolve(performance.now() - start);
      });
  });

const main = async (): Promise<void> => {
  const pump = pumpOptionsOf(process.argv, 2);
  const delayMs = Number(process.argv[2 + PUMP_ARGUMENT_COUNT]);
  const trials = Number(process.argv[3 + PUMP_ARGUMENT_COUNT]);
  const fake = loadBenchFake();
  fake.reset();
  fake.setOutput(GET_TICKET, Uint8Array.from({ length: 240 }, (_, index) => index & 0xff));
  fake.setReturn(GET_TICKET, 77n);
  fake.setTicketResponseDelay(delayMs);
  const client = rightOf(steamInit({ backend: 'native', libraryPath: fake.libraryPath, ...pump }));
  const overDelay: number[] = [];
  for (let trial = 0; trial < WARM_UP_TRIALS + trials; trial += 1) {
    // A random point of the idle interval, as a game's requests come.
    await sleep(Math.floor(Math.random() * (pump.pumpIntervalMs + 1)));
    const latency = await oneTicket(client);
    if (trial >= WARM_UP_TRIALS) overDelay.push(latency - delayMs);
  }
  const awaitingAfter = client.pump.awaiting;
  client.shutdown();
  if (awaitingAfter !== 0) throw new Error(`bench: ${awaitingAfter} pump holds left after the flows ended`);
  reportToParent({ medianMs: median(overDelay), maxMs: Math.max(...overDelay), minMs: Math.min(...overDelay) });
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
