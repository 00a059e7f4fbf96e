/**
 * ISteamUtils for one pipe of a simulated process: it knows the API calls started on that pipe,
 * and answers the rest from the machine (utils-model.ts) and the universe. Unknown handles are
 * failed with InvalidHandle; after shutdown every call is SteamGone and every query a zero.
 */
import { ECheckFileSignature } from '../native/generated/utils';
import { ESteamIPv6ConnectivityProtocol, ESteamIPv6ConnectivityState } from '../native/generated/core';
import { ESteamAPICallFailure, EUniverse } from '../native/enums';
import type { UtilsPort } from '../native/steam-core';
import { byteLength, writeCut } from './c-string';
import type { Endpoint } from './endpoint';
import { imagesOf, utilsMachineOf } from './utils-model';

const utf8 = new TextEncoder();

/** Writes `text` and its NUL into `buffer` when both fit. */
const writeCString = (buffer: Uint8Array, text: string): boolean => {
  const encoded = utf8.encode(text);
  if (encoded.byteLength + 1 > buffer.byteLength) return false;
  buffer.set(encoded);
  buffer[encoded.byteLength] = 0;
  return true;
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const createSimulatedUtilsPort = (endpoint: Endpoint): UtilsPort => {
  const machine = utilsMachineOf(endpoint.process);
  const { universe } = endpoint;
  const onClient = endpoint.pipe === 'client';
  const seconds = (sinceMs: number): number => Math.max(0, Math.floor((universe.now() - sinceMs) / 1000));
  /** Live and counted as one IPC call (GetIPCCallCount). */
  const live = (): boolean => {
    machine.ipcCalls += 1;
    return endpoint.live;
  };
  return {
    getAppID: () => (endpoint.live ? endpoint.process.appId : 0),
    isAPICallCompleted: (apiCall) => {
      if (!endpoint.live) return { completed: false, failed: true };
      const call = endpoint.calls.get(apiCall);
      if (call === undefined) return { completed: false, failed: true };
      return { completed: call.state === 'completed', failed: call.ioFailure };
    },
    getAPICallFailureReason: (apiCall) => {
      if (!endpoint.live) return ESteamAPICallFailure.SteamGone;
      const call = endpoint.calls.get(apiCall);
      if (call === undefined) return ESteamAPICallFailure.InvalidHandle;
      return call.ioFailure ? ESteamAPICallFailure.NetworkFailure : ESteamAPICallFailure.None;
    },
    getSecondsSinceAppActive: () => (live() ? seconds(machine.startedAtMs) : 0),
    getSecondsSinceComputerActive: () => (live() ? seconds(machine.lastInputAtMs) : 0),
    getConnectedUniverse: () => (live() ? EUniverse.Public : EUniverse.Invalid),
    getServerRealTime: () => (live() ? Math.floor(universe.now() / 1000) : 0),
    getIPCountry: () => (live() ? machine.ipCountry : ''),
    getImageSize: (image) => {
      const found = live() ? imagesOf(universe).get(image) : undefined;
      return found === undefined ? { ok: false, width: 0, height: 0 } : { ok: true, width: found.width, height: found.height };
    },
    getImageRGBA: (image, buffer) => {
      const found = live() ? imagesOf(universe).get(image) : undefined;
      if (found === undefined || buffer.byteLength < found.rgba.byteLength) return false;
      buffer.set(found.rgba);
      return true;
    },
    getCurrentBatteryPower: () => (live() ? machine.batteryPower : 255),
    getIPCCallCount: () => {
      const count = machine.ipcCalls;
      machine.ipcCalls = 0;
      return count;
    },
    setOverlayNotificationPosition: (position) => {
      if (live()) machine.notificationPosition = position;
    },
    setOverlayNotificationInset: (horizontalInset, verticalInset) => {
      if (live()) machine.notificationInset = [horizontalInset, verticalInset];
    },
    isOverlayEnabled: () => live() && onClient && machine.overlayEnabled,
    overlayNeedsPresent: () => false,
    checkFileSignature: (fileName) => {
      if (!live()) return 0n;
      return endpoint.startCall('CheckFileSignature_t', () => {
        const signed = machine.fileSignatures.get(fileName);
        const verdict =
          machine.fileSignatures.size === 0
            ? ECheckFileSignature.NoSignaturesFoundForThisApp
            : signed === undefined
              ? ECheckFileSignature.NoSignaturesFoundForThisFile
              : signed
                ? ECheckFileSignature.ValidSignature
                : ECheckFileSignature.InvalidSignature;
        return { m_eCheckFileSignature: verdict };
      });
    },
    showGamepadTextInput: (inputMode, lineInputMode, description, charMax, existingText) => {
      if (!live() || !onClient || !machine.overlayEnabled || machine.gamepadTextBox !== null) return false;
      machine.gamepadTextBox = { inputMode, lineInputMode, description, charMax, existingText };
      machine.enteredGamepadText = null;
      return true;
    },
    getEnteredGamepadTextLength: () => (live() && machine.enteredGamepadText !== null ? byteLength(machine.enteredGamepadText) : 0),
    getEnteredGamepadTextInput: (buffer) => live() && machine.enteredGamepadText !== null && writeCString(buffer, machine.enteredGamepadText),
    dismissGamepadTextInput: () => {
      if (!live() || machine.gamepadTextBox === null) return false;
      machine.gamepadTextBox = null;
      endpoint.postLater('GamepadTextInputDismissed_t', () => ({ m_bSubmitted: false, m_unSubmittedText: 0, m_unAppID: endpoint.process.appId }));
      return true;
    },
    showFloatingGamepadTextInput: () => {
      if (!live() || !onClient || !machine.overlayEnabled || machine.floatingKeyboardOpen) return false;
      machine.floatingKeyboardOpen = true;
      return true;
    },
    dismissFloatingGamepadTextInput: () => {
      if (!live() || !machine.floatingKeyboardOpen) return false;
      machine.floatingKeyboardOpen = false;
      endpoint.postLater('FloatingGamepadTextInputDismissed_t', () => ({}));
      return true;
    },
    getSteamUILanguage: () => (live() ? machine.uiLanguage : ''),
    isSteamRunningInVR: () => live() && machine.runningInVR,
    isSteamInBigPictureMode: () => live() && machine.bigPicture,
    isSteamRunningOnSteamDeck: () => live() && machine.steamDeck,
    isSteamChinaLauncher: () => live() && machine.steamChina,
    startVRDashboard: () => {
      live();
    },
    isVRHeadsetStreamingEnabled: () => live() && machine.vrHeadsetStreaming,
    setVRHeadsetStreamingEnabled: (enabled) => {
      if (live()) machine.vrHeadsetStreaming = enabled;
    },
    setGameLauncherMode: (launcherMode) => {
      if (live()) machine.gameLauncherMode = launcherMode;
    },
    initFilterText: () => {
      if (!live()) return false;
      machine.filterInitialized = true;
      return true;
    },
    filterText: (_context, sourceSteamId, input, buffer) => {
      if (!live() || buffer.byteLength === 0) return 0;
      let filtered = 0;
      let output = input;
      const ownText = onClient && sourceSteamId === endpoint.steamId();
      if (machine.filterInitialized && !ownText) {
        for (const word of machine.filteredWords) {
          if (word === '') continue;
          output = output.replace(new RegExp(escapeRegExp(word), 'giu'), (found) => {
            filtered += [...found].length;
            return '*'.repeat([...found].length);
          });
        }
      }
      // The output never grows ('*' is one byte, each replaced character at least one): cut at the buffer.
      writeCut(buffer, output);
      return filtered;
    },
    getIPv6ConnectivityState: (protocol) => {
      if (!live()) return ESteamIPv6ConnectivityState.Unknown;
      return protocol === ESteamIPv6ConnectivityProtocol.HTTP || protocol === ESteamIPv6ConnectivityProtocol.UDP
        ? machine.ipv6Connectivity
        : ESteamIPv6ConnectivityState.Unknown;
    },
  };
};
