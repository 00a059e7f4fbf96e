/**
 * When a wait of `timeoutMs` gives up. `callResultTimeoutMs` may be Infinity ("wait for ever"),
 * and a timer of Infinity would fire at once (setTimeout clamps it to 1 ms): that wait never ends.
 */
import { NEVER, timer, type Observable, type SchedulerLike } from 'rxjs';

/** Emits once after `timeoutMs` on `scheduler`, or never when `timeoutMs` is not finite. */
export const deadline$ = (timeoutMs: number, scheduler: SchedulerLike): Observable<0> => (Number.isFinite(timeoutMs) ? timer(timeoutMs, scheduler) : NEVER);
