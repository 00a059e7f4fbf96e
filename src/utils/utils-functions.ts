/**
 * ISteamUtils as the `utils` namespace of a client (SteamUtils) or a game server
 * (SteamGameServerUtils): queries answer plain values, image reads and entered text are Eithers,
 * CheckFileSignature and the gamepad text box are Observables of Either, and the interface's
 * callbacks are typed streams scoped to the session. Every function throws NotInitialized after
 * shutdown and InvalidArgument for a wrong argument, at call time.
 */
import { left, right, type Either } from 'fp-ts/Either';
import { Observable, map, merge, take } from 'rxjs';
import { cText } from '../../native/c-text';
import type { Pipe, Platform, RawCallback, UtilsPort } from '../../native/steam-core';
import type { CallResultError, CheckFileSignature } from '../../streams';
import { signalDecoders } from '../../streams/signal-decoders';
import { createUtilsStreams, type UtilsStreams } from '../../streams/utils-streams';
import type { Universe } from '../enums/universe';
import { CallFailed, notInitialized, type NotInitialized } from '../errors';
import { answeredDead, ensureLive, liveQuery } from '../session/guard';
import type { SessionState } from '../session/session-state';
import { steamCall } from '../session/steam-call';
import { streamsUntilShutdown } from '../session/until-shutdown';
import { boolean, cString, enumValue, int32, integerIn } from '../validation/arguments';
import { optionsObject, readProperty } from '../validation/read-option';
import { steamIdArgument } from '../validation/steam-id-argument';
import {
  FloatingGamepadTextInputMode,
  GamepadTextInputLineMode,
  GamepadTextInputMode,
  IPv6ConnectivityProtocol,
  NotificationPosition,
  TextFilteringContext,
  type IPv6ConnectivityState,
} from './utils-enums';
import { GamepadTextDismissed } from './gamepad-text-dismissed';

export { GamepadTextDismissed };

/** Why gamepadTextInput$ gave no text: dismissed, the box did not open or the text could not be read (CallFailed), or shutdown. */
export type GamepadTextInputError = GamepadTextDismissed | CallFailed | NotInitialized;

/** Why checkFileSignature gave no verdict: the call result failed (CallResultError) or the session shut down. */
export type UtilsCallError = CallResultError | NotInitialized;

/** What the gamepad text box shows; every field is optional. */
export interface GamepadTextInputOptions {
  /** Shown or hidden text. Default GamepadTextInputMode.Normal. */
  readonly inputMode?: GamepadTextInputMode;
  /** One line or several. Default GamepadTextInputLineMode.SingleLine. */
  readonly lineInputMode?: GamepadTextInputLineMode;
  /** The text above the box. Default ''. */
  readonly description?: string;
  /** The most characters the user may type, 1 to 65535. Default 256. */
  readonly charMax?: number;
  /** The text the box opens with. Default ''. */
  readonly existingText?: string;
}

/** An image Steam holds (an avatar), as RGBA pixels. */
export interface SteamImage {
  /** Width in pixels. */
  readonly width: number;
  /** Height in pixels. */
  readonly height: number;
  /** width × height × 4 bytes, RGBA, rows top to bottom. */
  readonly rgba: Uint8Array;
}

/** The size of an image Steam holds. */
export interface ImageSize {
  /** Width in pixels. */
  readonly width: number;
  /** Height in pixels. */
  readonly height: number;
}

/** Text after Steam's filter. */
export interface FilteredText {
  /** The text with the filtered characters replaced. */
  readonly text: string;
  /** How many characters were filtered (FilterText's return value). */
  readonly filteredCharacters: number;
}

