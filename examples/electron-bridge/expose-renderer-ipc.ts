/**
 * For a context-isolated page (Electron's default since 12): the preload script puts a copy of
 * `ipcRenderer` limited to the bridge's three channels on `window`, and the page connects the
 * bridge over it. The page never gets `ipcRenderer` itself (contextBridge cannot pass it anyway),
 * and listeners never see Electron's event object.
 */
import { bridgeChannels } from './channels';
import type { RendererIpc, RendererIpcListener } from './ipc-ports';

/** Electron's `contextBridge`, as far as this uses it. */
export interface ContextBridgeLike {
  exposeInMainWorld(apiKey: string, api: unknown): void;
}

/** Where exposeRendererIpc puts the IPC, and for which bridge. */
export interface ExposeOptions {
  /** The `window` property the page reads. Default 'steamIpc'. */
  readonly key?: string;
  /** The bridge's channel prefix. Default 'steamworks-rx'. */
  readonly channelPrefix?: string;
}

/** A RendererIpc that refuses every channel but the bridge's own. */
export const channelLimitedIpc = (ipcRenderer: RendererIpc, channelPrefix?: string): RendererIpc => {
  const allowed = new Set(Object.values(bridgeChannels(channelPrefix)));
  const guard = (channel: string): void => {
    if (!allowed.has(channel)) throw new Error(`channel ${JSON.stringify(channel)} is not the Steam bridge's`);
  };
  return {
    send: (channel, ...args) => {
      guard(channel);
      ipcRenderer.send(channel, ...args);
    },
    invoke: (channel, ...args) => {
      guard(channel);
      return ipcRenderer.invoke(channel, ...args);
    },
    on: (channel, listener: RendererIpcListener) => {
      guard(channel);
      // Electron's event carries `sender` (ipcRenderer itself): keep it from the page.
      ipcRenderer.on(channel, (_event, ...args) => listener(undefined, ...args));
    },
  };
};

/**
 * In the preload script: exposes the channel-limited IPC as `window[key]`.
 *
 * @example
 * ```ts
 * import { contextBridge, ipcRenderer } from 'electron';
 * exposeRendererIpc(contextBridge, ipcRenderer); // the page: connectBridge(window.steamIpc)
 * ```
 */
export const exposeRendererIpc = (contextBridge: ContextBridgeLike, ipcRenderer: RendererIpc, options: ExposeOptions = {}): void => {
  contextBridge.exposeInMainWorld(options.key ?? 'steamIpc', channelLimitedIpc(ipcRenderer, options.channelPrefix));
};
