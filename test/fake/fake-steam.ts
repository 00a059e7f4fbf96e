/**
 * Typed driver of the fake libsteam_api (fake_steam_api.c). It opens the same file as the core
 * under test: dlopen returns the same handle for the same path, so scripting here changes what
 * the core sees, and the counters show what the core did.
 */
import koffi from 'koffi';
import { buildFakeLibrary, outputPath } from './build';
import type { FlatSymbol } from '../../native/flat-api';
import type { UtilsFlatApi } from '../../native/generated/utils';
import type { AppsFlatApi } from '../../native/generated/apps';
import type { FriendsFlatApi } from '../../native/generated/friends';
import type { GameServerStatsFlatApi } from '../../native/generated/game-server-stats';
import type { UserStatsFlatApi } from '../../native/generated/user-stats';
import type { NetworkingMessagesFlatApi } from '../../native/generated/networking-messages';
import type { NetworkingSocketsFlatApi } from '../../native/generated/networking-sockets';
import type { NetworkingTypesFlatApi } from '../../native/generated/networking-types';
import type { NetworkingUtilsFlatApi } from '../../native/generated/networking-utils';

/** Control functions the fake adds to Valve's names. */
type ControlName = `FakeSteam_${string}`;
/** A recorded function: one of Valve's (the SDK's bound set, or a slice's own), or a pseudo-record holding a second output. */
type RecordedName =
  | FlatSymbol
  | keyof UtilsFlatApi
  | keyof AppsFlatApi
  | keyof FriendsFlatApi
  | keyof UserStatsFlatApi
  | keyof GameServerStatsFlatApi
  | keyof NetworkingMessagesFlatApi
  | keyof NetworkingSocketsFlatApi
  | keyof NetworkingTypesFlatApi
  | keyof NetworkingUtilsFlatApi
  // Declared by hand (a function-pointer parameter the generator skips).
  | 'SteamAPI_ISteamNetworkingUtils_SetDebugOutputFunction'
  | 'SteamAPI_ISteamNetworkingMessages_GetSessionConnectionInfo_QuickStatus'
  | 'SteamAPI_ISteamApps_GetBetaInfo_Description';

/** Interfaces whose objects fake_steam_api.c holds (FakeSteam_InterfacePointer's index). */
type CoreInterface = 'user' | 'gameServer' | 'utils' | 'gameServerUtils' | 'apps';
/** Every interface object the fake hands out; the interface files' ones have their own control functions. */
export type FakeInterface = CoreInterface | 'friends' | 'userStats' | 'gameServerStats';

/** A float as the fake records and scripts it (an argument, an out value): its 32-bit pattern, like the core's bits_of_float. */
export const floatBits = (value: number): bigint => BigInt(new Uint32Array(Float32Array.of(value).buffer)[0] ?? 0);
/** A double as the fake records and scripts it: its 64-bit pattern, like the core's bits_of_double. */
export const doubleBits = (value: number): bigint => new BigUint64Array(Float64Array.of(value).buffer)[0] ?? 0n;

const interfaceIndex: Readonly<Record<CoreInterface, number>> = { user: 0, gameServer: 1, utils: 2, gameServerUtils: 3, apps: 4 };

