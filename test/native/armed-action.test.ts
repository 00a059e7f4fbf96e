import { queueScheduler, VirtualTimeScheduler } from 'rxjs';
import { ArmedAction } from '../../native/armed-action';

describe('ArmedAction', () => {
  it('schedules one run however often it is armed while waiting, and can be armed again once it ran', () => {
    const scheduler = new VirtualTimeScheduler();
    const ranAt: number[] = [];
    const action = new ArmedAction(scheduler, () => ranAt.push(scheduler.now()));
    action.arm(10);
    action.arm(10);
    action.arm(5);
    expect(action.armed).toBe(true);
    scheduler.flush();
    expect(ranAt).toEqual([10]);
    expect(action.armed).toBe(false);
    action.arm(10);
    scheduler.flush();
    expect(ranAt).toEqual([10, 20]);
  });

  it('is not left armed by a scheduler that runs the work at once, inside schedule()', () => {
    let runs = 0;
    const action = new ArmedAction(queueScheduler, () => {
      runs += 1;
    });
    action.arm();
    expect(runs).toBe(1);
    expect(action.armed).toBe(false);
    action.arm();
    expect(runs).toBe(2);
  });

  it('cancel() drops the waiting run; arming again schedules a new one', () => {
    const scheduler = new VirtualTimeScheduler();
    let runs = 0;
    const action = new ArmedAction(scheduler, () => {
      runs += 1;
    });
    action.arm(10);
    action.cancel();
    expect(action.armed).toBe(false);
    scheduler.flush();
    expect(runs).toBe(0);
    action.arm(10);
    scheduler.flush();
    expect(runs).toBe(1);
  });
});
