/**
 * The renderer's side of the bridge: each `stream(name, …args)` is a cold Observable that asks the
 * main process to subscribe when it is subscribed, and tells it to unsubscribe when it is
 * unsubscribed; `call(name, …args)` invokes a named call. Values arrive decoded (bigints as
 * bigints, errors as BridgedErrors); the types follow the main process's definition, imported as
 * a type only, so no main-process code reaches the renderer's bundle.
 */
import { Observable, type Subscriber } from 'rxjs';
import type { BridgeDefinition, CallName, CallValue, StreamName, StreamValue } from './bridge-definition';
import { bridgeChannels, readCallReply, readNotification, type ControlMessage } from './channels';
import type { RendererIpc } from './ipc-ports';
import { fromWire, toWire } from './wire';

/** How connectBridge names its channels. */
export interface RendererBridgeOptions {
  /** Channel prefix; the main side must use the same. Default 'steamworks-rx'. */
  readonly channelPrefix?: string;
}

/** The page's side of a bridge serving the definition `D`. */
export interface RendererBridge<D extends BridgeDefinition> {
  /** The main process's stream `name`, subscribed there while subscribed here. */
  stream<K extends StreamName<D>>(name: K, ...args: Parameters<D['streams'][K]>): Observable<StreamValue<D, K>>;
  /** Runs the main process's call `name`; rejects with a BridgedError when it threw. */
  call<K extends CallName<D>>(name: K, ...args: Parameters<D['calls'][K]>): Promise<CallValue<D, K>>;
  /** Errors every open stream here and releases them in the main process. */
  close(): void;
}

/**
 * Connects to the bridge served in the main process. Call it once per page: it first drops
 * whatever this renderer held before (a reload leaves no ticket behind).
 *
 * @example
 * ```ts
 * import type { SteamBridge } from './steam-bridge';
 * const steam = connectBridge<SteamBridge>(window.steamIpc);
 * const held = steam.stream('authTicket$').subscribe((ticket) => console.log(ticket));
 * held.unsubscribe(); // the main process cancels the ticket
 * ```
 */
export const connectBridge = <D extends BridgeDefinition>(ipc: RendererIpc, options: RendererBridgeOptions = {}): RendererBridge<D> => {
  const channels = bridgeChannels(options.channelPrefix);
  const open = new Map<number, Subscriber<unknown>>();
  let nextId = 0;
  let closed = false;

  const control = (message: ControlMessage): void => ipc.send(channels.control, message);

  // One listener for the page's lifetime; notifications find their subscriber by id.
  ipc.on(channels.notification, (_event, message) => {
    const notification = readNotification(message);
    if (notification === undefined || closed) return;
    const subscriber = open.get(notification.id);
    if (subscriber === undefined) return;
    if (notification.kind === 'next') {
      subscriber.next(fromWire(notification.value));
      return;
    }
    // Finished in the main process: forget it first, so the teardown below sends no unsubscribe.
    open.delete(notification.id);
    if (notification.kind === 'complete') subscriber.complete();
    else subscriber.error(fromWire(notification.error));
  });
  control({ op: 'reset' });

  const stream = <K extends StreamName<D>>(name: K, ...args: Parameters<D['streams'][K]>): Observable<StreamValue<D, K>> =>
    new Observable<StreamValue<D, K>>((subscriber) => {
      if (closed) {
        subscriber.error(new Error('the bridge is closed'));
        return undefined;
      }
      const id = nextId;
      nextId += 1;
      open.set(id, subscriber as Subscriber<unknown>);
      control({ op: 'subscribe', id, name, args: args.map(toWire) });
      return () => {
        if (open.delete(id)) control({ op: 'unsubscribe', id });
      };
    });

  const call = async <K extends CallName<D>>(name: K, ...args: Parameters<D['calls'][K]>): Promise<CallValue<D, K>> => {
    if (closed) throw new Error('the bridge is closed');
    const reply = readCallReply(await ipc.invoke(channels.call, { name, args: args.map(toWire) }));
    if (reply === undefined) throw new Error(`the main process sent no reply to ${name}`);
    if (!reply.ok) throw fromWire(reply.error);
    return fromWire(reply.value) as CallValue<D, K>;
  };

  return {
    stream,
    call,
    close: () => {
      if (closed) return;
      closed = true;
      const subscribers = [...open.values()];
      open.clear();
      control({ op: 'reset' });
      for (const subscriber of subscribers) subscriber.error(new Error('the bridge is closed'));
    },
  };
};
