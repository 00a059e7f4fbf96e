/**
 * A hot stream for the paths that emit once per Steam message (the core's callbacks, the pump's
 * frames, each typed signal): a Subject's behaviour without a Subject's cost. rxjs's CommonJS
 * build, the one Node loads, is ES5: its Subject.next allocates a closure, an iterator and a
 * result object per emission. This emits with a native loop over an array that is replaced,
 * never changed in place, when someone subscribes or leaves, so an emission that adds or removes
 * subscribers goes on over the list it started with (as a Subject's does).
 */
import { config, Observable, type Subscriber } from 'rxjs';

/**
 * rxjs's wrapper for its deprecated synchronous error mode (reachable through its ./internal/*
 * export), required on first use: only an ending or that mode calls it, and resolving a package
 * path costs a start about as much as compiling several kilobytes.
 */
const errorContext = (run: () => void): void =>
  (require('rxjs/internal/util/errorContext') as typeof import('rxjs/internal/util/errorContext')).errorContext(run);

type Ending = { readonly kind: 'complete' } | { readonly kind: 'error'; readonly error: unknown };

/** A hot multicast stream with a Subject's semantics and no per-emission allocation (see the file comment). */
export class Multicast<T> {
  private subscribers: ReadonlyArray<Subscriber<T>> = [];
  private ending: Ending | undefined;

  /** Subscribed after the end, it ends at once the same way, as a Subject does. */
  readonly observable$: Observable<T> = new Observable<T>((subscriber) => {
    const ending = this.ending;
    if (ending !== undefined) {
      if (ending.kind === 'complete') subscriber.complete();
      else subscriber.error(ending.error);
      return undefined;
    }
    this.subscribers = [...this.subscribers, subscriber];
    return () => {
      this.subscribers = this.subscribers.filter((current) => current !== subscriber);
    };
  });

  get observed(): boolean {
    return this.subscribers.length > 0;
  }

  get ended(): boolean {
    return this.ending !== undefined;
  }

  /**
   * A subscriber that throws is reported by rxjs (its Subscriber catches), and the others go on.
   * Under config.useDeprecatedSynchronousErrorHandling the error is rethrown here, as a Subject
   * does, and only that mode pays for the wrapper.
   */
  next(value: T): void {
    if (config.useDeprecatedSynchronousErrorHandling) errorContext(() => this.deliver(value));
    else this.deliver(value);
  }

  complete(): void {
    errorContext(() => this.end({ kind: 'complete' }));
  }

  error(error: unknown): void {
    errorContext(() => this.end({ kind: 'error', error }));
  }

  private deliver(value: T): void {
    for (const subscriber of this.subscribers) subscriber.next(value);
  }

  private end(ending: Ending): void {
    if (this.ending !== undefined) return;
    this.ending = ending;
    const subscribers = this.subscribers;
    this.subscribers = [];
    for (const subscriber of subscribers) {
      if (ending.kind === 'complete') subscriber.complete();
      else subscriber.error(ending.error);
    }
  }
}