/** ISteamUtils' callbacks, one typed stream per signal; each completes at shutdown. */
export interface UtilsSignals {
  /** The game resumes after the device (a Steam Deck) was suspended (AppResumingFromSuspend_t). */
  readonly appResumingFromSuspend$: UtilsStreams['appResumingFromSuspend$'];
  /** Every checkFileSignature verdict (CheckFileSignature_t); checkFileSignature gives its own. */
  readonly checkFileSignature$: UtilsStreams['checkFileSignature$'];
  /** A text-filter dictionary changed (FilterTextDictionaryChanged_t): filter text again. */
  readonly filterTextDictionaryChanged$: UtilsStreams['filterTextDictionaryChanged$'];
  /** The floating keyboard closed (FloatingGamepadTextInputDismissed_t). */
  readonly floatingGamepadTextInputDismissed$: UtilsStreams['floatingGamepadTextInputDismissed$'];
  /** The gamepad text box closed, submitted or not (GamepadTextInputDismissed_t); gamepadTextInput$ does both steps. */
  readonly gamepadTextInputDismissed$: UtilsStreams['gamepadTextInputDismissed$'];
  /** The computer's country by IP changed (IPCountry_t): read getIPCountry again. */
  readonly ipCountry$: UtilsStreams['ipCountry$'];
  /** The battery is low (LowBatteryPower_t), with the minutes left. */
  readonly lowBatteryPower$: UtilsStreams['lowBatteryPower$'];
  /** Steam is shutting down (SteamShutdown_t): save and quit. */
  readonly steamShutdown$: UtilsStreams['steamShutdown$'];
  /** Utils callbacks whose bytes did not decode. */
  readonly decodeErrors$: UtilsStreams['decodeErrors$'];
}

/**
 * ISteamUtils (SteamUtils010), as `client.utils` or `server.utils` (SteamGameServerUtils):
 * the app, the machine and the Steam client around the game.
 *
 * @example
 * ```ts
 * console.log(`app ${client.utils.getAppID()} in ${client.utils.getIPCountry()}, Deck: ${client.utils.isSteamRunningOnSteamDeck()}`);
 * ```
 */
