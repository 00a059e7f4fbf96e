/** The public enums of ISteamUtils: Valve's values (from the generated ABI tables), keyed by member name. */
import { ENotificationPosition, ESteamIPv6ConnectivityProtocol, ESteamIPv6ConnectivityState } from '../../native/generated/core-enums';
import { ECheckFileSignature, EFloatingGamepadTextInputMode, EGamepadTextInputLineMode, EGamepadTextInputMode, ETextFilteringContext } from '../../native/generated/utils-enums';

/** Where Steam's overlay notifications pop up (ENotificationPosition; Invalid is not accepted). */
export const NotificationPosition = {
  /** Top left corner. */
  TopLeft: ENotificationPosition.TopLeft,
  /** Top right corner. */
  TopRight: ENotificationPosition.TopRight,
  /** Bottom left corner. */
  BottomLeft: ENotificationPosition.BottomLeft,
  /** Bottom right corner (Steam's default). */
  BottomRight: ENotificationPosition.BottomRight,
} as const;
/** A value of {@link NotificationPosition}. */
export type NotificationPosition = (typeof NotificationPosition)[keyof typeof NotificationPosition];

/** How the gamepad text box shows what is typed (EGamepadTextInputMode). */
export const GamepadTextInputMode = {
  /** Text is shown. */
  Normal: EGamepadTextInputMode.Normal,
  /** Text is hidden, as in a password field. */
  Password: EGamepadTextInputMode.Password,
} as const;
/** A value of {@link GamepadTextInputMode}. */
export type GamepadTextInputMode = (typeof GamepadTextInputMode)[keyof typeof GamepadTextInputMode];

/** Whether the gamepad text box takes one line or several (EGamepadTextInputLineMode). */
export const GamepadTextInputLineMode = {
  /** One line. */
  SingleLine: EGamepadTextInputLineMode.SingleLine,
  /** Several lines. */
  MultipleLines: EGamepadTextInputLineMode.MultipleLines,
} as const;
/** A value of {@link GamepadTextInputLineMode}. */
export type GamepadTextInputLineMode = (typeof GamepadTextInputLineMode)[keyof typeof GamepadTextInputLineMode];

/** The floating keyboard's layout (EFloatingGamepadTextInputMode). */
export const FloatingGamepadTextInputMode = {
  /** Enter closes the keyboard. */
  SingleLine: EFloatingGamepadTextInputMode.ModeSingleLine,
  /** Enter types a new line. */
  MultipleLines: EFloatingGamepadTextInputMode.ModeMultipleLines,
  /** An e-mail layout. */
  Email: EFloatingGamepadTextInputMode.ModeEmail,
  /** A number pad. */
  Numeric: EFloatingGamepadTextInputMode.ModeNumeric,
} as const;
/** A value of {@link FloatingGamepadTextInputMode}. */
export type FloatingGamepadTextInputMode = (typeof FloatingGamepadTextInputMode)[keyof typeof FloatingGamepadTextInputMode];

/** What text is filtered for (ETextFilteringContext): it decides how strictly. */
export const TextFilteringContext = {
  /** Unknown context. */
  Unknown: ETextFilteringContext.Unknown,
  /** Game content: only legally required filtering. */
  GameContent: ETextFilteringContext.GameContent,
  /** Chat from another player. */
  Chat: ETextFilteringContext.Chat,
  /** A character or item name. */
  Name: ETextFilteringContext.Name,
} as const;
/** A value of {@link TextFilteringContext}. */
export type TextFilteringContext = (typeof TextFilteringContext)[keyof typeof TextFilteringContext];

/** The protocol an IPv6 connectivity check is about (ESteamIPv6ConnectivityProtocol; Invalid is not accepted). */
export const IPv6ConnectivityProtocol = {
  /** HTTP (Steam's web requests). */
  HTTP: ESteamIPv6ConnectivityProtocol.HTTP,
  /** UDP (game traffic). */
  UDP: ESteamIPv6ConnectivityProtocol.UDP,
} as const;
/** A value of {@link IPv6ConnectivityProtocol}. */
export type IPv6ConnectivityProtocol = (typeof IPv6ConnectivityProtocol)[keyof typeof IPv6ConnectivityProtocol];

/** What Steam found about IPv6 connectivity (ESteamIPv6ConnectivityState). */
export const IPv6ConnectivityState = {
  /** Not checked yet. */
  Unknown: ESteamIPv6ConnectivityState.Unknown,
  /** IPv6 works. */
  Good: ESteamIPv6ConnectivityState.Good,
  /** IPv6 does not work. */
  Bad: ESteamIPv6ConnectivityState.Bad,
} as const;
/** A value of {@link IPv6ConnectivityState}. */
export type IPv6ConnectivityState = (typeof IPv6ConnectivityState)[keyof typeof IPv6ConnectivityState];

/** CheckFileSignature's verdict (ECheckFileSignature). */
export const CheckFileSignatureResult = {
  /** The file's signature does not match. */
  InvalidSignature: ECheckFileSignature.InvalidSignature,
  /** The file is signed and intact. */
  ValidSignature: ECheckFileSignature.ValidSignature,
  /** No such file. */
  FileNotFound: ECheckFileSignature.FileNotFound,
  /** Steam has no signatures for this app. */
  NoSignaturesFoundForThisApp: ECheckFileSignature.NoSignaturesFoundForThisApp,
  /** Steam has no signature for this file. */
  NoSignaturesFoundForThisFile: ECheckFileSignature.NoSignaturesFoundForThisFile,
} as const;
/** A value of {@link CheckFileSignatureResult}. */
export type CheckFileSignatureResult = (typeof CheckFileSignatureResult)[keyof typeof CheckFileSignatureResult];