export interface FakeSteam {
  readonly libraryPath: string;
  /** Forgets every record, script, queue and live session. */
  reset(): void;
  setClientInit(result: number, message: string): void;
  setServerInit(result: number, message: string): void;
  setPipes(clientPipe: number, serverPipe: number): void;
  /** The value a function returns (for pointer results: the address; 0 is NULL). */
  setReturn(symbol: RecordedName, value: number | bigint | boolean): void;
  /** Bytes the function writes into the caller's buffer (ticket, voice, packet, folder, IP struct). */
  setOutput(symbol: RecordedName, bytes: Uint8Array | string): void;
  /** Out-parameter values (e.g. GetAvailableVoice's *pcbCompressed is index 0). */
  setOutValue(symbol: RecordedName, index: number, value: number | bigint): void;
  callCount(symbol: RecordedName): number;
  /** Global order of the last call (0 when never called). */
  callSequence(symbol: RecordedName): bigint;
  /** The last call's argument as unsigned 64 bits (pointers: the address). */
  arg(symbol: RecordedName, index: number): bigint;
  /** The same, read as a signed 64-bit integer (int arguments). */
  signedArg(symbol: RecordedName, index: number): bigint;
  argIsNull(symbol: RecordedName, index: number): boolean;
  argString(symbol: RecordedName, index: number): string | null;
  /** Bytes recorded for an input-buffer argument (null when none were). */
  argBytes(symbol: RecordedName, index: number): Uint8Array | null;
  interfacePointer(which: FakeInterface): bigint;
  clientLive(): boolean;
  serverLive(): boolean;
  queueCallback(pipe: number, callbackId: number, payload: Uint8Array): void;
  /** A callback GetNextCallback hands out only `delayMs` (monotonic clock) from now; later ones pass it meanwhile. */
  queueCallbackAfter(pipe: number, callbackId: number, payload: Uint8Array, delayMs: number): void;
  /**
   * From now on (until reset), every GetAuthSessionTicket that issues a ticket posts its
   * GetAuthSessionTicketResponse_t (that handle, OK) on its pipe, visible `delayMs` after the call;
   * -1 turns this off.
   */
  setTicketResponseDelay(delayMs: number): void;
  /** A CallbackMsg_t that lies about m_cubParam, or carries a NULL payload. */
  queueRawCallback(pipe: number, callbackId: number, payload: Uint8Array, reportedSize: number, nullPayload: boolean): void;
  queueCallResult(pipe: number, apiCall: bigint, callbackId: number, payload: Uint8Array, ioFailure: boolean): void;
  /** The same, its SteamAPICallCompleted_t visible to GetNextCallback only `delayMs` from now. */
  queueCallResultAfter(pipe: number, apiCall: bigint, callbackId: number, payload: Uint8Array, ioFailure: boolean, delayMs: number): void;
  /**
   * A call result whose SteamAPICallCompleted_t claims `claimedSize` bytes (m_cubParam) while
   * GetAPICallResult writes only the payload's bytes into the caller's buffer.
   */
  queueCallResultClaiming(pipe: number, apiCall: bigint, callbackId: number, payload: Uint8Array, claimedSize: number, ioFailure: boolean): void;
  /** Only the SteamAPICallCompleted_t, with any m_cubParam, no stored result. */
  queueCallCompleted(pipe: number, apiCall: bigint, callbackId: number, reportedSize: number): void;
  /** Messages queued on `pipe` and not yet handed out, delayed ones included. */
  pendingCallbacks(pipe: number): number;
  /** Messages handed out by GetNextCallback and not yet freed. */
  outstandingCallbacks(): number;
  /** GetNextCallback without a free in between, or a free with nothing outstanding. */
  protocolErrors(): number;
  pendingCallResults(): number;
  /** The most recently freed payload as it is now in native memory (poisoned with 0xCD). */
  lastFreedPayload(): Uint8Array | null;
  /** The details GetDownloadedLeaderboardEntry writes (cut to its cDetailsMax). */
  setLeaderboardDetails(details: Int32Array): void;
  /** SteamNetworkingMessage_t made by the fake (received messages and AllocateMessage) since reset. */
  networkingMessagesAllocated(): number;
  /** First releases of those (SteamAPI_SteamNetworkingMessage_t_Release / m_pfnRelease). */
  networkingMessageReleases(): number;
  /** Releases of a message already released. */
  networkingMessageDoubleReleases(): number;
  /** Releases of a pointer the fake never made (never dereferenced). */
  networkingMessageUnknownReleases(): number;
  /** Messages made and not released. */
  networkingMessagesLive(): number;
  /** ISteamNetworkingMessages' `self` of the client ('client') or the game server ('server'). */
  networkingMessagesInterface(pipe: 'client' | 'server'): bigint;
  /** ISteamNetworkingUtils' `self`. */
  networkingUtilsInterface(): bigint;
  /**
   * A message the session will receive on `channel` (identity: 136 bytes). `size` defaults to the
   * data's length; a different (negative) size or `nullData` makes a malformed message.
   */
  queueNetworkingMessage(
    pipe: 'client' | 'server',
    channel: number,
    data: Uint8Array,
    identity: Uint8Array,
    options?: { readonly messageNumber?: bigint; readonly flags?: number; readonly size?: number; readonly nullData?: boolean },
  ): void;
  /** Queued messages not yet received by the session. */
  pendingNetworkingMessages(pipe: 'client' | 'server'): number;
  /** Calls the installed debug-output handler as Steam would; false when none is installed (or the type is above its level). */
  emitNetworkingDebugOutput(type: number, message: string): boolean;
  /** Whether a debug-output handler is installed. */
  networkingDebugOutputInstalled(): boolean;
}

