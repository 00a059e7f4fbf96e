/** What a scenario (client-server or peer-to-peer) is given, and how its lines are printed. */
import { concat, defer, finalize, map, of, type Observable, type SchedulerLike } from 'rxjs';
import { by, type HostEvent, type LifecycleEvent, type PlayerEvent, type TutorialEvent } from './events';

export interface ScenarioSettings {
  /** Prints one line for `who` ("server" or a player's name). */
  readonly log: (who: string, line: string) => void;
  readonly scheduler: SchedulerLike;
  readonly logOnTimeoutMs: number;
}

export const logFor =
  (settings: ScenarioSettings, who: string) =>
  (line: string): void =>
    settings.log(who, line);

/**
 * An endpoint's events, tagged with its name. Its Steam client or server shuts down when they
 * end, however they end, after their own teardown (tickets cancelled, sessions ended); when they
 * complete, a 'shut-down' event follows.
 */
export const asEndpoint =
  (settings: ScenarioSettings, who: string, shutdown: () => void) =>
  (events$: Observable<HostEvent | PlayerEvent | LifecycleEvent>): Observable<TutorialEvent> =>
    concat(
      events$.pipe(
        map(by(who)),
        finalize(() => {
          shutdown();
          settings.log(who, who === 'server' ? 'Game server shut down' : 'Steam client shut down');
        }),
      ),
      // concat subscribes here only after the finalize above has run.
      defer(() => of(by(who)({ kind: 'shut-down' }))),
    );
