/**
 * NetworkingUtilsPort over Valve's flat ISteamNetworkingUtils (SteamNetworkingUtils004), bound once
 * per library on the first call, with the interface pointer (SteamAPI_SteamNetworkingUtils_SteamAPI_v004)
 * asked for then. SetDebugOutputFunction takes a function pointer, which the generator leaves out:
 * it is declared here, and the handler is a koffi-registered callback the port unregisters when
 * replaced and at shutdown (after telling Steam to stop calling it).
 */
import koffi from 'koffi';
import { cBufferSize, maximumInt32Size } from './buffer-size';
import { cText } from './c-text';
import { toBigInt } from './flat-api';
import type { AbiFunction } from './generated/abi-types';
import type { NetworkingUtilsFlatApi } from './generated/networking-utils';
import { lazyInterface, liveInterface } from './lazy-interface';
import type { LibraryHandle } from 'koffi';
import type { GetConfigValueAnswer, NetworkingConfigValue, NetworkingDebugOutput, NetworkingUtilsPort } from './networking-utils-port';
import type { SessionLiveness } from './native-session-liveness';
import { readFloat32, readInt32, readUint64 } from './scalar-bytes';
import { abiLayoutsFor, memberOf, hostPlatform, type AbiStructLayout } from './struct-layouts';
// rxjs's own reporter: an error thrown by a handler Steam called has no caller to go to.
import { reportUnhandledError } from 'rxjs/internal/util/reportUnhandledError';

/** SteamNetworkPingLocation_t is 512 opaque bytes. */
export const pingLocationBytes = 512;
/** k_cchMaxSteamNetworkingPingLocationString (the ABI JSON's constant). */
export const pingLocationStringBytes = 1024;
/** SteamRelayNetworkStatus_t's places (no pragma: the same on both platforms), looked up on first use. */
let relayStatusLayout: AbiStructLayout | undefined;
const relayStatus = (): AbiStructLayout => {
  // Required here, not at load: a game that never asks binds and loads nothing of the slice.
  const { networkingUtilsStructs } = require('./generated/networking-utils-structs') as typeof import('./generated/networking-utils-structs');
  relayStatusLayout ??= abiLayoutsFor(networkingUtilsStructs, hostPlatform())('SteamRelayNetworkStatus_t');
  return relayStatusLayout;
};
/** A config value's first buffer: every scalar fits; a longer string is asked for again at the size Steam says. */
const configValueBytes = 256;
/** ESteamNetworkingSocketsDebugOutputType None: no output. */
const debugOutputNone = 0;
/** ESteamNetworkingGetConfigValueResult. */
const configOk = 1;
const configOkInherited = 2;
const configBufferTooSmall = -3;

/** The hand-declared function-pointer function (the generator skips it). */
export interface DebugOutputFlatApi {
  SteamAPI_ISteamNetworkingUtils_SetDebugOutputFunction(self: bigint, eDetailLevel: number, pfnFunc: bigint | null): void;
}

/** Its declaration: the callback is passed as a registered pointer (koffi.register's bigint). */
export const debugOutputFunctions: readonly AbiFunction<keyof DebugOutputFlatApi>[] = [
  {
    name: 'SteamAPI_ISteamNetworkingUtils_SetDebugOutputFunction',
    result: 'void',
    parameters: ['void *', 'int32_t', 'void *'],
    exportedByValveLinuxLib: true,
    exportedByValveWin64Dll: true,
  },
];

/** FSteamNetworkingSocketsDebugOutput: void (*)(ESteamNetworkingSocketsDebugOutputType nType, const char *pszMsg). */
let debugOutputType: ReturnType<typeof koffi.pointer> | undefined;
const debugOutputPointerType = (): ReturnType<typeof koffi.pointer> => {
  debugOutputType ??= koffi.pointer(koffi.proto('void FSteamNetworkingSocketsDebugOutput(int32_t nType, const char *pszMsg)'));
  return debugOutputType;
};

/** Binds the debug-output declaration lazily, like a slice. */
export const debugOutputInterface = (library: LibraryHandle | null): (() => DebugOutputFlatApi) =>
  lazyInterface<DebugOutputFlatApi>(library, () => debugOutputFunctions, 'ISteamNetworkingUtils (SetDebugOutputFunction)');

const configValueOf = (dataType: number, bytes: Uint8Array, size: number): NetworkingConfigValue | null => {
  switch (dataType) {
    case 1:
      return { dataType: 1, value: readInt32(bytes, 0) };
    case 2:
      return { dataType: 2, value: BigInt.asIntN(64, readUint64(bytes, 0)) };
    case 3:
      return { dataType: 3, value: readFloat32(bytes, 0) };
    case 4:
      return { dataType: 4, value: cText(bytes.subarray(0, Math.min(size, bytes.length))) };
    case 5:
      return { dataType: 5, value: readUint64(bytes, 0) };
    default:
      return null;
  }
};

