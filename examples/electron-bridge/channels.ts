/**
 * The bridge's wire protocol: three channels under one prefix, and the messages on them. Control
 * messages (subscribe, unsubscribe, reset) share one channel, so they reach the main process in
 * the order the renderer sent them: an unsubscribe never overtakes its subscribe.
 */

/** The prefix when none is given; give each bridge of an app its own. */
export const DEFAULT_CHANNEL_PREFIX = 'steamworks-rx';

/** The channel names of one bridge. */
export interface BridgeChannels {
  /** Renderer → main (send): ControlMessage. */
  readonly control: string;
  /** Main → renderer (webContents.send): Notification. */
  readonly notification: string;
  /** Renderer → main (invoke): CallRequest, answered with CallReply. */
  readonly call: string;
}

/** The three channels under `prefix`. */
export const bridgeChannels = (prefix: string = DEFAULT_CHANNEL_PREFIX): BridgeChannels => ({
  control: `${prefix}:control`,
  notification: `${prefix}:notification`,
  call: `${prefix}:call`,
});

/** Renderer → main. `reset` drops whatever this renderer held before (a reloaded page starts clean). */
export type ControlMessage =
  | { readonly op: 'subscribe'; readonly id: number; readonly name: string; readonly args: readonly unknown[] }
  | { readonly op: 'unsubscribe'; readonly id: number }
  | { readonly op: 'reset' };

/** Main → renderer: what a main-side subscription did; values and errors in wire form. */
export type Notification =
  | { readonly id: number; readonly kind: 'next'; readonly value: unknown }
  | { readonly id: number; readonly kind: 'error'; readonly error: unknown }
  | { readonly id: number; readonly kind: 'complete' };

/** Renderer → main (invoke): run the named call with these (wire-form) arguments. */
export interface CallRequest {
  readonly name: string;
  readonly args: readonly unknown[];
}

/** A call's outcome, as a value: Electron passes only the message of an error thrown by a handler. */
export type CallReply = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null;

const isId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** A control message from a renderer, checked: a renderer is another process and may send anything. */
export const readControlMessage = (value: unknown): ControlMessage | undefined => {
  if (!isRecord(value)) return undefined;
  if (value['op'] === 'reset') return { op: 'reset' };
  if (value['op'] === 'unsubscribe' && isId(value['id'])) return { op: 'unsubscribe', id: value['id'] };
  if (value['op'] === 'subscribe' && isId(value['id']) && typeof value['name'] === 'string' && Array.isArray(value['args'])) {
    return { op: 'subscribe', id: value['id'], name: value['name'], args: value['args'] };
  }
  return undefined;
};

/** A call request from a renderer, checked; undefined for anything else. */
export const readCallRequest = (value: unknown): CallRequest | undefined =>
  isRecord(value) && typeof value['name'] === 'string' && Array.isArray(value['args']) ? { name: value['name'], args: value['args'] } : undefined;

/** A notification from the main process, checked; undefined for anything else. */
export const readNotification = (value: unknown): Notification | undefined => {
  if (!isRecord(value) || !isId(value['id'])) return undefined;
  const id = value['id'];
  if (value['kind'] === 'next') return { id, kind: 'next', value: value['value'] };
  if (value['kind'] === 'error') return { id, kind: 'error', error: value['error'] };
  if (value['kind'] === 'complete') return { id, kind: 'complete' };
  return undefined;
};

/** A call's reply from the main process, checked; undefined for anything else. */
export const readCallReply = (value: unknown): CallReply | undefined => {
  if (!isRecord(value)) return undefined;
  if (value['ok'] === true) return { ok: true, value: value['value'] };
  if (value['ok'] === false) return { ok: false, error: value['error'] };
  return undefined;
};
