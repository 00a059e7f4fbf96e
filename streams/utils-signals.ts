/** The signals of ISteamUtils (either pipe: the client's SteamUtils or the game server's), by payload name. */
import { lazySignalTable } from './lazy-signal';
import type { appResumingFromSuspendSignal } from './signals/app-resuming-from-suspend';
import type { checkFileSignatureSignal } from './signals/check-file-signature';
import type { filterTextDictionaryChangedSignal } from './signals/filter-text-dictionary-changed';
import type { floatingGamepadTextInputDismissedSignal } from './signals/floating-gamepad-text-input-dismissed';
import type { gamepadTextInputDismissedSignal } from './signals/gamepad-text-input-dismissed';
import type { ipCountrySignal } from './signals/ip-country';
import type { lowBatteryPowerSignal } from './signals/low-battery-power';
import type { steamShutdownSignal } from './signals/steam-shutdown';

/** Every ISteamUtils signal, by payload name: the definitions createUtilsStreams routes. */
export const utilsSignals = lazySignalTable<{
  readonly appResumingFromSuspend: typeof appResumingFromSuspendSignal;
  readonly checkFileSignature: typeof checkFileSignatureSignal;
  readonly filterTextDictionaryChanged: typeof filterTextDictionaryChangedSignal;
  readonly floatingGamepadTextInputDismissed: typeof floatingGamepadTextInputDismissedSignal;
  readonly gamepadTextInputDismissed: typeof gamepadTextInputDismissedSignal;
  readonly ipCountry: typeof ipCountrySignal;
  readonly lowBatteryPower: typeof lowBatteryPowerSignal;
  readonly steamShutdown: typeof steamShutdownSignal;
}>({
  appResumingFromSuspend: { struct: 'AppResumingFromSuspend_t', load: () => (require('./signals/app-resuming-from-suspend') as typeof import('./signals/app-resuming-from-suspend')).appResumingFromSuspendSignal },
  checkFileSignature: { struct: 'CheckFileSignature_t', load: () => (require('./signals/check-file-signature') as typeof import('./signals/check-file-signature')).checkFileSignatureSignal },
  filterTextDictionaryChanged: { struct: 'FilterTextDictionaryChanged_t', load: () => (require('./signals/filter-text-dictionary-changed') as typeof import('./signals/filter-text-dictionary-changed')).filterTextDictionaryChangedSignal },
  floatingGamepadTextInputDismissed: { struct: 'FloatingGamepadTextInputDismissed_t', load: () => (require('./signals/floating-gamepad-text-input-dismissed') as typeof import('./signals/floating-gamepad-text-input-dismissed')).floatingGamepadTextInputDismissedSignal },
  gamepadTextInputDismissed: { struct: 'GamepadTextInputDismissed_t', load: () => (require('./signals/gamepad-text-input-dismissed') as typeof import('./signals/gamepad-text-input-dismissed')).gamepadTextInputDismissedSignal },
  ipCountry: { struct: 'IPCountry_t', load: () => (require('./signals/ip-country') as typeof import('./signals/ip-country')).ipCountrySignal },
  lowBatteryPower: { struct: 'LowBatteryPower_t', load: () => (require('./signals/low-battery-power') as typeof import('./signals/low-battery-power')).lowBatteryPowerSignal },
  steamShutdown: { struct: 'SteamShutdown_t', load: () => (require('./signals/steam-shutdown') as typeof import('./signals/steam-shutdown')).steamShutdownSignal },
});
