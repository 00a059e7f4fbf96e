/**
 * The few members of Electron's IPC objects the bridge uses, as structural interfaces: Electron's
 * `ipcMain`, a window's `webContents` and `ipcRenderer` satisfy them as they are (checked against
 * electron 45's electron.d.ts), and so does the in-memory pair the tests use. The example does not
 * depend on the `electron` package, whose install downloads a binary.
 */

/** The renderer a message came from, or goes to: Electron's `WebContents`. */
export interface IpcSender {
  /** Unique among live renderers: keys the subscriptions each one holds. */
  readonly id: number;
  /** Posts to the renderer's `ipcRenderer.on(channel)`; arguments are structured-cloned. */
  send(channel: string, ...args: unknown[]): void;
  /** True once the renderer is gone: nothing may be sent to it. */
  isDestroyed(): boolean;
  /** Runs `listener` when the renderer goes (window closed, renderer crashed and not reloaded). */
  once(event: 'destroyed', listener: () => void): unknown;
}

/** What the main process learns with each message: Electron's `IpcMainEvent` / `IpcMainInvokeEvent`. */
export interface MainIpcEvent {
  readonly sender: IpcSender;
}

/** A main-side message listener. */
export type MainIpcListener = (event: MainIpcEvent, ...args: unknown[]) => void;

/** The main process's end: Electron's `ipcMain`. */
export interface MainIpc {
  on(channel: string, listener: MainIpcListener): unknown;
  removeListener(channel: string, listener: MainIpcListener): unknown;
  /** Answers `ipcRenderer.invoke(channel)` with the handler's result (or the Promise's). */
  handle(channel: string, handler: (event: MainIpcEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/** A renderer-side message listener; the event is not used (and must not reach page code). */
export type RendererIpcListener = (event: unknown, ...args: unknown[]) => void;

/**
 * The renderer's end: Electron's `ipcRenderer` (in a preload script), or the channel-limited copy
 * of it that `exposeRendererIpc` puts on `window` for a context-isolated page.
 */
export interface RendererIpc {
  send(channel: string, ...args: unknown[]): void;
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: RendererIpcListener): unknown;
}
