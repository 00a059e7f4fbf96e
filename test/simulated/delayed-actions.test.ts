import { TestScheduler } from 'rxjs/testing';
import { VirtualClock } from '../../bench/virtual-clock';
import { DelayedActions } from '../../simulated/delayed-actions';

const newScheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

describe('DelayedActions', () => {
  it('runs actions by due time, then in the order they were asked for, whatever the delays', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const delayed = new DelayedActions(scheduler);
      const ran: string[] = [];
      const note = (name: string) => () => ran.push(`${name}@${scheduler.now()}`);
      delayed.add(note('a'), 20);
      delayed.add(note('b'), 20);
      delayed.add(note('c'), 5);
      delayed.add(note('d'), 20);
      scheduler.schedule(() => {
        delayed.add(note('e'), 10);
        delayed.add(note('f'), 0);
      }, 10);
      flush();
      expect(ran).toEqual(['c@5', 'f@10', 'a@20', 'b@20', 'd@20', 'e@20']);
    });
  });

  it('runs an action asked for by a running action after the ones already due', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const delayed = new DelayedActions(scheduler);
      const ran: string[] = [];
      delayed.add(() => {
        ran.push('first');
        delayed.add(() => ran.push('asked by first'), 0);
      }, 10);
      delayed.add(() => ran.push('second'), 10);
      scheduler.schedule(() => ran.push('other work due then'), 10);
      flush();
      expect(ran).toEqual(['first', 'second', 'other work due then', 'asked by first']);
    });
  });

  it('cancels everything on dispose, also the rest of a batch disposed from inside', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const delayed = new DelayedActions(scheduler);
      const ran: string[] = [];
      delayed.add(() => ran.push('early'), 5);
      delayed.add(() => {
        ran.push('disposer');
        delayed.dispose();
      }, 10);
      delayed.add(() => ran.push('batch-mate'), 10);
      delayed.add(() => ran.push('later'), 30);
      flush();
      delayed.add(() => ran.push('after dispose'), 1);
      flush();
      expect(ran).toEqual(['early', 'disposer']);
      // Nothing was left on the scheduler: virtual time stopped at the dispose.
      expect(scheduler.now()).toBe(10);
    });
  });

  // As with one scheduler action per delayed action, what survives a throwing action is up to the scheduler.
  it('keeps the batch-mates of a throwing action scheduled on a scheduler that keeps the rest', () => {
    const clock = new VirtualClock();
    const delayed = new DelayedActions(clock);
    const ran: string[] = [];
    delayed.add(() => {
      throw new Error('a bug');
    }, 10);
    delayed.add(() => ran.push('batch-mate'), 10);
    expect(() => clock.flush()).toThrow('a bug');
    delayed.add(() => ran.push('next'), 0);
    clock.flush();
    expect(ran).toEqual(['batch-mate', 'next']);
  });

  it('still runs new actions on a scheduler that drops everything after a throw', () => {
    const scheduler = newScheduler();
    const delayed = new DelayedActions(scheduler);
    const ran: string[] = [];
    delayed.add(() => {
      throw new Error('a bug');
    }, 10);
    delayed.add(() => ran.push('batch-mate'), 10);
    expect(() => scheduler.flush()).toThrow('a bug');
    delayed.add(() => ran.push('next'), 0);
    scheduler.flush();
    expect(ran).toEqual(['next']);
  });
});
