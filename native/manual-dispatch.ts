/**
 * One ManualDispatch frame for one pipe: RunFrame, then drain GetNextCallback. Each message's
 * payload is copied into JavaScript memory (and, for SteamAPICallCompleted_t, the call result is
 * fetched with GetAPICallResult) while Steam still owns it; FreeLastCallback follows in a
 * `finally`, exactly once per message; only then is the message emitted, so a subscriber that
 * throws or re-enters the pump can never leave a callback un-freed or read freed memory.
 *
 * A call result is passed on only when SteamAPICallCompleted_t's m_cubParam is the size of the
 * struct its id names on this platform (ids the SDK has no layout for are passed on by size);
 * otherwise, or when Steam will not hand it over or flags an I/O failure, it goes out as
 * `ioFailure: true` with no bytes (and a `fault` when the core, not Steam, refused it).
 *
 * A callback of a known struct is copied no further than that struct's size, and its bytes that
 * are not data (padding, past a string's NUL or an array's count) are zeroed in every copy
 * (struct-scrub), so memory Steam never initialised or does not own is never passed on.
 *
 * The idle path (no message) allocates nothing: the CallbackMsg_t buffer is preallocated.
 */
import type { CoreFlatApi } from './generated/core';
import { createNativeCopier } from './native-memory';
import { readInt32, readUint32, readUint64 } from './scalar-bytes';
import type { SessionLiveness } from './native-session-liveness';
import { layoutOf, layoutsFor, memberOf, type StructLayout } from './struct-layouts';
import { scrubberFor, type Scrub } from './struct-scrub';
import type { CallResultFault, Pipe, Platform, RawCallback } from './steam-core';

/** k_iCallback of SteamAPICallCompleted_t. */
export const apiCallCompletedCallbackId = 703;

/** Larger payloads are treated as garbage: no Steam callback struct comes near this (the largest is ~2.6 KB). */
export const maxCallbackPayloadBytes = 1024 * 1024;

const empty = new Uint8Array(0);

/** A usable payload size: non-negative and at most maxCallbackPayloadBytes. */
const isSaneSize = (size: number): boolean => size >= 0 && size <= maxCallbackPayloadBytes;


/**
 * Drains one pipe, emitting every message. Stops early when the session ends (a subscriber may
 * shut Steam down while handling a message; the pipe is then no longer valid).
 */
export type DrainPipe = (pipeHandle: number, pipe: Pipe, liveness: SessionLiveness, emit: (message: RawCallback) => void) => void;

