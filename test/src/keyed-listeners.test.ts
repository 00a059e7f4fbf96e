import { Observable, Subject } from 'rxjs';
import { keyedListeners } from '../../src/session/keyed-listeners';

interface Message {
  readonly key: bigint;
  readonly value: string;
}

describe('keyedListeners', () => {
  it('delivers each value only to the listeners of its key, through one source subscription held while anyone listens', () => {
    const source = new Subject<Message>();
    let subscriptions = 0;
    const counted$ = new Observable<Message>((subscriber) => {
      subscriptions += 1;
      const inner = source.subscribe(subscriber);
      return () => {
        subscriptions -= 1;
        inner.unsubscribe();
      };
    });
    const listen = keyedListeners(counted$, (message: Message) => message.key);
    const seen: string[] = [];
    const stopA = listen(1n, (message) => seen.push(`a:${message.value}`));
    const stopB = listen(2n, (message) => seen.push(`b:${message.value}`));
    const stopA2 = listen(1n, (message) => seen.push(`a2:${message.value}`));
    expect(subscriptions).toBe(1);
    source.next({ key: 1n, value: 'x' });
    source.next({ key: 3n, value: 'nobody' });
    source.next({ key: 2n, value: 'y' });
    expect(seen).toEqual(['a:x', 'a2:x', 'b:y']);
    stopA();
    stopA();
    source.next({ key: 1n, value: 'z' });
    expect(seen).toEqual(['a:x', 'a2:x', 'b:y', 'a2:z']);
    stopA2();
    stopB();
    expect(subscriptions).toBe(0);
    source.next({ key: 2n, value: 'late' });
    expect(seen).toHaveLength(4);
    listen(2n, (message) => seen.push(`again:${message.value}`));
    expect(subscriptions).toBe(1);
    source.next({ key: 2n, value: 'w' });
    expect(seen[4]).toBe('again:w');
  });

  it('lets a listener remove itself, or another of its key, while a value is being delivered', () => {
    const source = new Subject<Message>();
    const listen = keyedListeners(source, (message: Message) => message.key);
    const seen: string[] = [];
    const stopSecond = listen(1n, (message) => seen.push(`second:${message.value}`));
    const stopFirst: () => void = listen(1n, (message) => {
      seen.push(`first:${message.value}`);
      stopFirst();
      stopSecond();
    });
    source.next({ key: 1n, value: 'one' });
    source.next({ key: 1n, value: 'two' });
    expect(seen).toEqual(['second:one', 'first:one']);
    expect(source.observed).toBe(false);
  });
});
