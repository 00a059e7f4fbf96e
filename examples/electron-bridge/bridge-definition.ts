/**
 * What a bridge forwards: named streams (functions returning an Observable, subscribed in the main
 * process for as long as the renderer's subscription lasts) and named calls (functions whose
 * result, or Promise's result, is sent back). Only what is named here crosses; the renderer never
 * gets the client itself.
 */
import type { Observable, ObservedValueOf } from 'rxjs';
import type { Bridged } from './wire';

/** Any parameters: the renderer side types its calls by the definition's own signatures. */
type AnyArgs = never[];

/** Named streams and calls: build one with `satisfies BridgeDefinition` (see steam-bridge.ts). */
export interface BridgeDefinition {
  readonly streams: Readonly<Record<string, (...args: AnyArgs) => Observable<unknown>>>;
  readonly calls: Readonly<Record<string, (...args: AnyArgs) => unknown>>;
}

/** The names of a definition's streams. */
export type StreamName<D extends BridgeDefinition> = keyof D['streams'] & string;

/** The names of a definition's calls. */
export type CallName<D extends BridgeDefinition> = keyof D['calls'] & string;

/** What a stream emits in the renderer. */
export type StreamValue<D extends BridgeDefinition, K extends StreamName<D>> = Bridged<ObservedValueOf<ReturnType<D['streams'][K]>>>;

/** What a call resolves to in the renderer. */
export type CallValue<D extends BridgeDefinition, K extends CallName<D>> = Bridged<Awaited<ReturnType<D['calls'][K]>>>;
