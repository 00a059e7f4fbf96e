/**
 * The errors of the modules every native start runs (option checks, argument validators, backend
 * resolution, init), each built through src/errors.ts required on the first one: a start that
 * fails nothing loads no error class (the bundle gives errors.ts a file of its own, and none of
 * these modules imports it). Each builds the class errors.ts exports, so `instanceof` holds.
 */
import type { BackendUnavailable, InitFailed, InvalidArgument } from './errors';
import type { SteamAPIInitResult } from './enums/steam-api-init-result';

const errors = (): typeof import('./errors') => require('./errors') as typeof import('./errors');

/** An InvalidArgument: `argument` as documented (`options.appId`), and what was wrong with it. */
export const invalidArgument = (argument: string, reason: string): InvalidArgument => new (errors().InvalidArgument)(argument, reason);

/** A BackendUnavailable: why the backend cannot be had, and the library paths tried (if any). */
export const backendUnavailable = (reason: string, tried: readonly string[] = []): BackendUnavailable => new (errors().BackendUnavailable)(reason, tried);

/** An InitFailed: the ESteamAPIInitResult, its verbal text, Steam's own message and the usual cause (if known). */
export const initFailedError = (status: SteamAPIInitResult, verbal: string, steamMessage: string, hint: string | undefined): InitFailed =>
  new (errors().InitFailed)(status, verbal, steamMessage, hint);
