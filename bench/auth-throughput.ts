/**
 * Benchmark 4: full auth cycles per second on the simulated Steam, one game server and 1,000
 * clients. A cycle is the reactive flow a game writes: client.authTicket$() (ticket, then Steam's
 * GetAuthSessionTicketResponse) -> server.authSession$(ticket) (BeginAuthSession, then
 * ValidateAuthTicketResponse OK) -> unsubscribe (EndAuthSession and CancelAuthTicket). Latency is
 * virtual (a VirtualClock flushed per round), so only CPU time is measured.
 *
 * The baseline is the same cycle written against the core's ports (auth-port-cycles.ts) on a
 * universe of its own, in alternating trials: the core's own cost, which the SDK cannot go below.
 */
import { isLeft, left, type Either } from 'fp-ts/Either';
import { of, switchMap, take, type Observable } from 'rxjs';
import { EServerMode } from '../native/enums';
import { createSimulatedSteam, type SimulatedSteam } from '../simulated';
import type { SteamClient } from '../src/client/steam-client';
import { serverInit } from '../src/init/server-init';
import { steamInit } from '../src/init/steam-init';
import { portCycles } from './auth-port-cycles';
import type { BenchResult } from './bench-result';
import { rightOf } from './right-of';
import { alternate, elapsedNs, now } from './timing';
import { VirtualClock } from './virtual-clock';

const CLIENTS = 1_000;
const ROUNDS_PER_TRIAL = 4;
const TRIALS = 5;
const TARGET_PER_SECOND = 20_000;

const simulatedSteam = (): { readonly steam: SimulatedSteam; readonly scheduler: VirtualClock } => {
  const scheduler = new VirtualClock();
  return { steam: createSimulatedSteam({ scheduler, latencyMs: 20 }), scheduler };
};

/** 1,000 clients and a server through the public API; `round()` runs one flow per client. */
const sdkWorld = () => {
  const { steam, scheduler } = simulatedSteam();
  const server = rightOf(
    serverInit('0.0.0.0', 27015, 27016, EServerMode.AuthenticationAndSecure, '1.0.0.0', { backend: 'simulated', steam }),
  );
  server.logOnAnonymous();
  const players: Array<{ readonly steamId: bigint; readonly client: SteamClient }> = [];
  for (let index = 0; index < CLIENTS; index += 1) {
    const steamId = steam.addUser();
    players.push({ steamId, client: rightOf(steamInit({ backend: 'simulated', steam, user: steamId })) });
  }
  scheduler.flush();
  const failures: string[] = [];
  const round = (): number => {
    let completed = 0;
    for (const { steamId, client } of players) {
      client
        .authTicket$()
        .pipe(
          switchMap((ticket): Observable<Either<{ readonly message: string }, unknown>> =>
            isLeft(ticket) ? of(left(ticket.left)) : server.authSession$(ticket.right, steamId),
          ),
          take(1),
        )
        .subscribe((outcome) => {
          if (isLeft(outcome)) failures.push(outcome.left.message);
          else completed += 1;
        });
    }
    scheduler.flush();
    if (failures.length > 0) throw new Error(`bench: ${failures.length} auth flows failed; first: ${failures[0] ?? ''}`);
    return completed;
  };
  const dispose = (): void => {
    const openSessions = steam.inspect.authSessions().length;
    const openTickets = steam.inspect.openTickets().length;
    server.serverShutdown();
    for (const { client } of players) client.shutdown();
    steam.dispose();
    if (openSessions !== 0 || openTickets !== 0) throw new Error(`bench: ${openSessions} sessions and ${openTickets} tickets left open`);
  };
  return { round, dispose };
};

/** The same clients and server driven through the core's ports. */
const portWorld = () => {
  const { steam, scheduler } = simulatedSteam();
  const cycles = portCycles(steam, CLIENTS);
  scheduler.flush();
  const round = (): number => {
    cycles.startRound();
    scheduler.flush();
    return cycles.takeCompleted();
  };
  const dispose = (): void => {
    cycles.dispose();
    steam.dispose();
  };
  return { round, dispose };
};

/** Cycles per second over ROUNDS_PER_TRIAL rounds; every cycle must complete. */
const trial = (round: () => number): number => {
  let cycles = 0;
  const start = now();
  for (let index = 0; index < ROUNDS_PER_TRIAL; index += 1) cycles += round();
  const seconds = elapsedNs(start) / 1e9;
  if (cycles !== ROUNDS_PER_TRIAL * CLIENTS) throw new Error(`bench: ${cycles} of ${ROUNDS_PER_TRIAL * CLIENTS} auth cycles completed`);
  return cycles / seconds;
};

export const authThroughput = (): BenchResult[] => {
  const sdk = sdkWorld();
  const ports = portWorld();
  const figures = alternate(TRIALS, { sdk: () => trial(sdk.round), ports: () => trial(ports.round) });
  sdk.dispose();
  ports.dispose();
  return [
    {
      name: `auth cycles, 1 server x ${CLIENTS} clients (simulated, virtual time)`,
      value: figures.sdk,
      unit: 'cycles/s',
      baseline: { name: 'the same cycle on the core ports, no SDK', value: figures.ports, unit: 'cycles/s' },
      ratio: figures.sdk / figures.ports,
      target: `>= ${TARGET_PER_SECOND.toLocaleString('en')}/s`,
      met: figures.sdk >= TARGET_PER_SECOND,
      note: 'ticket -> ticket response -> begin -> validate OK -> end + cancel; median of 5 trials',
    },
  ];
};
