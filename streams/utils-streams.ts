/**
 * One typed stream per ISteamUtils signal of ONE pipe (the client's SteamUtils or the game
 * server's SteamGameServerUtils). CheckFileSignature_t (705) appears on its stream whether it came
 * as a callback or as a call result. See signal-router.ts for sharing, decode-once and error rules.
 */
import type { Observable } from 'rxjs';
import type { Pipe, Platform, RawCallback } from '../native/steam-core';
import type { DecodeError } from './decode-error';
import { createSignalTableStreams } from './signal-router';
import type { AppResumingFromSuspend } from './signals/app-resuming-from-suspend';
import type { CheckFileSignature } from './signals/check-file-signature';
import type { FilterTextDictionaryChanged } from './signals/filter-text-dictionary-changed';
import type { FloatingGamepadTextInputDismissed } from './signals/floating-gamepad-text-input-dismissed';
import type { GamepadTextInputDismissed } from './signals/gamepad-text-input-dismissed';
import type { IpCountry } from './signals/ip-country';
import type { LowBatteryPower } from './signals/low-battery-power';
import type { SteamShutdown } from './signals/steam-shutdown';
import { utilsSignals } from './utils-signals';

/** The typed streams of ISteamUtils on one pipe, one per signal, and their decode errors. */
export interface UtilsStreams {
  /** AppResumingFromSuspend_t (736): the game resumes after the device was suspended. */
  readonly appResumingFromSuspend$: Observable<AppResumingFromSuspend>;
  /** CheckFileSignature_t (705): results of CheckFileSignature. */
  readonly checkFileSignature$: Observable<CheckFileSignature>;
  /** FilterTextDictionaryChanged_t (739): a text-filter dictionary changed. */
  readonly filterTextDictionaryChanged$: Observable<FilterTextDictionaryChanged>;
  /** FloatingGamepadTextInputDismissed_t (738): the floating keyboard closed. */
  readonly floatingGamepadTextInputDismissed$: Observable<FloatingGamepadTextInputDismissed>;
  /** GamepadTextInputDismissed_t (714): the gamepad text box closed, submitted or cancelled. */
  readonly gamepadTextInputDismissed$: Observable<GamepadTextInputDismissed>;
  /** IPCountry_t (701): the computer's country by IP changed. */
  readonly ipCountry$: Observable<IpCountry>;
  /** LowBatteryPower_t (702): the battery is low. */
  readonly lowBatteryPower$: Observable<LowBatteryPower>;
  /** SteamShutdown_t (704): Steam is shutting down. */
  readonly steamShutdown$: Observable<SteamShutdown>;
  /** Messages of the signals above, on this pipe, whose bytes did not decode. */
  readonly decodeErrors$: Observable<DecodeError>;
}

/** `pipe`'s Utils streams on `platform`'s struct layouts, from the core's single source. */
export const createUtilsStreams = (callbacks$: Observable<RawCallback>, pipe: Pipe, platform: Platform): UtilsStreams =>
  createSignalTableStreams(callbacks$, pipe, platform, utilsSignals);