export interface SteamUtils extends UtilsSignals {
  /** The app ID of this process. Flat: SteamAPI_ISteamUtils_GetAppID. */
  readonly getAppID: () => number;
  /** The two-letter ISO 3166-1 country of the computer's IP, e.g. 'US'. Flat: SteamAPI_ISteamUtils_GetIPCountry. */
  readonly getIPCountry: () => string;
  /** Steam's server time, in Unix seconds. Flat: SteamAPI_ISteamUtils_GetServerRealTime. */
  readonly getServerRealTime: () => number;
  /** Seconds since the app was last active. Flat: SteamAPI_ISteamUtils_GetSecondsSinceAppActive. */
  readonly getSecondsSinceAppActive: () => number;
  /** Seconds since the user last used the computer. Flat: SteamAPI_ISteamUtils_GetSecondsSinceComputerActive. */
  readonly getSecondsSinceComputerActive: () => number;
  /** The Steam universe the client is connected to. Flat: SteamAPI_ISteamUtils_GetConnectedUniverse. */
  readonly getConnectedUniverse: () => Universe;
  /** Battery percent, 255 on AC power. Flat: SteamAPI_ISteamUtils_GetCurrentBatteryPower. */
  readonly getCurrentBatteryPower: () => number;
  /** IPC calls to Steam since the last time this was asked (for profiling). Flat: SteamAPI_ISteamUtils_GetIPCCallCount. */
  readonly getIPCCallCount: () => number;
  /** The Steam client's UI language, e.g. 'english'. Flat: SteamAPI_ISteamUtils_GetSteamUILanguage. */
  readonly getSteamUILanguage: () => string;
  /**
   * The size of an image Steam holds (an avatar handle). Flat: SteamAPI_ISteamUtils_GetImageSize.
   * Failures: Left(CallFailed) for a handle Steam does not know. Throws InvalidArgument for a non-int32 handle.
   */
  readonly getImageSize: (image: number) => Either<CallFailed, ImageSize>;
  /**
   * An image Steam holds as RGBA pixels (GetImageSize then GetImageRGBA into a buffer of exactly
   * width × height × 4 bytes). Flat: SteamAPI_ISteamUtils_GetImageRGBA. Failures: Left(CallFailed)
   * for an unknown handle or an image Steam could not copy.
   *
   * @example
   * ```ts
   * const image = client.utils.getImageRGBA(avatarHandle);
   * if (isRight(image)) console.log(`${image.right.width}×${image.right.height}, ${image.right.rgba.byteLength} bytes`);
   * ```
   */
  readonly getImageRGBA: (image: number) => Either<CallFailed, SteamImage>;
  /** Whether the Steam overlay is enabled for this game. Flat: SteamAPI_ISteamUtils_IsOverlayEnabled. */
  readonly isOverlayEnabled: () => boolean;
  /** Whether the overlay needs a Present call to draw (for games that do not draw every frame). Flat: SteamAPI_ISteamUtils_BOverlayNeedsPresent. */
  readonly overlayNeedsPresent: () => boolean;
  /** Where overlay notifications appear. Flat: SteamAPI_ISteamUtils_SetOverlayNotificationPosition. Throws InvalidArgument for a value not of NotificationPosition. */
  readonly setOverlayNotificationPosition: (position: NotificationPosition) => void;
  /** Pixels notifications keep from the corner they appear in. Flat: SteamAPI_ISteamUtils_SetOverlayNotificationInset. Throws InvalidArgument for non-int32 values. */
  readonly setOverlayNotificationInset: (horizontalInset: number, verticalInset: number) => void;
  /** Whether Steam runs in VR mode. Flat: SteamAPI_ISteamUtils_IsSteamRunningInVR. */
  readonly isSteamRunningInVR: () => boolean;
  /** Whether Steam runs in Big Picture mode. Flat: SteamAPI_ISteamUtils_IsSteamInBigPictureMode. */
  readonly isSteamInBigPictureMode: () => boolean;
  /** Whether the game runs on a Steam Deck. Flat: SteamAPI_ISteamUtils_IsSteamRunningOnSteamDeck. */
  readonly isSteamRunningOnSteamDeck: () => boolean;
  /** Whether the game was started by the Steam China launcher. Flat: SteamAPI_ISteamUtils_IsSteamChinaLauncher. */
  readonly isSteamChinaLauncher: () => boolean;
  /** Opens the SteamVR dashboard. Flat: SteamAPI_ISteamUtils_StartVRDashboard. */
  readonly startVRDashboard: () => void;
  /** Whether the HMD content is streamed to a Steam Remote Play client. Flat: SteamAPI_ISteamUtils_IsVRHeadsetStreamingEnabled. */
  readonly isVRHeadsetStreamingEnabled: () => boolean;
  /** Turns HMD streaming on or off. Flat: SteamAPI_ISteamUtils_SetVRHeadsetStreamingEnabled. Throws InvalidArgument for a non-boolean. */
  readonly setVRHeadsetStreamingEnabled: (enabled: boolean) => void;
  /** Tells Steam the game is a launcher (Steam Deck controller config). Flat: SteamAPI_ISteamUtils_SetGameLauncherMode. Throws InvalidArgument for a non-boolean. */
  readonly setGameLauncherMode: (launcherMode: boolean) => void;
  /**
   * Asks Steam whether a file's signature matches the app's. Flat:
   * SteamAPI_ISteamUtils_CheckFileSignature, CheckFileSignature_t. Failures: CallResultError,
   * NotInitialized. Throws InvalidArgument for a name with a NUL or longer than 4 KiB.
   */
  readonly checkFileSignature: (fileName: string) => Observable<Either<UtilsCallError, CheckFileSignature>>;
  /**
   * Opens the Big Picture gamepad text box; the answer comes in gamepadTextInputDismissed$.
   * Flat: SteamAPI_ISteamUtils_ShowGamepadTextInput. False when it did not open. Throws
   * InvalidArgument for bad options.
   */
  readonly showGamepadTextInput: (options?: GamepadTextInputOptions) => boolean;
  /** The submitted text's length in bytes. Flat: SteamAPI_ISteamUtils_GetEnteredGamepadTextLength. */
  readonly getEnteredGamepadTextLength: () => number;
  /**
   * The text the user submitted in the gamepad text box. Flat:
   * SteamAPI_ISteamUtils_GetEnteredGamepadTextInput. Failures: Left(CallFailed) when there is none.
   */
  readonly getEnteredGamepadTextInput: () => Either<CallFailed, string>;
  /** Closes the gamepad text box. Flat: SteamAPI_ISteamUtils_DismissGamepadTextInput. False when none was open. */
  readonly dismissGamepadTextInput: () => boolean;
  /**
   * Opens the gamepad text box and emits what the user submitted, or Left(GamepadTextDismissed)
   * when they cancelled; Left(CallFailed) when it did not open. Holds the pump while it waits;
   * unsubscribing first closes the box. Flat: ShowGamepadTextInput, GamepadTextInputDismissed_t,
   * GetEnteredGamepadTextInput. Throws InvalidArgument for bad options, NotInitialized after shutdown.
   *
   * @example
   * ```ts
   * client.utils.gamepadTextInput$({ description: 'Your name', charMax: 32 }).subscribe((name) =>
   *   isRight(name) ? console.log(`hello ${name.right}`) : console.log(name.left.message));
   * ```
   */
  readonly gamepadTextInput$: (options?: GamepadTextInputOptions) => Observable<Either<GamepadTextInputError, string>>;
  /**
   * Opens the floating on-screen keyboard over a text field (Steam Deck); it closes with
   * floatingGamepadTextInputDismissed$. Flat: SteamAPI_ISteamUtils_ShowFloatingGamepadTextInput.
   * False when it did not open. Throws InvalidArgument for a bad mode or non-int32 coordinates.
   */
  readonly showFloatingGamepadTextInput: (mode: FloatingGamepadTextInputMode, x: number, y: number, width: number, height: number) => boolean;
  /** Closes the floating keyboard. Flat: SteamAPI_ISteamUtils_DismissFloatingGamepadTextInput. False when none was open. */
  readonly dismissFloatingGamepadTextInput: () => boolean;
  /** Loads Steam's text filter for this user; call before filterText. Flat: SteamAPI_ISteamUtils_InitFilterText. */
  readonly initFilterText: () => boolean;
  /**
   * Filters user-written text for the user's settings (profanity, slurs). Flat:
   * SteamAPI_ISteamUtils_FilterText. Throws InvalidArgument for a bad context, Steam ID or text.
   */
  readonly filterText: (context: TextFilteringContext, sourceSteamId: bigint, input: string) => FilteredText;
  /** Whether IPv6 works for a protocol. Flat: SteamAPI_ISteamUtils_GetIPv6ConnectivityState. Throws InvalidArgument for a bad protocol. */
  readonly getIPv6ConnectivityState: (protocol: IPv6ConnectivityProtocol) => IPv6ConnectivityState;
}