/**
 * The NetworkingUtilsPort of a live client session. `onShutdown` registers what must run before
 * the session's SteamAPI_Shutdown (the debug hook's removal).
 */
export const createNativeNetworkingUtilsPort = (
  liveness: SessionLiveness,
  utilsApi: () => NetworkingUtilsFlatApi,
  debugApi: () => DebugOutputFlatApi,
  onShutdown: (release: () => void) => void,
): NetworkingUtilsPort => {
  // Out-parameters reused: calls are synchronous and never overlap.
  const viaRelay = new Uint32Array(1);
  const dataType = new Int32Array(1);
  const scope = new Int32Array(1);
  const resultSize = new BigUint64Array(1);
  let registered: bigint | null = null;
  const flat = liveInterface(liveness, 'client', utilsApi, 'SteamAPI_SteamNetworkingUtils_SteamAPI_v004');
  const unregister = (): void => {
    if (registered === null) return;
    const pointer = registered;
    registered = null;
    koffi.unregister(pointer);
  };
  onShutdown(() => {
    if (registered === null) return;
    // Steam must stop calling the pointer before koffi frees its trampoline. A registration went
    // through flat(), and the session is still live here, so flat() answers the kept pointer.
    debugApi().SteamAPI_ISteamNetworkingUtils_SetDebugOutputFunction(flat().self, debugOutputNone, null);
    unregister();
  });
  const location = (bytes: Uint8Array): Uint8Array => {
    // Steam reads exactly 512 bytes: a shorter array would let it read past it.
    if (cBufferSize(bytes) !== pingLocationBytes) throw new RangeError(`steamworks-rx: a ping location is ${pingLocationBytes} bytes`);
    return bytes;
  };
  return {
    initRelayNetworkAccess: () => {
      const { api, self: utils } = flat();
      api.SteamAPI_ISteamNetworkingUtils_InitRelayNetworkAccess(utils);
    },
    getRelayNetworkStatus: () => {
      const { api, self: utils } = flat();
      const layout = relayStatus();
      const details = new Uint8Array(layout.size);
      const availability = api.SteamAPI_ISteamNetworkingUtils_GetRelayNetworkStatus(utils, details);
      const debug = memberOf(layout, 'm_debugMsg');
      return {
        availability,
        pingMeasurementInProgress: readInt32(details, memberOf(layout, 'm_bPingMeasurementInProgress').offset) !== 0,
        availabilityNetworkConfig: readInt32(details, memberOf(layout, 'm_eAvailNetworkConfig').offset),
        availabilityAnyRelay: readInt32(details, memberOf(layout, 'm_eAvailAnyRelay').offset),
        debugMessage: cText(details.subarray(debug.offset, debug.offset + debug.size)),
      };
    },
    getLocalPingLocation: () => {
      const { api, self: utils } = flat();
      const bytes = new Uint8Array(pingLocationBytes);
      const ageSeconds = api.SteamAPI_ISteamNetworkingUtils_GetLocalPingLocation(utils, bytes);
      return { ageSeconds, location: ageSeconds < 0 ? null : bytes };
    },
    estimatePingTimeBetweenTwoLocations: (location1, location2) => {
      const { api, self: utils } = flat();
      return api.SteamAPI_ISteamNetworkingUtils_EstimatePingTimeBetweenTwoLocations(utils, location(location1), location(location2));
    },
    estimatePingTimeFromLocalHost: (remoteLocation) => {
      const { api, self: utils } = flat();
      return api.SteamAPI_ISteamNetworkingUtils_EstimatePingTimeFromLocalHost(utils, location(remoteLocation));
    },
    convertPingLocationToString: (pingLocation) => {
      const { api, self: utils } = flat();
      const buffer = new Uint8Array(pingLocationStringBytes);
      api.SteamAPI_ISteamNetworkingUtils_ConvertPingLocationToString(utils, location(pingLocation), buffer, buffer.length);
      return cText(buffer);
    },
    parsePingLocationString: (text) => {
      const { api, self: utils } = flat();
      const bytes = new Uint8Array(pingLocationBytes);
      return api.SteamAPI_ISteamNetworkingUtils_ParsePingLocationString(utils, text, bytes) ? bytes : null;
    },
    checkPingDataUpToDate: (maxAgeSeconds) => {
      const { api, self: utils } = flat();
      return api.SteamAPI_ISteamNetworkingUtils_CheckPingDataUpToDate(utils, maxAgeSeconds);
    },
    getPingToDataCenter: (popId) => {
      const { api, self: utils } = flat();
      viaRelay[0] = 0;
      const ping = api.SteamAPI_ISteamNetworkingUtils_GetPingToDataCenter(utils, popId, viaRelay);
      return { ping, viaRelayPoP: viaRelay[0] ?? 0 };
    },
    getDirectPingToPOP: (popId) => {
      const { api, self: utils } = flat();
      return api.SteamAPI_ISteamNetworkingUtils_GetDirectPingToPOP(utils, popId);
    },
    getPOPCount: () => {
      const { api, self: utils } = flat();
      return api.SteamAPI_ISteamNetworkingUtils_GetPOPCount(utils);
    },
    getPOPList: (maximum) => {
      const { api, self: utils } = flat();
      const list = new Uint32Array(maximum);
      const written = api.SteamAPI_ISteamNetworkingUtils_GetPOPList(utils, list, maximum);
      return Array.from(list.subarray(0, Math.max(0, Math.min(written, maximum))));
    },
    getLocalTimestamp: () => {
      const { api, self: utils } = flat();
      return BigInt.asIntN(64, toBigInt(api.SteamAPI_ISteamNetworkingUtils_GetLocalTimestamp(utils)));
    },
    setGlobalConfigValueInt32: (value, data) => {
      const { api, self: utils } = flat();
      return api.SteamAPI_ISteamNetworkingUtils_SetGlobalConfigValueInt32(utils, value, data);
    },
    setGlobalConfigValueFloat: (value, data) => {
      const { api, self: utils } = flat();
      return api.SteamAPI_ISteamNetworkingUtils_SetGlobalConfigValueFloat(utils, value, data);
    },
    setGlobalConfigValueString: (value, data) => {
      const { api, self: utils } = flat();
      return api.SteamAPI_ISteamNetworkingUtils_SetGlobalConfigValueString(utils, value, data);
    },
    setConnectionConfigValueInt32: (connection, value, data) => {
      const { api, self: utils } = flat();
      return api.SteamAPI_ISteamNetworkingUtils_SetConnectionConfigValueInt32(utils, connection, value, data);
    },
    setConnectionConfigValueFloat: (connection, value, data) => {
      const { api, self: utils } = flat();
      return api.SteamAPI_ISteamNetworkingUtils_SetConnectionConfigValueFloat(utils, connection, value, data);
    },
    setConnectionConfigValueString: (connection, value, data) => {
      const { api, self: utils } = flat();
      return api.SteamAPI_ISteamNetworkingUtils_SetConnectionConfigValueString(utils, connection, value, data);
    },
    getConfigValue: (value, scopeType, scopeObject): GetConfigValueAnswer => {
      const { api, self: utils } = flat();
      let buffer = new Uint8Array(configValueBytes);
      const ask = (): number => {
        dataType[0] = 0;
        resultSize[0] = BigInt(buffer.length);
        return api.SteamAPI_ISteamNetworkingUtils_GetConfigValue(utils, value, scopeType, scopeObject, dataType, buffer, resultSize);
      };
      let result = ask();
      const needed = Number(resultSize[0] ?? 0n);
      // Once, at the size Steam asked for (bounded: a config string is never near 2^31 bytes).
      if (result === configBufferTooSmall && needed > buffer.length && needed <= maximumInt32Size) {
        buffer = new Uint8Array(needed);
        result = ask();
      }
      if (result !== configOk && result !== configOkInherited) return { result, value: null };
      const written = Math.min(Number(resultSize[0] ?? 0n), buffer.length);
      return { result, value: configValueOf(dataType[0] ?? 0, buffer, written) };
    },
    getConfigValueInfo: (value) => {
      const { api, self: utils } = flat();
      dataType[0] = 0;
      scope[0] = 0;
      const name = api.SteamAPI_ISteamNetworkingUtils_GetConfigValueInfo(utils, value, dataType, scope);
      return name === null ? null : { name, dataType: dataType[0] ?? 0, scope: scope[0] ?? 0 };
    },
    iterateGenericEditableConfigValues: (current, enumerateDevVars) => {
      const { api, self: utils } = flat();
      return api.SteamAPI_ISteamNetworkingUtils_IterateGenericEditableConfigValues(utils, current, enumerateDevVars);
    },
    setDebugOutputFunction: (detailLevel, output: NetworkingDebugOutput | null) => {
      const { self: utils } = flat();
      const debug = debugApi();
      if (output === null || detailLevel === debugOutputNone) {
        debug.SteamAPI_ISteamNetworkingUtils_SetDebugOutputFunction(utils, debugOutputNone, null);
        unregister();
        return;
      }
      const pointer = koffi.register((type: number, message: string | null) => {
        // Never let an exception unwind into Steam's C++ frames.
        try {
          output(type, message ?? '');
        } catch (error) {
          reportUnhandledError(error);
        }
      }, debugOutputPointerType());
      debug.SteamAPI_ISteamNetworkingUtils_SetDebugOutputFunction(utils, detailLevel, pointer);
      // The earlier handler is only freed once Steam holds the new pointer.
      unregister();
      registered = pointer;
    },
  };
};
