/**
 * An in-memory stand-in for Electron's IPC, to run and test a bridge without Electron: one main
 * end and any number of renderers. Like Electron it copies every argument with the structured
 * clone algorithm when it is sent (a function throws a DataCloneError there and then), delivers
 * later (on `scheduler`: asapScheduler by default, a TestScheduler in marble tests), passes only
 * the message of an error a `handle` handler throws, and fires 'destroyed' when a window goes.
 */
import { asapScheduler, type SchedulerLike } from 'rxjs';
import type { IpcSender, MainIpc, MainIpcEvent, MainIpcListener, RendererIpc, RendererIpcListener } from './ipc-ports';

/** One renderer (a window's page) of the in-memory IPC. */
export interface InMemoryRenderer {
  /** The page's end. */
  readonly ipcRenderer: RendererIpc;
  /** The window as the main process sees it (`event.sender`). */
  readonly webContents: IpcSender;
  /** Closes the window: 'destroyed' fires, and nothing more is delivered either way. */
  destroy(): void;
}

/** The main end and a way to open windows. */
export interface InMemoryIpc {
  /** The main process's end. */
  readonly ipcMain: MainIpc;
  /** Opens a renderer connected to the main end. */
  openRenderer(): InMemoryRenderer;
}

type Handler = (event: MainIpcEvent, ...args: unknown[]) => unknown;

/** Listeners by channel. */
class Listeners<L> {
  private readonly byChannel = new Map<string, L[]>();

  add(channel: string, listener: L): void {
    this.byChannel.set(channel, [...(this.byChannel.get(channel) ?? []), listener]);
  }

  remove(channel: string, listener: L): void {
    this.byChannel.set(channel, (this.byChannel.get(channel) ?? []).filter((candidate) => candidate !== listener));
  }

  of(channel: string): readonly L[] {
    return this.byChannel.get(channel) ?? [];
  }
}

const messageOf = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * A new in-memory IPC whose deliveries run on `scheduler`.
 *
 * @example
 * ```ts
 * const ipc = inMemoryIpc(testScheduler);
 * const bridge = serveBridge(ipc.ipcMain, steamBridge(client));
 * const page = connectBridge<SteamBridge>(ipc.openRenderer().ipcRenderer);
 * ```
 */
export const inMemoryIpc = (scheduler: SchedulerLike = asapScheduler): InMemoryIpc => {
  const mainListeners = new Listeners<MainIpcListener>();
  const handlers = new Map<string, Handler>();
  let nextRendererId = 1;

  const later = (work: () => void): void => {
    scheduler.schedule(work);
  };

  const ipcMain: MainIpc = {
    on: (channel, listener) => mainListeners.add(channel, listener),
    removeListener: (channel, listener) => mainListeners.remove(channel, listener),
    handle: (channel, handler) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, handler);
    },
    removeHandler: (channel) => {
      handlers.delete(channel);
    },
  };

  const openRenderer = (): InMemoryRenderer => {
    const rendererListeners = new Listeners<RendererIpcListener>();
    const destroyedListeners: (() => void)[] = [];
    let destroyed = false;

    const webContents: IpcSender = {
      id: nextRendererId++,
      send: (channel, ...args) => {
        if (destroyed) throw new Error('Object has been destroyed');
        const copy = structuredClone(args);
        later(() => {
          if (!destroyed) for (const listener of rendererListeners.of(channel)) listener({}, ...copy);
        });
      },
      isDestroyed: () => destroyed,
      once: (_event, listener) => {
        destroyedListeners.push(listener);
      },
    };
    const event: MainIpcEvent = { sender: webContents };

    const ipcRenderer: RendererIpc = {
      send: (channel, ...args) => {
        const copy = structuredClone(args);
        later(() => {
          if (!destroyed) for (const listener of mainListeners.of(channel)) listener(event, ...copy);
        });
      },
      invoke: (channel, ...args) => {
        const copy = structuredClone(args);
        return new Promise((resolve, reject) => {
          later(() => {
            const handler = handlers.get(channel);
            if (handler === undefined) {
              reject(new Error(`No handler registered for '${channel}'`));
              return;
            }
            Promise.resolve()
              .then(() => handler(event, ...copy))
              .then(
                (result: unknown) => resolve(structuredClone(result)),
                (error: unknown) => reject(new Error(`Error invoking remote method '${channel}': ${messageOf(error)}`)),
              );
          });
        });
      },
      on: (channel, listener) => rendererListeners.add(channel, listener),
    };

    return {
      ipcRenderer,
      webContents,
      destroy: () => {
        if (destroyed) return;
        destroyed = true;
        for (const listener of destroyedListeners.splice(0)) listener();
      },
    };
  };

  return { ipcMain, openRenderer };
};
