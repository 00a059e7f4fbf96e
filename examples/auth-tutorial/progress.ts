/**
 * Where the tutorial stands, folded from every event: who is listening where, how many players
 * were let in, how many connections each endpoint has seen close. The script's cues (join, leave,
 * game over) are conditions on it.
 */
import { filter, mergeMap, scan, shareReplay, startWith, take, type Observable } from 'rxjs';
import type { HostAddress } from './client';
import type { TutorialEvent } from './events';

export interface Progress {
  readonly hosts: readonly HostAddress[];
  /** 'accepted' events: a player heard it was let in. */
  readonly accepted: number;
  /** Endpoints whose Steam client or server has shut down. */
  readonly shutDown: readonly string[];
}

const initialProgress: Progress = { hosts: [], accepted: 0, shutDown: [] };

export const progressAfter = (progress: Progress, event: TutorialEvent): Progress => {
  switch (event.kind) {
    case 'listening':
      return { ...progress, hosts: [...progress.hosts, { name: event.who, port: event.port }] };
    case 'accepted':
      return { ...progress, accepted: progress.accepted + 1 };
    case 'shut-down':
      return { ...progress, shutDown: [...progress.shutDown, event.who] };
    default:
      return progress;
  }
};

/**
 * The progress as a replayed stream: subscribe to it before anything else of `events$`, so it
 * has seen every event, and late subscribers get the current state at once.
 */
export const progressOf = (events$: Observable<TutorialEvent>): Observable<Progress> =>
  events$.pipe(scan(progressAfter, initialProgress), startWith(initialProgress), shareReplay({ bufferSize: 1, refCount: true }));

/** Emits once, when `condition` first holds. */
export const when = (progress$: Observable<Progress>, condition: (progress: Progress) => boolean): Observable<Progress> =>
  progress$.pipe(filter(condition), take(1));

/** Each host once, as it starts listening (including those already listening). */
export const hosts = (progress$: Observable<Progress>): Observable<HostAddress> =>
  progress$.pipe(
    scan((seen, progress) => ({ all: progress.hosts, fresh: progress.hosts.slice(seen.all.length) }), { all: [] as readonly HostAddress[], fresh: [] as readonly HostAddress[] }),
    mergeMap(({ fresh }) => fresh),
  );

export const hasShutDown = (progress: Progress, name: string): boolean => progress.shutDown.includes(name);

export const hostNamed = (progress$: Observable<Progress>, name: string): Observable<HostAddress> =>
  hosts(progress$).pipe(
    filter((host) => host.name === name),
    take(1),
  );
