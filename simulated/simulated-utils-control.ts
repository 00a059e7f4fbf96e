/**
 * What a test does to a machine's Steam from outside the game, for ISteamUtils: type into (or
 * cancel) the gamepad text box the game opened, close the floating keyboard, change the IP
 * country, run the battery low, suspend and resume, shut Steam down. Each callback arrives after
 * the simulated Steam's latency, in the real struct layout, on the user's client pipes.
 */
import { byteLength } from './c-string';
import type { ClientEndpoint } from './client-endpoint';
import type { Universe } from './universe';
import { imagesOf, utilsMachineOf, type GamepadTextBox, type SimulatedImage } from './utils-model';

/** The ISteamUtils controls of a simulated Steam (`steam.utils`). */
export interface SimulatedUtilsControl {
  /**
   * The user types `text` into the gamepad text box their game opened and submits it (cut to the
   * box's charMax characters): GamepadTextInputDismissed_t (714) with m_bSubmitted true follows.
   * Throws when no client of the user has a box open.
   */
  typeGamepadText(user: bigint, text: string): void;
  /** The user cancels the open gamepad text box: GamepadTextInputDismissed_t with m_bSubmitted false. Throws when none is open. */
  dismissGamepadText(user: bigint): void;
  /** The gamepad text box open for the user's game right now, as it was asked for; null when none is. */
  gamepadTextBox(user: bigint): GamepadTextBox | null;
  /** The user closes the floating keyboard: FloatingGamepadTextInputDismissed_t (738). Throws when none is open. */
  dismissFloatingGamepadText(user: bigint): void;
  /** The machine's country by IP changes: GetIPCountry answers `country`, then IPCountry_t (701). */
  changeIpCountry(user: bigint, country: string): void;
  /** The battery runs low: GetCurrentBatteryPower answers `percent`, then LowBatteryPower_t (702) with the minutes left. */
  lowBatteryPower(user: bigint, minutesLeft: number, percent?: number): void;
  /** The device wakes from suspend: AppResumingFromSuspend_t (736). */
  resumeFromSuspend(user: bigint): void;
  /** Steam is shutting down: SteamShutdown_t (704). */
  steamShutdown(user: bigint): void;
  /** A text-filter dictionary changed: FilterTextDictionaryChanged_t (739) with the ELanguage. */
  filterTextDictionaryChanged(user: bigint, language: number): void;
}

/** The images of a simulated Steam (`steam.images`), served by GetImageSize / GetImageRGBA. */
export interface SimulatedImages {
  /** Registers an image; returns its handle (nonzero, unique). Throws when rgba is not width × height × 4 bytes. */
  register(image: SimulatedImage): number;
}

export const createSimulatedImages = (universe: Universe): SimulatedImages => ({
  register: (image) => imagesOf(universe).register(image),
});

export const createSimulatedUtilsControl = (universe: Universe): SimulatedUtilsControl => {
  const clientsOf = (user: bigint): ClientEndpoint[] => universe.liveClientsOf(user);
  /** The first of the user's games with a gamepad text box open. */
  const clientWithBox = (user: bigint): ClientEndpoint | undefined =>
    clientsOf(user).find((candidate) => utilsMachineOf(candidate.process).gamepadTextBox !== null);
  const withOpenBox = (user: bigint): ClientEndpoint => {
    const client = clientWithBox(user);
    if (client === undefined) throw new Error(`steamworks-rx: no game of user ${user} has a gamepad text box open`);
    return client;
  };
  const closeBox = (client: ClientEndpoint, submitted: string | null): void => {
    const machine = utilsMachineOf(client.process);
    const box = machine.gamepadTextBox;
    if (box === null) return;
    machine.gamepadTextBox = null;
    machine.lastInputAtMs = universe.now();
    const text = submitted === null ? null : [...submitted].slice(0, box.charMax).join('');
    machine.enteredGamepadText = text;
    client.postLater('GamepadTextInputDismissed_t', () => ({
      m_bSubmitted: text !== null,
      m_unSubmittedText: text === null ? 0 : byteLength(text),
      m_unAppID: client.process.appId,
    }));
  };
  const toAll = (user: bigint, struct: string, values: Readonly<Record<string, number>>, change: (client: ClientEndpoint) => void = () => undefined): void => {
    for (const client of clientsOf(user)) {
      change(client);
      client.postLater(struct, () => values);
    }
  };
  return {
    typeGamepadText: (user, text) => closeBox(withOpenBox(user), text),
    dismissGamepadText: (user) => closeBox(withOpenBox(user), null),
    gamepadTextBox: (user) => {
      const client = clientWithBox(user);
      return client === undefined ? null : utilsMachineOf(client.process).gamepadTextBox;
    },
    dismissFloatingGamepadText: (user) => {
      const client = clientsOf(user).find((candidate) => utilsMachineOf(candidate.process).floatingKeyboardOpen);
      if (client === undefined) throw new Error(`steamworks-rx: no game of user ${user} has the floating keyboard open`);
      utilsMachineOf(client.process).floatingKeyboardOpen = false;
      client.postLater('FloatingGamepadTextInputDismissed_t', () => ({}));
    },
    changeIpCountry: (user, country) =>
      toAll(user, 'IPCountry_t', {}, (client) => {
        utilsMachineOf(client.process).ipCountry = country;
      }),
    lowBatteryPower: (user, minutesLeft, percent = 5) =>
      toAll(user, 'LowBatteryPower_t', { m_nMinutesBatteryLeft: minutesLeft }, (client) => {
        utilsMachineOf(client.process).batteryPower = percent;
      }),
    resumeFromSuspend: (user) => toAll(user, 'AppResumingFromSuspend_t', {}),
    steamShutdown: (user) => toAll(user, 'SteamShutdown_t', {}),
    filterTextDictionaryChanged: (user, language) => toAll(user, 'FilterTextDictionaryChanged_t', { m_eLanguage: language }),
  };
};
