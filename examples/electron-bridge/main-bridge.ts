/**
 * The main process's side of the bridge: subscribes a named stream when a renderer asks, forwards
 * what it emits, and unsubscribes when the renderer does, when the renderer reloads (its bridge
 * sends `reset`), when its window is destroyed, or at dispose(). Unsubscribing is what releases
 * Steam's resources: an `authTicket$` subscription cancels its ticket, an `authSession$` ends its
 * session.
 */
import type { Subscription } from 'rxjs';
import type { BridgeDefinition } from './bridge-definition';
import { bridgeChannels, readCallRequest, readControlMessage, type CallReply, type Notification } from './channels';
import type { IpcSender, MainIpc, MainIpcEvent, MainIpcListener } from './ipc-ports';
import { fromWire, toWire } from './wire';

/** How serveBridge names its channels. */
export interface MainBridgeOptions {
  /** Channel prefix; the renderer side must use the same. Default 'steamworks-rx'. */
  readonly channelPrefix?: string;
}

/** A bridge being served: how much it holds, and how to stop it. */
export interface MainBridge {
  /** How many renderer subscriptions are live in the main process (for tests and diagnostics). */
  readonly liveSubscriptions: number;
  /** Unsubscribes everything and stops listening. Idempotent. */
  dispose(): void;
}

const has = (table: object, name: string): boolean => Object.prototype.hasOwnProperty.call(table, name);

/**
 * Serves `definition` to every renderer that connects over `ipcMain`.
 *
 * @example
 * ```ts
 * const bridge = serveBridge(ipcMain, steamBridge(client));
 * app.on('will-quit', () => { bridge.dispose(); client.shutdown(); });
 * ```
 */
export const serveBridge = (ipcMain: MainIpc, definition: BridgeDefinition, options: MainBridgeOptions = {}): MainBridge => {
  const channels = bridgeChannels(options.channelPrefix);
  // Per renderer (webContents.id): its subscriptions by the id the renderer chose.
  const byRenderer = new Map<number, Map<number, Subscription>>();
  let disposed = false;

  const notify = (sender: IpcSender, notification: Notification): void => {
    if (!sender.isDestroyed()) sender.send(channels.notification, notification);
  };

  const dropRenderer = (rendererId: number): void => {
    const subscriptions = byRenderer.get(rendererId);
    if (subscriptions === undefined) return;
    byRenderer.delete(rendererId);
    for (const subscription of subscriptions.values()) subscription.unsubscribe();
  };

  const subscriptionsOf = (sender: IpcSender): Map<number, Subscription> => {
    const existing = byRenderer.get(sender.id);
    if (existing !== undefined) return existing;
    const created = new Map<number, Subscription>();
    byRenderer.set(sender.id, created);
    sender.once('destroyed', () => dropRenderer(sender.id));
    return created;
  };

  const subscribe = (sender: IpcSender, id: number, name: string, args: readonly unknown[]): void => {
    const subscriptions = subscriptionsOf(sender);
    if (subscriptions.has(id)) return;
    const fail = (error: unknown): void => notify(sender, { id, kind: 'error', error: toWire(error) });
    if (!has(definition.streams, name)) {
      fail(new Error(`the bridge has no stream named ${JSON.stringify(name)}`));
      return;
    }
    const open = definition.streams[name] as BridgeDefinition['streams'][string];
    // Registered before subscribing: a stream that finishes at once must find (and remove) its entry.
    const forget = (): boolean => subscriptions.delete(id);
    try {
      const stream = open(...(args.map(fromWire) as never[]));
      const subscription = stream.subscribe({
        next: (value) => notify(sender, { id, kind: 'next', value: toWire(value) }),
        error: (error: unknown) => {
          forget();
          fail(error);
        },
        complete: () => {
          forget();
          notify(sender, { id, kind: 'complete' });
        },
      });
      if (!subscription.closed) subscriptions.set(id, subscription);
    } catch (error) {
      // Misuse throws at call time (a bad argument from the renderer): the renderer's stream errors.
      fail(error);
    }
  };

  const onControl: MainIpcListener = (event: MainIpcEvent, message: unknown) => {
    const control = readControlMessage(message);
    if (control === undefined || disposed) return;
    if (control.op === 'reset') dropRenderer(event.sender.id);
    if (control.op === 'unsubscribe') {
      const subscriptions = byRenderer.get(event.sender.id);
      const subscription = subscriptions?.get(control.id);
      subscriptions?.delete(control.id);
      subscription?.unsubscribe();
    }
    if (control.op === 'subscribe') subscribe(event.sender, control.id, control.name, control.args);
  };

  const onCall = async (_event: MainIpcEvent, message: unknown): Promise<CallReply> => {
    const request = readCallRequest(message);
    if (request === undefined) return { ok: false, error: toWire(new TypeError('not a call request')) };
    if (disposed || !has(definition.calls, request.name)) {
      return { ok: false, error: toWire(new Error(disposed ? 'the bridge is closed' : `the bridge has no call named ${JSON.stringify(request.name)}`)) };
    }
    const call = definition.calls[request.name] as BridgeDefinition['calls'][string];
    try {
      return { ok: true, value: toWire(await call(...(request.args.map(fromWire) as never[]))) };
    } catch (error) {
      return { ok: false, error: toWire(error) };
    }
  };

  ipcMain.on(channels.control, onControl);
  ipcMain.handle(channels.call, onCall);

  return {
    get liveSubscriptions(): number {
      return [...byRenderer.values()].reduce((count, subscriptions) => count + subscriptions.size, 0);
    },
    dispose: () => {
      if (disposed) return;
      disposed = true;
      ipcMain.removeListener(channels.control, onControl);
      ipcMain.removeHandler(channels.call);
      for (const rendererId of [...byRenderer.keys()]) dropRenderer(rendererId);
    },
  };
};