/** What a utils namespace is built from. */
export interface UtilsContext {
  readonly state: SessionState;
  readonly port: UtilsPort;
  readonly callbacks$: Observable<RawCallback>;
  readonly pipe: Pipe;
  readonly platform: Platform;
}

/** The largest RGBA image read (16384 × 16384 pixels); Steam's avatars are at most 184 × 184. */
const MAX_IMAGE_BYTES = 16384 * 16384 * 4;
const FILE_NAME_MAX_BYTES = 4096;
const FILTER_INPUT_MAX_BYTES = 65536;
const GAMEPAD_TEXT_MAX_BYTES = 65536;
const utf8 = new TextEncoder();

const gamepadOptions = (value: unknown) => {
  const options = optionsObject('options', value);
  const read = (key: string): unknown => (options === undefined ? undefined : readProperty(`options.${key}`, options, key));
  const inputMode = read('inputMode');
  const lineInputMode = read('lineInputMode');
  const description = read('description');
  const charMax = read('charMax');
  const existingText = read('existingText');
  return {
    inputMode: inputMode === undefined ? GamepadTextInputMode.Normal : enumValue('options.inputMode', inputMode, GamepadTextInputMode, 'GamepadTextInputMode'),
    lineInputMode:
      lineInputMode === undefined
        ? GamepadTextInputLineMode.SingleLine
        : enumValue('options.lineInputMode', lineInputMode, GamepadTextInputLineMode, 'GamepadTextInputLineMode'),
    description: description === undefined ? '' : cString('options.description', description, GAMEPAD_TEXT_MAX_BYTES),
    charMax: charMax === undefined ? 256 : integerIn('options.charMax', charMax, 1, 0xffff),
    existingText: existingText === undefined ? '' : cString('options.existingText', existingText, GAMEPAD_TEXT_MAX_BYTES),
  };
};

