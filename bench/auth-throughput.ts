/**
 * Benchmark 4: full auth cycles per second on the simulated Steam, one game server and 1,000
 * clients. A cycle is the reactive flow a game writes: client.authTicket$() (ticket, then Steam's
 * GetAuthSessionTicketResponse) -> server.authSession$(ticket) (BeginAuthSession, then
 * ValidateAuthTicketResponse OK) -> unsubscribe (EndAuthSession and CancelAuthTicket). Latency is
 * virtual (a VirtualTimeScheduler flushed per round), so only CPU time is measured.
 */
import { isLeft, left, type Either } from 'fp-ts/Either';
import { of, switchMap, take, type Observable } from 'rxjs';
import { EServerMode } from '../native/enums';
import { createSimulatedSteam } from '../native/simulated';
import type { SteamClient } from '../src/client/steam-client';
import { serverInit } from '../src/init/server-init';
import { steamInit } from '../src/init/steam-init';
import type { BenchResult } from './bench-result';
import { elapsedNs, now } from './timing';
import { VirtualClock } from './virtual-clock';

const CLIENTS = 1_000;
const ROUNDS = 6;
const TARGET_PER_SECOND = 20_000;

const rightOf = <E extends { readonly message: string }, A>(value: Either<E, A>): A => {
  if (isLeft(value)) throw new Error(`bench: ${value.left.message}`);
  return value.right;
};

export const authThroughput = (): BenchResult[] => {
  const scheduler = new VirtualClock();
  const steam = createSimulatedSteam({ scheduler, latencyMs: 20 });
  const server = rightOf(
    serverInit('0.0.0.0', 27015, 27016, EServerMode.AuthenticationAndSecure, '1.0.0.0', { backend: 'simulated', steam }),
  );
  rightOf(server.logOnAnonymous());
  const players: Array<{ readonly steamId: bigint; readonly client: SteamClient }> = [];
  for (let index = 0; index < CLIENTS; index += 1) {
    const steamId = steam.addUser();
    players.push({ steamId, client: rightOf(steamInit({ backend: 'simulated', steam, user: steamId })) });
  }
  scheduler.flush();

  let failures: string[] = [];
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
    return completed;
  };

  round();
  failures = [];
  let cycles = 0;
  const start = now();
  for (let index = 0; index < ROUNDS; index += 1) cycles += round();
  const seconds = elapsedNs(start) / 1e9;
  const openSessions = steam.inspect.authSessions().length;
  const openTickets = steam.inspect.openTickets().length;
  server.serverShutdown();
  for (const { client } of players) client.shutdown();
  steam.dispose();
  if (failures.length > 0 || cycles !== ROUNDS * CLIENTS) {
    throw new Error(`bench: ${cycles} of ${ROUNDS * CLIENTS} auth cycles succeeded; first failure: ${failures[0] ?? 'none'}`);
  }
  if (openSessions !== 0 || openTickets !== 0) throw new Error(`bench: ${openSessions} sessions and ${openTickets} tickets left open`);
  const perSecond = cycles / seconds;
  return [
    {
      name: `auth cycles, 1 server x ${CLIENTS} clients (simulated, virtual time)`,
      value: perSecond,
      unit: 'cycles/s',
      target: `>= ${TARGET_PER_SECOND.toLocaleString('en')}/s`,
      met: perSecond >= TARGET_PER_SECOND,
      note: 'ticket -> ticket response -> begin -> validate OK -> end + cancel',
    },
  ];
};
