/**
 * The pump on an event-driven core (the simulated Steam signals `wakeups$` when it has work
 * due): one frame per burst of wake-ups, run from the scheduler, never inside the core's own call
 * stack, so virtual time ends when the core has nothing left to do.
 */
import { asapScheduler, asyncScheduler, type Observable, type SchedulerLike, type Subscription } from 'rxjs';
import { ArmedAction } from './armed-action';

/**
 * Frames due on one scheduler, run by one scheduled action in the order their cores woke up:
 * when Steam answers 1,000 simulated clients at the same moment, that is one action, not 1,000.
 * A wake-up during the run queues its frame for a new action, after this one.
 */
class DueFrames {
  private due: Array<() => void> = [];
  private readonly action: ArmedAction;

  constructor(scheduler: SchedulerLike) {
    this.action = new ArmedAction(frameScheduler(scheduler), () => this.run());
  }

  add(frame: () => void): void {
    this.due.push(frame);
    this.action.arm();
  }

  /** For a core whose frame is queued already: its run may have been dropped by the scheduler. */
  ensureArmed(): void {
    if (this.due.length > 0) this.action.arm();
  }

  private run(): void {
    const frames = this.due;
    this.due = [];
    for (let index = 0; index < frames.length; index += 1) {
      try {
        (frames[index] as () => void)();
      } catch (error) {
        // A frame that throws (only under rxjs's deprecated synchronous error mode) must not
        // cost the others theirs: they run in the next action, as if each had its own.
        this.due = [...frames.slice(index + 1), ...this.due];
        this.ensureArmed();
        throw error;
      }
    }
  }
}

/**
 * On real time, the frame runs as a microtask after the wake-up's call stack (asapScheduler), not
 * in a zero-delay timer: Node runs setTimeout(0) after at least 1 ms, which was the whole latency
 * the pump added to a simulated message or callback. The wake-ups themselves come from the
 * simulated Steam's timers, so a busy core still yields to I/O between frames. Any other
 * scheduler (virtual time in tests) runs frames itself.
 */
const frameScheduler = (scheduler: SchedulerLike): SchedulerLike => (scheduler === asyncScheduler ? asapScheduler : scheduler);

const dueFramesByScheduler = new WeakMap<SchedulerLike, DueFrames>();

const dueFrames = (scheduler: SchedulerLike): DueFrames => {
  let frames = dueFramesByScheduler.get(scheduler);
  if (frames === undefined) {
    frames = new DueFrames(scheduler);
    dueFramesByScheduler.set(scheduler, frames);
  }
  return frames;
};

/** Event-driven: one frame per burst of wake-ups, run from the scheduler (never inside the core's own call stack). */
export const followWakeups = (wakeups$: Observable<void>, scheduler: SchedulerLike, runCallbacks: () => void, running: () => boolean): Subscription => {
  let framePending = false;
  // Made once: a frame is due after every burst of a busy core, so no closure per frame.
  const frameDue = (): void => {
    framePending = false;
    runCallbacks();
  };
  const queue = dueFrames(scheduler);
  // A frame still queued when the pump stops finds it stopped and does nothing.
  return wakeups$.subscribe(() => {
    if (!running()) return;
    if (framePending) {
      queue.ensureArmed();
      return;
    }
    framePending = true;
    queue.add(frameDue);
  });
};