/** Builds the utils namespace of a live session. */
export const utilsNamespace = (context: UtilsContext): SteamUtils => {
  const { state, port } = context;
  const streams = createUtilsStreams(context.callbacks$, context.pipe, context.platform);
  const decoders = signalDecoders(context.platform);
  const query = <A>(call: () => A): (() => A) => liveQuery(state, call);

  const readEntered = (): Either<CallFailed, string> => {
    const length = port.getEnteredGamepadTextLength();
    const buffer = new Uint8Array(Math.min(length, GAMEPAD_TEXT_MAX_BYTES) + 1);
    if (!port.getEnteredGamepadTextInput(buffer)) return left(new CallFailed('getEnteredGamepadTextInput', 'no submitted gamepad text (or it did not fit)'));
    return right(cText(buffer));
  };

  const imageSize = (image: number): Either<CallFailed, ImageSize> => {
    const size = port.getImageSize(image);
    if (!size.ok) return left(new CallFailed('getImageSize', `Steam holds no image ${image}`));
    return right({ width: size.width, height: size.height });
  };

  const show = (box: ReturnType<typeof gamepadOptions>): boolean =>
    port.showGamepadTextInput(box.inputMode, box.lineInputMode, box.description, box.charMax, box.existingText);

  const gamepadTextInput$ = (options?: GamepadTextInputOptions): Observable<Either<GamepadTextInputError, string>> => {
    ensureLive(state);
    const box = gamepadOptions(options);
    return new Observable<Either<GamepadTextInputError, string>>((subscriber) => {
      if (answeredDead(state, subscriber)) return undefined;
      let answered = false;
      const answer$ = streams.gamepadTextInputDismissed$.pipe(
        take(1),
        map((dismissed): Either<GamepadTextInputError, string> => {
          answered = true;
          return dismissed.submitted ? readEntered() : left(new GamepadTextDismissed());
        }),
      );
      const shutdown$ = state.shutdown$.pipe(map(() => left(notInitialized(state.name))));
      // Listen before the box opens, so an answer in the same frame is not missed.
      // Through an observer of its own: unsubscribing it when the box does not open must not close `subscriber`.
      const subscription = merge(answer$, shutdown$)
        .pipe(take(1))
        .subscribe({ next: (value) => subscriber.next(value), error: (error: unknown) => subscriber.error(error), complete: () => subscriber.complete() });
      if (!show(box)) {
        subscription.unsubscribe();
        subscriber.next(left(new CallFailed('showGamepadTextInput', 'Steam did not open the gamepad text box (no overlay, or one is open already)')));
        subscriber.complete();
        return undefined;
      }
      const release = state.pump.await();
      return () => {
        subscription.unsubscribe();
        release();
        // Resources follow subscriptions: a box nobody waits for any more is closed.
        if (!answered && state.live) port.dismissGamepadTextInput();
      };
    });
  };

  return {
    ...streamsUntilShutdown(state, streams),
    getAppID: query(() => port.getAppID()),
    getIPCountry: query(() => port.getIPCountry()),
    getServerRealTime: query(() => port.getServerRealTime()),
    getSecondsSinceAppActive: query(() => port.getSecondsSinceAppActive()),
    getSecondsSinceComputerActive: query(() => port.getSecondsSinceComputerActive()),
    getConnectedUniverse: query(() => port.getConnectedUniverse() as Universe),
    getCurrentBatteryPower: query(() => port.getCurrentBatteryPower()),
    getIPCCallCount: query(() => port.getIPCCallCount()),
    getSteamUILanguage: query(() => port.getSteamUILanguage()),
    getImageSize: (image) => {
      ensureLive(state);
      return imageSize(int32('image', image));
    },
    getImageRGBA: (image) => {
      ensureLive(state);
      const handle = int32('image', image);
      const size = imageSize(handle);
      if (size._tag === 'Left') return left(new CallFailed('getImageRGBA', `Steam holds no image ${handle}`));
      const { width, height } = size.right;
      const byteCount = width * height * 4;
      if (byteCount === 0 || byteCount > MAX_IMAGE_BYTES) return left(new CallFailed('getImageRGBA', `image ${handle} is ${width}×${height}, not a readable size`));
      const rgba = new Uint8Array(byteCount);
      if (!port.getImageRGBA(handle, rgba)) return left(new CallFailed('getImageRGBA', `Steam could not copy image ${handle}`));
      return right({ width, height, rgba });
    },
    isOverlayEnabled: query(() => port.isOverlayEnabled()),
    overlayNeedsPresent: query(() => port.overlayNeedsPresent()),
    setOverlayNotificationPosition: (position) => {
      ensureLive(state);
      port.setOverlayNotificationPosition(enumValue('position', position, NotificationPosition, 'NotificationPosition'));
    },
    setOverlayNotificationInset: (horizontalInset, verticalInset) => {
      ensureLive(state);
      port.setOverlayNotificationInset(int32('horizontalInset', horizontalInset), int32('verticalInset', verticalInset));
    },
    isSteamRunningInVR: query(() => port.isSteamRunningInVR()),
    isSteamInBigPictureMode: query(() => port.isSteamInBigPictureMode()),
    isSteamRunningOnSteamDeck: query(() => port.isSteamRunningOnSteamDeck()),
    isSteamChinaLauncher: query(() => port.isSteamChinaLauncher()),
    startVRDashboard: query(() => port.startVRDashboard()),
    isVRHeadsetStreamingEnabled: query(() => port.isVRHeadsetStreamingEnabled()),
    setVRHeadsetStreamingEnabled: (enabled) => {
      ensureLive(state);
      port.setVRHeadsetStreamingEnabled(boolean('enabled', enabled));
    },
    setGameLauncherMode: (launcherMode) => {
      ensureLive(state);
      port.setGameLauncherMode(boolean('launcherMode', launcherMode));
    },
    checkFileSignature: (fileName) => {
      ensureLive(state);
      const name = cString('fileName', fileName, FILE_NAME_MAX_BYTES);
      return steamCall(context, () => port.checkFileSignature(name), decoders.checkFileSignature, right);
    },
    showGamepadTextInput: (options) => {
      ensureLive(state);
      return show(gamepadOptions(options));
    },
    getEnteredGamepadTextLength: query(() => port.getEnteredGamepadTextLength()),
    getEnteredGamepadTextInput: () => {
      ensureLive(state);
      return readEntered();
    },
    dismissGamepadTextInput: query(() => port.dismissGamepadTextInput()),
    gamepadTextInput$,
    showFloatingGamepadTextInput: (mode, x, y, width, height) => {
      ensureLive(state);
      return port.showFloatingGamepadTextInput(
        enumValue('mode', mode, FloatingGamepadTextInputMode, 'FloatingGamepadTextInputMode'),
        int32('x', x),
        int32('y', y),
        int32('width', width),
        int32('height', height),
      );
    },
    dismissFloatingGamepadTextInput: query(() => port.dismissFloatingGamepadTextInput()),
    // unFilterOptions is reserved: Valve documents 0.
    initFilterText: query(() => port.initFilterText(0)),
    filterText: (context, sourceSteamId, input) => {
      ensureLive(state);
      const filteringContext = enumValue('context', context, TextFilteringContext, 'TextFilteringContext');
      const source = steamIdArgument('sourceSteamId', sourceSteamId);
      const text = cString('input', input, FILTER_INPUT_MAX_BYTES);
      // Steam writes at most the input's bytes and a NUL.
      const buffer = new Uint8Array(utf8.encode(text).byteLength + 1);
      const filteredCharacters = port.filterText(filteringContext, source, text, buffer);
      return { text: cText(buffer), filteredCharacters };
    },
    getIPv6ConnectivityState: (protocol) => {
      ensureLive(state);
      return port.getIPv6ConnectivityState(enumValue('protocol', protocol, IPv6ConnectivityProtocol, 'IPv6ConnectivityProtocol')) as IPv6ConnectivityState;
    },
  };
};
