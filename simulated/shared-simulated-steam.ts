/**
 * One default simulated Steam per scheduler: what steamInit({ backend: 'simulated' }) and
 * serverInit(…, { backend: 'simulated' }) join when given no `steam`, so a client and a server
 * started that way on one scheduler meet in the same Steam (and can validate each other's tickets).
 */
import { asyncScheduler, type SchedulerLike } from 'rxjs';
import { createSimulatedSteam, type SimulatedSteam } from './create-simulated-steam';

// Keyed weakly: a test's TestScheduler, and the Steam made for it, go when the test lets go.
const shared = new WeakMap<SchedulerLike, SimulatedSteam>();

/**
 * The simulated Steam shared by everything on `scheduler` (asyncScheduler when absent), made with
 * default options on first use. Once disposed, the next call makes a fresh one: a disposed Steam
 * accepts no new processes, and the default must always work.
 */
export const sharedSimulatedSteam = (scheduler: SchedulerLike = asyncScheduler): SimulatedSteam => {
  const existing = shared.get(scheduler);
  if (existing !== undefined && !existing.disposed) return existing;
  const steam = createSimulatedSteam({ scheduler });
  shared.set(scheduler, steam);
  return steam;
};
