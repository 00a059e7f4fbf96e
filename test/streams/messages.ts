/** Test messages: struct bytes encoded with the shared layouts, wrapped as the core would post them. */
import type { CallbackMessage, CallResultMessage, Pipe, Platform } from '../../native/steam-core';
import { writeStruct, type FieldValue } from '../../native/struct-bytes';
import { layoutOf, layoutsFor } from '../../native/struct-layouts';

export type Members = Readonly<Record<string, FieldValue>>;

export const encode = (struct: string, members: Members, platform: Platform = 'linux64'): Uint8Array =>
  writeStruct(layoutOf(layoutsFor(platform), struct), members);

export const callbackIdOf = (struct: string): number => {
  const id = layoutOf(layoutsFor('linux64'), struct).callbackId;
  if (id === undefined) throw new Error(`${struct} has no callback id`);
  return id;
};

export const callback = (pipe: Pipe, struct: string, members: Members, platform: Platform = 'linux64'): CallbackMessage => ({
  kind: 'callback',
  pipe,
  callbackId: callbackIdOf(struct),
  bytes: encode(struct, members, platform),
});

export const rawCallback = (pipe: Pipe, callbackId: number, bytes: Uint8Array): CallbackMessage => ({
  kind: 'callback',
  pipe,
  callbackId,
  bytes,
});

export const callResult = (
  pipe: Pipe,
  struct: string,
  apiCall: bigint,
  members: Members,
  options: { readonly ioFailure?: boolean; readonly platform?: Platform } = {},
): CallResultMessage => ({
  kind: 'callResult',
  pipe,
  callbackId: callbackIdOf(struct),
  apiCall,
  ioFailure: options.ioFailure ?? false,
  bytes: options.ioFailure === true ? new Uint8Array(0) : encode(struct, members, options.platform ?? 'linux64'),
});
