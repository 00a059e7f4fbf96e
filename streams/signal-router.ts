/**
 * Splits one pipe's raw callbacks into one typed stream per signal.
 *
 * - One subscription to `callbacks$` for all streams of a router, made when the first stream is
 *   subscribed and dropped when the last one unsubscribes (ref-counted, like share()).
 * - Dispatch is one Map lookup by callback id per message, not a filter per stream.
 * - A message is decoded once, however many subscribers: its payload object is multicast through
 *   the signal's Multicast. It is decoded only when its stream or decodeErrors$ is observed.
 * - A signal is routed by its struct's callback id, looked up when the router first connects
 *   (no message reaches it before): a client start makes its streams without reading the struct
 *   catalog. Its decoder is built on the first message somebody observes (for a signal given
 *   lazily, a LazySignal, its module and codec load then too).
 * - Bytes that do not decode go to decodeErrors$; they never error a stream. A subscriber that
 *   throws is reported by rxjs (config.onUnhandledError) and the others, and the source, go on.
 * - Call results (kind 'callResult') appear on the stream of their callback id, like callbacks; a
 *   call result with Steam's I/O-failure flag has meaningless bytes and is skipped (callResult()
 *   reports it to whoever made the call).
 * - Streams are hot: a subscriber sees the signals that arrive while it is subscribed. When
 *   `callbacks$` completes (the core is disposed) every stream completes, for good.
 */
import { Observable, Subscription, type Observer } from 'rxjs';
import { Multicast } from '../native/multicast';
import type { Pipe, Platform, RawCallback } from '../native/steam-core';
import type { DecodeError, DecodeOrigin } from './decode-error';
import type { PayloadOf, SignalDefinition } from './signal-definition';
import { lazySignalsOf, type LazySignal } from './lazy-signal';
import { callbackIdOf, signalDecoder, type Decoder } from './signal-decoder';

/** One pipe's signal streams, created by createSignalRouter; see this module's comment for the rules. */
export interface SignalRouter {
  /**
   * The stream of one signal, given by its definition or lazily (loaded on the first observed
   * message); a signal (callback id) can be routed once per router.
   */
  readonly stream: <P>(definition: SignalDefinition<P> | LazySignal<P>) => Observable<P>;
  /** Every message of a routed signal whose bytes did not decode, while this is subscribed. */
  readonly decodeErrors$: Observable<DecodeError>;
}

interface Route {
  readonly deliver: (bytes: Uint8Array, origin: DecodeOrigin) => void;
}

interface Terminal {
  complete(): void;
  error(error: unknown): void;
}

/** A router of `pipe`'s messages from the core's `callbacks$`, decoding by `platform`'s struct layouts. */
export const createSignalRouter = (callbacks$: Observable<RawCallback>, pipe: Pipe, platform: Platform): SignalRouter => {
  const routes = new Map<number, Route>();
  const decodeErrors = new Multicast<DecodeError>();
  const outputs: Terminal[] = [decodeErrors];
  const callbackOrigin: DecodeOrigin = { pipe, kind: 'callback' };
  const callResultOrigin: DecodeOrigin = { pipe, kind: 'callResult' };

  let subscriberCount = 0;
  let connection: Subscription | undefined;
  let terminated = false;
  // Streams made before the first connection, routed by callback id when it is made.
  const routedStructs = new Set<string>();
  let unrouted: Array<() => void> | undefined = [];

  const dispatch = (message: RawCallback): void => {
    if (message.pipe !== pipe) return;
    const route = routes.get(message.callbackId);
    if (route === undefined) return;
    if (message.kind === 'callback') route.deliver(message.bytes, callbackOrigin);
    else if (!message.ioFailure) route.deliver(message.bytes, callResultOrigin);
  };

  const sourceObserver: Observer<RawCallback> = {
    next: dispatch,
    error: (error: unknown) => {
      terminated = true;
      for (const output of outputs) output.error(error);
    },
    complete: () => {
      terminated = true;
      for (const output of outputs) output.complete();
    },
  };

  const attach = (): boolean => {
    if (terminated) return false;
    // Before counting: a struct without a callback id (a bug in its definition) throws here, into
    // this subscription, and leaves the count and the connection as they were.
    if (unrouted !== undefined) {
      for (const route of unrouted) route();
      unrouted = undefined;
    }
    subscriberCount += 1;
    if (subscriberCount === 1) {
      // Set before subscribing: a synchronous source may complete and detach inside subscribe().
      const subscription = new Subscription();
      connection = subscription;
      subscription.add(callbacks$.subscribe(sourceObserver));
    }
    return true;
  };

  const detach = (): void => {
    subscriberCount -= 1;
    if (subscriberCount === 0 && connection !== undefined) {
      const closing = connection;
      connection = undefined;
      closing.unsubscribe();
    }
  };

  const connected = <T>(output: Multicast<T>): Observable<T> =>
    new Observable<T>((subscriber) => {
      // Join the output before connecting, so values a synchronous source emits are not missed.
      const inner = output.observable$.subscribe(subscriber);
      const attached = attach();
      return () => {
        inner.unsubscribe();
        if (attached) detach();
      };
    });

  const stream = <P>(definition: SignalDefinition<P> | LazySignal<P>): Observable<P> => {
    // One struct, one callback id: the id is read only to say which.
    if (routedStructs.has(definition.struct)) {
      throw new Error(`steamworks-rx: callback ${callbackIdOf(definition.struct, platform)} (${definition.struct}) is already routed`);
    }
    routedStructs.add(definition.struct);
    const load = 'load' in definition ? definition.load : () => definition;
    // Built on the first message somebody observes, whichever way the signal was given.
    let decode: Decoder<P> | undefined;
    const output = new Multicast<P>();
    if (terminated) output.complete();
    outputs.push(output);
    const route = (): void => {
      routes.set(callbackIdOf(definition.struct, platform), {
        deliver: (bytes, origin) => {
          if (!output.observed && !decodeErrors.observed) return;
          decode ??= signalDecoder(load(), platform).decode;
          const decoded = decode(bytes, origin);
          if (decoded._tag === 'Right') output.next(decoded.right);
          else decodeErrors.next(decoded.left);
        },
      });
    };
    if (unrouted === undefined) route();
    else unrouted.push(route);
    return connected(output);
  };

  return { stream, decodeErrors$: connected(decodeErrors) };
};

/** The streams of every signal in a lazy signal table, each `<name>$` after its name in the table, and their decode errors. */
export type SignalTableStreams<T> = { readonly [K in keyof T & string as `${K}$`]: Observable<PayloadOf<T[K]>> } & {
  readonly decodeErrors$: Observable<DecodeError>;
};

/**
 * One router for `pipe` routing every signal of `table` (made by lazySignalTable), in the table's
 * order: what each interface's create…Streams returns.
 */
export const createSignalTableStreams = <T extends object>(
  callbacks$: Observable<RawCallback>,
  pipe: Pipe,
  platform: Platform,
  table: T,
): SignalTableStreams<T> => {
  const router = createSignalRouter(callbacks$, pipe, platform);
  const streams: Record<string, Observable<unknown>> = {};
  for (const [name, signal] of Object.entries(lazySignalsOf(table) as Readonly<Record<string, LazySignal<unknown>>>)) {
    streams[`${name}$`] = router.stream(signal);
  }
  streams.decodeErrors$ = router.decodeErrors$;
  return streams as SignalTableStreams<T>;
};