const toBigInt = (value: number | bigint): bigint => (typeof value === 'bigint' ? value : BigInt(value));

/** Loads the fake (building it when needed; jest's globalSetup normally already has). */
export const loadFakeSteam = (libraryPath: string = buildFakeLibrary()): FakeSteam => {
  const library = koffi.load(libraryPath);
  const control = (name: ControlName, result: string, parameters: string[]) => library.func(name, result, parameters);
  const reset = control('FakeSteam_Reset', 'void', []);
  const setClientInit = control('FakeSteam_SetClientInit', 'void', ['int', 'const char *']);
  const setServerInit = control('FakeSteam_SetServerInit', 'void', ['int', 'const char *']);
  const setPipes = control('FakeSteam_SetPipes', 'void', ['int', 'int']);
  const setReturn = control('FakeSteam_SetReturn', 'void', ['const char *', 'uint64_t']);
  const setOutput = control('FakeSteam_SetOutput', 'void', ['const char *', 'void *', 'int']);
  const setOutValue = control('FakeSteam_SetOutValue', 'void', ['const char *', 'int', 'uint64_t']);
  const callCount = control('FakeSteam_CallCount', 'int', ['const char *']);
  const callSequence = control('FakeSteam_CallSequence', 'uint64_t', ['const char *']);
  const arg = control('FakeSteam_Arg', 'uint64_t', ['const char *', 'int']);
  const signedArg = control('FakeSteam_Arg', 'int64_t', ['const char *', 'int']);
  const argIsNull = control('FakeSteam_ArgIsNull', 'int', ['const char *', 'int']);
  const argString = control('FakeSteam_ArgString', 'const char *', ['const char *', 'int']);
  const argBytes = control('FakeSteam_ArgBytes', 'int', ['const char *', 'int', 'void *', 'int']);
  const interfacePointer = control('FakeSteam_InterfacePointer', 'uint64_t', ['int']);
  const friendsInterfacePointer = control('FakeSteam_FriendsInterfacePointer', 'uint64_t', []);
  const clientLive = control('FakeSteam_ClientLive', 'int', []);
  const serverLive = control('FakeSteam_ServerLive', 'int', []);
  const queueCallback = control('FakeSteam_QueueCallback', 'void', ['int', 'int', 'void *', 'int']);
  const queueCallbackAfter = control('FakeSteam_QueueCallbackAfter', 'void', ['int', 'int', 'void *', 'int', 'int']);
  const setTicketResponseDelay = control('FakeSteam_SetTicketResponseDelay', 'void', ['int']);
  const queueCallResultAfter = control('FakeSteam_QueueCallResultAfter', 'void', ['int', 'uint64_t', 'int', 'void *', 'int', 'int', 'int']);
  const queueRawCallback = control('FakeSteam_QueueRawCallback', 'void', ['int', 'int', 'void *', 'int', 'int', 'int']);
  const queueCallResult = control('FakeSteam_QueueCallResult', 'void', ['int', 'uint64_t', 'int', 'void *', 'int', 'int']);
  const queueCallResultClaiming = control('FakeSteam_QueueCallResultClaiming', 'void', ['int', 'uint64_t', 'int', 'void *', 'int', 'uint32_t', 'int']);
  const queueCallCompleted = control('FakeSteam_QueueCallCompleted', 'void', ['int', 'uint64_t', 'int', 'uint32_t']);
  const pendingCallbacks = control('FakeSteam_PendingCallbacks', 'int', ['int']);
  const outstandingCallbacks = control('FakeSteam_OutstandingCallbacks', 'int', []);
  const protocolErrors = control('FakeSteam_ProtocolErrors', 'int', []);
  const pendingCallResults = control('FakeSteam_PendingCallResults', 'int', []);
  const lastFreedPayload = control('FakeSteam_LastFreedPayload', 'int', ['void *', 'int']);
  const statsInterfacePointer = control('FakeSteam_StatsInterfacePointer', 'uint64_t', ['int']);
  const slicePointers: Readonly<Record<FakeInterface, () => number | bigint>> = {
    user: () => interfacePointer(interfaceIndex.user),
    gameServer: () => interfacePointer(interfaceIndex.gameServer),
    utils: () => interfacePointer(interfaceIndex.utils),
    gameServerUtils: () => interfacePointer(interfaceIndex.gameServerUtils),
    apps: () => interfacePointer(interfaceIndex.apps),
    friends: () => friendsInterfacePointer(),
    userStats: () => statsInterfacePointer(0),
    gameServerStats: () => statsInterfacePointer(1),
  };
  const setLeaderboardDetails = control('FakeSteam_SetLeaderboardDetails', 'void', ['int32_t *', 'int']);
  const networkingMessagesAllocated = control('FakeSteam_NetworkingMessagesAllocated', 'int', []);
  const networkingMessageReleases = control('FakeSteam_NetworkingMessageReleases', 'int', []);
  const networkingMessageDoubleReleases = control('FakeSteam_NetworkingMessageDoubleReleases', 'int', []);
  const networkingMessageUnknownReleases = control('FakeSteam_NetworkingMessageUnknownReleases', 'int', []);
  const networkingMessagesLive = control('FakeSteam_NetworkingMessagesLive', 'int', []);
  const networkingMessagesInterface = control('FakeSteam_NetworkingMessagesInterface', 'uint64_t', ['int']);
  const networkingUtilsInterface = control('FakeSteam_NetworkingUtilsInterface', 'uint64_t', []);
  const queueNetworkingMessage = control('FakeSteam_QueueNetworkingMessage', 'void', ['int', 'int', 'void *', 'int', 'void *', 'int64_t', 'int', 'int']);
  const pendingNetworkingMessages = control('FakeSteam_PendingNetworkingMessages', 'int', ['int']);
  const emitNetworkingDebugOutput = control('FakeSteam_EmitNetworkingDebugOutput', 'int', ['int', 'const char *']);
  const networkingDebugOutputInstalled = control('FakeSteam_NetworkingDebugOutputInstalled', 'int', []);

  return {
    libraryPath,
    reset: () => reset(),
    setClientInit: (result, message) => setClientInit(result, message),
    setServerInit: (result, message) => setServerInit(result, message),
    setPipes: (clientPipe, serverPipe) => setPipes(clientPipe, serverPipe),
    setReturn: (symbol, value) => setReturn(symbol, typeof value === 'boolean' ? (value ? 1 : 0) : BigInt.asUintN(64, toBigInt(value))),
    setOutput: (symbol, bytes) => {
      const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
      setOutput(symbol, data, data.byteLength);
    },
    setOutValue: (symbol, index, value) => setOutValue(symbol, index, BigInt.asUintN(64, toBigInt(value))),
    callCount: (symbol) => callCount(symbol),
    callSequence: (symbol) => toBigInt(callSequence(symbol)),
    arg: (symbol, index) => toBigInt(arg(symbol, index)),
    signedArg: (symbol, index) => toBigInt(signedArg(symbol, index)),
    argIsNull: (symbol, index) => argIsNull(symbol, index) !== 0,
    argString: (symbol, index) => argString(symbol, index),
    argBytes: (symbol, index) => {
      const length: number = argBytes(symbol, index, null, 0);
      if (length < 0) return null;
      const out = new Uint8Array(length);
      argBytes(symbol, index, out, length);
      return out;
    },
    interfacePointer: (which) => toBigInt(slicePointers[which]()),
    clientLive: () => clientLive() !== 0,
    serverLive: () => serverLive() !== 0,
    queueCallback: (pipe, callbackId, payload) => queueCallback(pipe, callbackId, payload, payload.byteLength),
    queueCallbackAfter: (pipe, callbackId, payload, delayMs) => queueCallbackAfter(pipe, callbackId, payload, payload.byteLength, delayMs),
    setTicketResponseDelay: (delayMs) => setTicketResponseDelay(delayMs),
    queueRawCallback: (pipe, callbackId, payload, reportedSize, nullPayload) =>
      queueRawCallback(pipe, callbackId, payload, payload.byteLength, reportedSize, nullPayload ? 1 : 0),
    queueCallResult: (pipe, apiCall, callbackId, payload, ioFailure) =>
      queueCallResult(pipe, apiCall, callbackId, payload, payload.byteLength, ioFailure ? 1 : 0),
    queueCallResultAfter: (pipe, apiCall, callbackId, payload, ioFailure, delayMs) =>
      queueCallResultAfter(pipe, apiCall, callbackId, payload, payload.byteLength, ioFailure ? 1 : 0, delayMs),
    queueCallResultClaiming: (pipe, apiCall, callbackId, payload, claimedSize, ioFailure) =>
      queueCallResultClaiming(pipe, apiCall, callbackId, payload, payload.byteLength, claimedSize, ioFailure ? 1 : 0),
    queueCallCompleted: (pipe, apiCall, callbackId, reportedSize) => queueCallCompleted(pipe, apiCall, callbackId, reportedSize),
    pendingCallbacks: (pipe) => pendingCallbacks(pipe),
    outstandingCallbacks: () => outstandingCallbacks(),
    protocolErrors: () => protocolErrors(),
    pendingCallResults: () => pendingCallResults(),
    lastFreedPayload: () => {
      const length: number = lastFreedPayload(null, 0);
      if (length < 0) return null;
      const out = new Uint8Array(length);
      lastFreedPayload(out, length);
      return out;
    },
    setLeaderboardDetails: (details) => setLeaderboardDetails(details, details.length),
    networkingMessagesAllocated: () => networkingMessagesAllocated(),
    networkingMessageReleases: () => networkingMessageReleases(),
    networkingMessageDoubleReleases: () => networkingMessageDoubleReleases(),
    networkingMessageUnknownReleases: () => networkingMessageUnknownReleases(),
    networkingMessagesLive: () => networkingMessagesLive(),
    networkingMessagesInterface: (pipe) => toBigInt(networkingMessagesInterface(pipe === 'server' ? 1 : 0)),
    networkingUtilsInterface: () => toBigInt(networkingUtilsInterface()),
    queueNetworkingMessage: (pipe, channel, data, identity, options = {}) =>
      queueNetworkingMessage(
        pipe === 'server' ? 1 : 0,
        channel,
        data,
        options.size ?? data.byteLength,
        identity,
        options.messageNumber ?? 0n,
        options.flags ?? 0,
        options.nullData === true ? 1 : 0,
      ),
    pendingNetworkingMessages: (pipe) => pendingNetworkingMessages(pipe === 'server' ? 1 : 0),
    emitNetworkingDebugOutput: (type, message) => emitNetworkingDebugOutput(type, message) !== 0,
    networkingDebugOutputInstalled: () => networkingDebugOutputInstalled() !== 0,
  };
};
