/**
 * client.utils over the fake libsteam_api: every Utils function reaches C with its arguments and
 * the client's SteamUtils pointer, out-parameters and buffers are read right, strings stop at the
 * first NUL, and the buffers handed to C have their true sizes.
 */
import { isLeft } from 'fp-ts/Either';
import { TestScheduler } from 'rxjs/testing';
import { ECheckFileSignature } from '../../native/generated/utils';
import { CLIENT_PIPE, encode, callbackIdOf, fake, leftOf, queueCallResult, queueCallback, rightOf, startClient, stopClient } from '../user/native-kit';
import { FloatingGamepadTextInputMode, GamepadTextInputLineMode, GamepadTextInputMode, IPv6ConnectivityProtocol, NotificationPosition, TextFilteringContext } from '../../src/utils/utils-enums';
import type { Either } from 'fp-ts/Either';
import { loadNativeCore } from '../../native/native-core';

afterEach(stopClient);

const utilsSelf = (): bigint => fake.interfacePointer('utils');

describe('client.utils through the fake library', () => {
  it('scripted queries answer their values and pass the client SteamUtils pointer', () => {
    const client = startClient();
    const cases = [
      ['SteamAPI_ISteamUtils_GetSecondsSinceAppActive', 17, () => client.utils.getSecondsSinceAppActive()],
      ['SteamAPI_ISteamUtils_GetSecondsSinceComputerActive', 5, () => client.utils.getSecondsSinceComputerActive()],
      ['SteamAPI_ISteamUtils_GetConnectedUniverse', 1, () => client.utils.getConnectedUniverse()],
      ['SteamAPI_ISteamUtils_GetServerRealTime', 1_700_000_000, () => client.utils.getServerRealTime()],
      ['SteamAPI_ISteamUtils_GetCurrentBatteryPower', 42, () => client.utils.getCurrentBatteryPower()],
      ['SteamAPI_ISteamUtils_GetIPCCallCount', 9, () => client.utils.getIPCCallCount()],
      ['SteamAPI_ISteamUtils_GetEnteredGamepadTextLength', 3, () => client.utils.getEnteredGamepadTextLength()],
      ['SteamAPI_ISteamUtils_GetIPv6ConnectivityState', 2, () => client.utils.getIPv6ConnectivityState(IPv6ConnectivityProtocol.UDP)],
      ['SteamAPI_ISteamUtils_GetAppID', 480, () => client.utils.getAppID()],
    ] as const;
    for (const [symbol, value, call] of cases) {
      fake.setReturn(symbol, value);
      expect(call()).toBe(value);
      expect(fake.arg(symbol, 0)).toBe(utilsSelf());
    }
    expect(fake.signedArg('SteamAPI_ISteamUtils_GetIPv6ConnectivityState', 1)).toBe(2n);
  });

  it('boolean queries answer true and false', () => {
    const client = startClient();
    const cases = [
      ['SteamAPI_ISteamUtils_IsOverlayEnabled', () => client.utils.isOverlayEnabled()],
      ['SteamAPI_ISteamUtils_BOverlayNeedsPresent', () => client.utils.overlayNeedsPresent()],
      ['SteamAPI_ISteamUtils_IsSteamRunningInVR', () => client.utils.isSteamRunningInVR()],
      ['SteamAPI_ISteamUtils_IsSteamInBigPictureMode', () => client.utils.isSteamInBigPictureMode()],
      ['SteamAPI_ISteamUtils_IsSteamRunningOnSteamDeck', () => client.utils.isSteamRunningOnSteamDeck()],
      ['SteamAPI_ISteamUtils_IsSteamChinaLauncher', () => client.utils.isSteamChinaLauncher()],
      ['SteamAPI_ISteamUtils_IsVRHeadsetStreamingEnabled', () => client.utils.isVRHeadsetStreamingEnabled()],
      ['SteamAPI_ISteamUtils_DismissGamepadTextInput', () => client.utils.dismissGamepadTextInput()],
      ['SteamAPI_ISteamUtils_DismissFloatingGamepadTextInput', () => client.utils.dismissFloatingGamepadTextInput()],
      ['SteamAPI_ISteamUtils_InitFilterText', () => client.utils.initFilterText()],
    ] as const;
    for (const [symbol, call] of cases) {
      expect(call()).toBe(false);
      fake.setReturn(symbol, true);
      expect(call()).toBe(true);
      expect(fake.arg(symbol, 0)).toBe(utilsSelf());
    }
    expect(fake.arg('SteamAPI_ISteamUtils_InitFilterText', 1)).toBe(0n);
  });

  it('C strings: the IP country and UI language, NULL as empty', () => {
    const client = startClient();
    expect(client.utils.getIPCountry()).toBe('');
    fake.setOutput('SteamAPI_ISteamUtils_GetIPCountry', 'DE');
    expect(client.utils.getIPCountry()).toBe('DE');
    fake.setOutput('SteamAPI_ISteamUtils_GetSteamUILanguage', 'german');
    expect(client.utils.getSteamUILanguage()).toBe('german');
  });

  it('setters reach C with their arguments', () => {
    const client = startClient();
    client.utils.setOverlayNotificationPosition(NotificationPosition.TopLeft);
    expect(fake.signedArg('SteamAPI_ISteamUtils_SetOverlayNotificationPosition', 1)).toBe(0n);
    client.utils.setOverlayNotificationInset(-12, 34);
    expect(fake.signedArg('SteamAPI_ISteamUtils_SetOverlayNotificationInset', 1)).toBe(-12n);
    expect(fake.signedArg('SteamAPI_ISteamUtils_SetOverlayNotificationInset', 2)).toBe(34n);
    client.utils.setVRHeadsetStreamingEnabled(true);
    expect(fake.arg('SteamAPI_ISteamUtils_SetVRHeadsetStreamingEnabled', 1)).toBe(1n);
    client.utils.setGameLauncherMode(true);
    expect(fake.arg('SteamAPI_ISteamUtils_SetGameLauncherMode', 1)).toBe(1n);
    client.utils.startVRDashboard();
    expect(fake.callCount('SteamAPI_ISteamUtils_StartVRDashboard')).toBe(1);
    fake.setReturn('SteamAPI_ISteamUtils_ShowFloatingGamepadTextInput', true);
    expect(client.utils.showFloatingGamepadTextInput(FloatingGamepadTextInputMode.Numeric, 1, 2, 300, -4)).toBe(true);
    expect([1, 2, 3, 4, 5].map((index) => fake.signedArg('SteamAPI_ISteamUtils_ShowFloatingGamepadTextInput', index))).toEqual([3n, 1n, 2n, 300n, -4n]);
  });

  it('getImageSize and getImageRGBA: out-parameters, a buffer of exactly width × height × 4, an unknown handle a Left', () => {
    const client = startClient();
    expect(leftOf(client.utils.getImageRGBA(7))._tag).toBe('CallFailed');
    fake.setReturn('SteamAPI_ISteamUtils_GetImageSize', true);
    fake.setOutValue('SteamAPI_ISteamUtils_GetImageSize', 0, 2);
    fake.setOutValue('SteamAPI_ISteamUtils_GetImageSize', 1, 3);
    expect(rightOf(client.utils.getImageSize(7))).toEqual({ width: 2, height: 3 });
    const pixels = Uint8Array.from({ length: 24 }, (_, index) => index * 3);
    fake.setOutput('SteamAPI_ISteamUtils_GetImageRGBA', pixels);
    fake.setReturn('SteamAPI_ISteamUtils_GetImageRGBA', true);
    const image = rightOf(client.utils.getImageRGBA(7));
    expect(image).toEqual({ width: 2, height: 3, rgba: pixels });
    expect(fake.signedArg('SteamAPI_ISteamUtils_GetImageRGBA', 1)).toBe(7n);
    expect(fake.signedArg('SteamAPI_ISteamUtils_GetImageRGBA', 3)).toBe(24n);
    fake.setReturn('SteamAPI_ISteamUtils_GetImageRGBA', false);
    expect(leftOf(client.utils.getImageRGBA(7))._tag).toBe('CallFailed');
  });

  it('gamepad text: the options reach C, the entered text stops at its NUL, the buffer is length + 1', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamUtils_ShowGamepadTextInput', true);
    expect(
      client.utils.showGamepadTextInput({
        inputMode: GamepadTextInputMode.Password,
        lineInputMode: GamepadTextInputLineMode.MultipleLines,
        description: 'Name',
        charMax: 32,
        existingText: 'bob',
      }),
    ).toBe(true);
    const symbol = 'SteamAPI_ISteamUtils_ShowGamepadTextInput';
    expect([fake.signedArg(symbol, 1), fake.signedArg(symbol, 2), fake.argString(symbol, 3), fake.arg(symbol, 4), fake.argString(symbol, 5)]).toEqual([1n, 1n, 'Name', 32n, 'bob']);
    expect(leftOf(client.utils.getEnteredGamepadTextInput())._tag).toBe('CallFailed');
    fake.setReturn('SteamAPI_ISteamUtils_GetEnteredGamepadTextLength', 11);
    fake.setOutput('SteamAPI_ISteamUtils_GetEnteredGamepadTextInput', new TextEncoder().encode('alice\0tail!'));
    expect(rightOf(client.utils.getEnteredGamepadTextInput())).toBe('alice');
    expect(fake.arg('SteamAPI_ISteamUtils_GetEnteredGamepadTextInput', 2)).toBe(12n);
  });

  it('filterText: context, Steam ID above 2^53 and text reach C; the output buffer is the input bytes + 1; the text stops at NUL', () => {
    const client = startClient();
    const symbol = 'SteamAPI_ISteamUtils_FilterText';
    fake.setReturn(symbol, 4);
    fake.setOutput(symbol, new TextEncoder().encode('oh ****\0xx'));
    expect(client.utils.filterText(TextFilteringContext.Chat, 76561198265685624n, 'oh darn, éé')).toEqual({ text: 'oh ****', filteredCharacters: 4 });
    expect(fake.signedArg(symbol, 1)).toBe(2n);
    expect(fake.arg(symbol, 2)).toBe(76561198265685624n);
    expect(fake.argString(symbol, 3)).toBe('oh darn, éé');
    expect(fake.arg(symbol, 5)).toBe(BigInt(new TextEncoder().encode('oh darn, éé').byteLength + 1));
  });

  it('checkFileSignature: the name reaches C and the call result decodes', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    const client = startClient({ scheduler });
    const apiCall = 0x1_0000_0042n;
    fake.setReturn('SteamAPI_ISteamUtils_CheckFileSignature', apiCall);
    const seen: Either<unknown, unknown>[] = [];
    client.utils.checkFileSignature('game.exe').subscribe((value) => seen.push(value));
    expect(fake.argString('SteamAPI_ISteamUtils_CheckFileSignature', 1)).toBe('game.exe');
    queueCallResult(apiCall, 'CheckFileSignature_t', { m_eCheckFileSignature: ECheckFileSignature.ValidSignature });
    client.runCallbacks();
    expect(seen).toHaveLength(1);
    expect(rightOf(seen[0] as Either<unknown, unknown>)).toEqual({ checkFileSignature: ECheckFileSignature.ValidSignature });
  });

  it('callbacks arrive on their streams; gamepadTextInput$ reads the submitted text', () => {
    const client = startClient();
    const batteries: number[] = [];
    client.utils.lowBatteryPower$.subscribe((event) => batteries.push(event.minutesBatteryLeft));
    fake.setReturn('SteamAPI_ISteamUtils_ShowGamepadTextInput', true);
    const texts: Either<{ readonly _tag: string }, string>[] = [];
    client.utils.gamepadTextInput$().subscribe((value) => texts.push(value));
    queueCallback('LowBatteryPower_t', { m_nMinutesBatteryLeft: 9 });
    fake.setReturn('SteamAPI_ISteamUtils_GetEnteredGamepadTextLength', 2);
    fake.setOutput('SteamAPI_ISteamUtils_GetEnteredGamepadTextInput', 'hi');
    fake.queueCallback(CLIENT_PIPE, callbackIdOf('GamepadTextInputDismissed_t'), encode('GamepadTextInputDismissed_t', { m_bSubmitted: true, m_unSubmittedText: 2, m_unAppID: 480 }));
    client.runCallbacks();
    expect(batteries).toEqual([9]);
    expect(texts.map((value) => (isLeft(value) ? value.left._tag : value.right))).toEqual(['hi']);
    // Answered: nothing dismissed the box.
    expect(fake.callCount('SteamAPI_ISteamUtils_DismissGamepadTextInput')).toBe(0);
  });

  it('a buffer never reaches C with a faked byteLength: the port passes its true size', () => {
    stopClient();
    fake.reset();
    const core = rightOf(loadNativeCore({ libraryPath: fake.libraryPath }));
    const session = rightOf(core.initClient());
    try {
      const lying = new Uint8Array(4);
      Object.defineProperty(lying, 'byteLength', { value: 8192 });
      session.utils.getImageRGBA(1, lying);
      expect(fake.signedArg('SteamAPI_ISteamUtils_GetImageRGBA', 3)).toBe(4n);
      session.utils.getEnteredGamepadTextInput(lying);
      expect(fake.arg('SteamAPI_ISteamUtils_GetEnteredGamepadTextInput', 2)).toBe(4n);
      session.utils.filterText(0, 1n, 'x', lying);
      expect(fake.arg('SteamAPI_ISteamUtils_FilterText', 5)).toBe(4n);
    } finally {
      core.shutdownClient();
    }
  });
});
