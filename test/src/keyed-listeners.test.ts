import { Observable, Subject } from 'rxjs';
import { keyedListeners } from '../../src/session/keyed-listeners';

interface Message {
  readonly key: bigint;
  readonly value: string;
}

/** A session's shutdown registry in miniature: `shutdown()` runs what is registered, once. */
const shutdownRegistry = () => {
  const callbacks = new Set<() => void>();
  return {
    whenShutdown: (callback: () => void) => {
      callbacks.add(callback);
      return () => {
        callbacks.delete(callback);
      };
    },
    shutdown: () => {
      for (const callback of [...callbacks]) callback();
      callbacks.clear();
    },
    get registered() {
      return callbacks.size;
    },
  };
};

/** Counts subscriptions to whichever Subject `current` returns at subscribe time. */
/** A listener that records what it hears, prefixed with its name. */
const recorder = (seen: string[], name = '') => ({ next: (message: Message) => seen.push(`${name}${message.value}`) });

const countedSource = (current: () => Subject<Message>) => {
  const counter = { subscriptions: 0, total: 0 };
  const counted$ = new Observable<Message>((subscriber) => {
    counter.subscriptions += 1;
    counter.total += 1;
    const inner = current().subscribe(subscriber);
    return () => {
      counter.subscriptions -= 1;
      inner.unsubscribe();
    };
  });
  return { counted$, counter };
};

describe('keyedListeners', () => {
  it('delivers each value only to the listeners of its key, through one source subscription; removal is by identity and idempotent', () => {
    const source = new Subject<Message>();
    const { counted$, counter } = countedSource(() => source);
    const registry = shutdownRegistry();
    const listeners = keyedListeners(counted$, (message: Message) => message.key, registry.whenShutdown);
    const seen: string[] = [];
    expect(counter.subscriptions).toBe(0);
    const [a, b, a2] = [recorder(seen, 'a:'), recorder(seen, 'b:'), recorder(seen, 'a2:')];
    listeners.add(1n, a);
    listeners.add(2n, b);
    listeners.add(1n, a2);
    expect(counter.subscriptions).toBe(1);
    source.next({ key: 1n, value: 'x' });
    source.next({ key: 3n, value: 'nobody' });
    source.next({ key: 2n, value: 'y' });
    expect(seen).toEqual(['a:x', 'a2:x', 'b:y']);
    listeners.remove(1n, a);
    listeners.remove(1n, a);
    listeners.remove(2n, a);
    source.next({ key: 1n, value: 'z' });
    expect(seen).toEqual(['a:x', 'a2:x', 'b:y', 'a2:z']);
    listeners.remove(1n, a2);
    listeners.remove(2n, b);
    source.next({ key: 2n, value: 'late' });
    expect(seen).toHaveLength(4);
  });

  it('holds the source from the first listener until shutdown, not per listener', () => {
    const source = new Subject<Message>();
    const { counted$, counter } = countedSource(() => source);
    const registry = shutdownRegistry();
    const listeners = keyedListeners(counted$, (message: Message) => message.key, registry.whenShutdown);
    const seen: string[] = [];
    for (let round = 0; round < 3; round += 1) {
      const listener = recorder(seen);
      listeners.add(BigInt(round), listener);
      source.next({ key: BigInt(round), value: `round ${round}` });
      listeners.remove(BigInt(round), listener);
    }
    expect(seen).toEqual(['round 0', 'round 1', 'round 2']);
    expect(counter).toEqual({ subscriptions: 1, total: 1 });
    expect(registry.registered).toBe(1);
    registry.shutdown();
    expect(counter.subscriptions).toBe(0);
    expect(source.observed).toBe(false);
  });

  it('lets go of its shutdown registration when the source ends, and subscribes again on the next listener', () => {
    let source = new Subject<Message>();
    const { counted$, counter } = countedSource(() => source);
    const registry = shutdownRegistry();
    const listeners = keyedListeners(counted$, (message: Message) => message.key, registry.whenShutdown);
    const seen: string[] = [];
    listeners.add(1n, recorder(seen));
    source.complete();
    expect(counter.subscriptions).toBe(0);
    expect(registry.registered).toBe(0);
    source = new Subject<Message>();
    listeners.add(1n, recorder(seen, 'again:'));
    source.next({ key: 1n, value: 'w' });
    expect(seen).toEqual(['w', 'again:w']);
    expect(counter.total).toBe(2);
  });

  it('lets a listener remove itself, or another of its key, while a value is being delivered', () => {
    const source = new Subject<Message>();
    const registry = shutdownRegistry();
    const listeners = keyedListeners(source, (message: Message) => message.key, registry.whenShutdown);
    const seen: string[] = [];
    const second = recorder(seen, 'second:');
    const first = {
      next: (message: Message) => {
        seen.push(`first:${message.value}`);
        listeners.remove(1n, first);
        listeners.remove(1n, second);
      },
    };
    listeners.add(1n, second);
    listeners.add(1n, first);
    source.next({ key: 1n, value: 'one' });
    source.next({ key: 1n, value: 'two' });
    expect(seen).toEqual(['second:one', 'first:one']);
  });
});
