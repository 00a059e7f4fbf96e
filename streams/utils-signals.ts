/** The signals of ISteamUtils (either pipe: the client's SteamUtils or the game server's), by payload name. */
import { appResumingFromSuspendSignal } from './signals/app-resuming-from-suspend';
import { checkFileSignatureSignal } from './signals/check-file-signature';
import { filterTextDictionaryChangedSignal } from './signals/filter-text-dictionary-changed';
import { floatingGamepadTextInputDismissedSignal } from './signals/floating-gamepad-text-input-dismissed';
import { gamepadTextInputDismissedSignal } from './signals/gamepad-text-input-dismissed';
import { ipCountrySignal } from './signals/ip-country';
import { lowBatteryPowerSignal } from './signals/low-battery-power';
import { steamShutdownSignal } from './signals/steam-shutdown';

/** Every ISteamUtils signal, by payload name: the definitions createUtilsStreams routes. */
export const utilsSignals = {
  appResumingFromSuspend: appResumingFromSuspendSignal,
  checkFileSignature: checkFileSignatureSignal,
  filterTextDictionaryChanged: filterTextDictionaryChangedSignal,
  floatingGamepadTextInputDismissed: floatingGamepadTextInputDismissedSignal,
  gamepadTextInputDismissed: gamepadTextInputDismissedSignal,
  ipCountry: ipCountrySignal,
  lowBatteryPower: lowBatteryPowerSignal,
  steamShutdown: steamShutdownSignal,
} as const;