/** Builds the drain of one platform's CallbackMsg_t / SteamAPICallCompleted_t layouts over bound flat functions. */
const prepareDrain = (api: CoreFlatApi, platform: Platform): DrainPipe => {
  const runFrame = api.SteamAPI_ManualDispatch_RunFrame;
  const getNextCallback = api.SteamAPI_ManualDispatch_GetNextCallback;
  const freeLastCallback = api.SteamAPI_ManualDispatch_FreeLastCallback;
  const getApiCallResult = api.SteamAPI_ManualDispatch_GetAPICallResult;

  const table = layoutsFor(platform);
  const messageLayout = layoutOf(table, 'CallbackMsg_t');
  const callbackIdOffset = memberOf(messageLayout, 'm_iCallback').offset;
  const payloadOffset = memberOf(messageLayout, 'm_pubParam').offset;
  const payloadSizeOffset = memberOf(messageLayout, 'm_cubParam').offset;
  const completedLayout = layoutOf(table, 'SteamAPICallCompleted_t');
  const asyncCallOffset = memberOf(completedLayout, 'm_hAsyncCall').offset;
  const resultCallbackIdOffset = memberOf(completedLayout, 'm_iCallback').offset;
  const resultSizeOffset = memberOf(completedLayout, 'm_cubParam').offset;

  const copy = createNativeCopier();
  /** Copies `size` bytes out of native memory (never a view: Steam frees it right after). */
  const copyOut = (pointer: bigint, size: number): Uint8Array => (pointer === 0n || size === 0 || !isSaneSize(size) ? empty : copy(pointer, size));
  // Call results are fetched into one reused buffer, then sliced: a fresh buffer per result costs more.
  // The region a fetch may fill is zeroed first, so bytes Steam claims but does not write are
  // zero, never an earlier result's (a store URL's login token once went out that way).
  let resultScratch = new Uint8Array(4096);
  /** The size each known result struct has on this platform: m_cubParam must match it. */
  const expectedResultSize = (callbackId: number): number | undefined => table.callbackLayout(callbackId)?.size;
  // Padding, bytes past a string's NUL or an array's count: Steam need not write them, so they are
  // zeroed. Each struct's scrubber is made when its first message arrives (most never do); only
  // the table's ids are kept, so unknown ids cannot grow the map.
  const scrubbers = new Map<number, Scrub | undefined>();
  const scrubberOf = (callbackId: number): Scrub | undefined => {
    if (scrubbers.has(callbackId)) return scrubbers.get(callbackId);
    const layout = table.callbackLayout(callbackId);
    if (layout === undefined) return undefined;
    const scrub = scrubberFor(layout);
    scrubbers.set(callbackId, scrub);
    return scrub;
  };

  const message = new Uint8Array(messageLayout.size);
  const messageView = new DataView(message.buffer);
  const failed = new Uint8Array(1);

  const callResult = (pipeHandle: number, pipe: Pipe, completed: Uint8Array): RawCallback => {
    const apiCall = readUint64(completed, asyncCallOffset);
    const callbackId = readInt32(completed, resultCallbackIdOffset);
    const size = readUint32(completed, resultSizeOffset);
    // Every failure ends the waiting caller with no bytes: a Left, never a guess.
    const failure = (fault?: CallResultFault): RawCallback =>
      fault === undefined
        ? { kind: 'callResult', pipe, callbackId, apiCall, ioFailure: true, bytes: empty }
        : { kind: 'callResult', pipe, callbackId, apiCall, ioFailure: true, fault, bytes: empty };
    if (!isSaneSize(size)) return failure({ _tag: 'AbsurdSize', claimed: size });
    if (size > resultScratch.byteLength) resultScratch = new Uint8Array(Math.max(size, resultScratch.byteLength * 2));
    else resultScratch.fill(0, 0, size);
    failed[0] = 0;
    // Fetched even when the size is wrong: Steam keeps a result until it is asked for it.
    const fetched = getApiCallResult(pipeHandle, apiCall, resultScratch, size, callbackId, failed);
    if (!fetched) return failure({ _tag: 'NotHandedOver' });
    if (failed[0] !== 0) return failure();
    const expected = expectedResultSize(callbackId);
    if (expected !== undefined && size !== expected) return failure({ _tag: 'SizeMismatch', claimed: size, expected });
    const bytes = resultScratch.slice(0, size);
    scrubberOf(callbackId)?.(bytes);
    return { kind: 'callResult', pipe, callbackId, apiCall, ioFailure: false, bytes };
  };

  const readMessage = (pipeHandle: number, pipe: Pipe): RawCallback => {
    const callbackId = messageView.getInt32(callbackIdOffset, true);
    const pointer = messageView.getBigUint64(payloadOffset, true);
    const size = messageView.getInt32(payloadSizeOffset, true);
    // A known struct is copied no further than its size: bytes past it are not the callback's
    // (an m_cubParam that lies would otherwise copy, and publish, Steam's neighbouring memory).
    // An absurd m_cubParam still means no bytes at all (checked before the cap, which would make it look sane).
    const structSize = table.callbackLayout(callbackId)?.size;
    const bytes = isSaneSize(size) && structSize !== undefined && size > structSize ? copyOut(pointer, structSize) : copyOut(pointer, size);
    if (callbackId === apiCallCompletedCallbackId && bytes.byteLength >= completedLayout.size) {
      return callResult(pipeHandle, pipe, bytes);
    }
    // Garbage sizes and NULL payloads arrive as empty bytes: decoders refuse short buffers.
    scrubberOf(callbackId)?.(bytes);
    return { kind: 'callback', pipe, callbackId, bytes };
  };

  return (pipeHandle, pipe, liveness, emit) => {
    runFrame(pipeHandle);
    while (liveness.alive && getNextCallback(pipeHandle, message)) {
      let received: RawCallback;
      try {
        received = readMessage(pipeHandle, pipe);
      } finally {
        freeLastCallback(pipeHandle);
      }
      emit(received);
    }
  };
};

/**
 * The drain prepareDrain builds, prepared on the first drain rather than here: its layouts,
 * buffers and memcpy binding serve the first frame, which a start (that builds the core) never runs.
 */
export const createManualDispatch = (api: CoreFlatApi, platform: Platform): DrainPipe => {
  let drain: DrainPipe | undefined;
  return (pipeHandle, pipe, liveness, emit) => (drain ??= prepareDrain(api, platform))(pipeHandle, pipe, liveness, emit);
};
