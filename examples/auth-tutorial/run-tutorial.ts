/**
 * runTutorial: the authentication tutorial end to end, on the simulated Steam (default) or on
 * Valve's library, with a game server (default) or peer to peer. Prints through `log` and
 * resolves to what happened; it never rejects for an expected failure (a Steam that is not
 * running, a refused ticket), which comes back as a Left with the reason.
 */
import * as E from 'fp-ts/Either';
import { asyncScheduler, lastValueFrom, reduce, takeUntil, takeWhile, timer, type SchedulerLike } from 'rxjs';
import { openEndpoints, type Backend, type EndpointInitFailed, type Endpoints } from './endpoints';
import { initFailureLines } from './init-failure-lines';
import { peerToPeerTutorial$ } from './peer-to-peer';
import type { ScenarioSettings } from './scenario';
import { serverTutorial$ } from './server-tutorial';
import { emptyTally, tallyAfter, type Tally } from './tally';

export type TutorialMode = 'server' | 'peer-to-peer';

export interface TutorialOptions {
  /** Default 'simulated'. */
  readonly backend?: Backend;
  /** Default 'server'. */
  readonly mode?: TutorialMode;
  /** Default console.log. */
  readonly log?: (line: string) => void;
  /** Valve's library for `native` (else STEAM_API_LIBRARY, then the game's folders). */
  readonly libraryPath?: string;
  /** Drives the simulated Steam, timeouts and the deadline. Default asyncScheduler (the real clock). */
  readonly scheduler?: SchedulerLike;
  /** The whole tutorial must finish within this. Default 30 000 ms. */
  readonly deadlineMs?: number;
}

export interface TutorialSummary {
  readonly mode: TutorialMode;
  readonly backend: Backend;
  readonly players: readonly string[];
  readonly tally: Tally;
}

export interface UnsupportedMode {
  readonly _tag: 'UnsupportedMode';
  readonly message: string;
}

export interface TutorialFailed {
  readonly _tag: 'TutorialFailed';
  readonly tally: Tally;
  readonly message: string;
}

export type TutorialFailure = EndpointInitFailed | UnsupportedMode | TutorialFailed;

const DEFAULT_DEADLINE_MS = 30_000;
const LOG_ON_TIMEOUT_MS = 10_000;

const playersFor = (backend: Backend, mode: TutorialMode): readonly string[] => {
  // Valve's library signs in the one user of this machine's Steam client.
  if (backend === 'native') return ['player'];
  return mode === 'server' ? ['alice', 'bob'] : ['alice', 'bob', 'carol'];
};

/** What a complete run looks like, in counts: anything short of it (a deadline, a refusal) is a failure. */
const expectedTally = (mode: TutorialMode, players: number): Omit<Tally, 'failure'> =>
  mode === 'server'
    ? { admitted: players, canceled: 1, sessionsEnded: players, gamesOver: 1, disconnections: players }
    : { admitted: players * (players - 1), canceled: players - 1, sessionsEnded: players * (players - 1), gamesOver: players, disconnections: players * (players - 1) };

const shortfall = (tally: Tally, expected: Omit<Tally, 'failure'>, deadlineMs: number): string | undefined => {
  if (tally.failure !== undefined) return tally.failure;
  const missing = (Object.keys(expected) as (keyof typeof expected)[]).filter((key) => tally[key] !== expected[key]);
  return missing.length === 0
    ? undefined
    : `did not finish within ${deadlineMs} ms (${missing.map((key) => `${key} ${tally[key]} of ${expected[key]}`).join(', ')})`;
};

const stillRunning = (endpoints: Endpoints): readonly string[] => [
  ...(endpoints.server?.live === true ? ['server'] : []),
  ...endpoints.seats.filter((seat) => seat.client.live).map((seat) => seat.name),
];

export const runTutorial = async (options: TutorialOptions = {}): Promise<E.Either<TutorialFailure, TutorialSummary>> => {
  const backend = options.backend ?? 'simulated';
  const mode = options.mode ?? 'server';
  const print = options.log ?? ((line: string) => console.log(line));
  const scheduler = options.scheduler ?? asyncScheduler;
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const fail = (failure: TutorialFailure): E.Either<TutorialFailure, TutorialSummary> => {
    print(`Authentication tutorial failed: ${failure.message}`);
    return E.left(failure);
  };

  if (backend === 'native' && mode === 'peer-to-peer') {
    return fail({
      _tag: 'UnsupportedMode',
      message: "peer to peer needs two signed-in Steam users, and Valve's library gives one per machine: run it on the simulated Steam",
    });
  }
  const players = playersFor(backend, mode);
  print(`Authentication tutorial (${mode === 'server' ? 'game server and players' : 'peer to peer'}) on the ${backend} Steam`);
  const opened = openEndpoints({
    backend,
    withServer: mode === 'server',
    players,
    scheduler,
    ...(options.libraryPath === undefined ? {} : { libraryPath: options.libraryPath }),
  });
  if (E.isLeft(opened)) {
    initFailureLines(opened.left).forEach((line) => print(`[${opened.left.who}] ${line}`));
    return fail(opened.left);
  }
  const endpoints = opened.right;
  const settings: ScenarioSettings = { log: (who, line) => print(`[${who}] ${line}`), scheduler, logOnTimeoutMs: LOG_ON_TIMEOUT_MS };
  const events$ =
    endpoints.server === undefined ? peerToPeerTutorial$(endpoints.seats, settings) : serverTutorial$(endpoints.server, endpoints.seats, settings);

  const tally = await lastValueFrom(
    events$.pipe(
      takeUntil(timer(deadlineMs, scheduler)),
      takeWhile((event) => event.kind !== 'failed', true),
      reduce(tallyAfter, emptyTally),
    ),
  );
  // Whatever happened, nothing may be left open: every endpoint shuts down with its stream.
  const running = stillRunning(endpoints);
  endpoints.dispose();
  const problem = shortfall(tally, expectedTally(mode, players.length), deadlineMs) ?? (running.length > 0 ? `still running: ${running.join(', ')}` : undefined);
  if (problem !== undefined) return fail({ _tag: 'TutorialFailed', tally, message: problem });
  print(
    `Authentication tutorial complete: ${tally.admitted} ticket(s) validated, ${tally.canceled} cancelled by their holder, ` +
      `${tally.sessionsEnded} auth session(s) ended, everything shut down.`,
  );
  return E.right({ mode, backend, players, tally });
};
