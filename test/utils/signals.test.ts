/** The ISteamUtils signals decode from linux64 and win64 bytes (layouts from the generated ABI tables). */
import { isRight } from 'fp-ts/Either';
import { ECheckFileSignature } from '../../native/generated/utils';
import type { Platform } from '../../native/steam-core';
import { writeStruct, type FieldValue } from '../../native/struct-bytes';
import { layoutOf, layoutsFor } from '../../native/struct-layouts';
import { signalDecoders } from '../../streams/signal-decoders';

const origin = { pipe: 'client', kind: 'callback' } as const;
const cases: ReadonlyArray<readonly [keyof ReturnType<typeof signalDecoders>, string, Readonly<Record<string, FieldValue>>, unknown, number]> = [
  ['ipCountry', 'IPCountry_t', {}, {}, 1],
  ['lowBatteryPower', 'LowBatteryPower_t', { m_nMinutesBatteryLeft: 9 }, { minutesBatteryLeft: 9 }, 1],
  ['steamShutdown', 'SteamShutdown_t', {}, {}, 1],
  ['checkFileSignature', 'CheckFileSignature_t', { m_eCheckFileSignature: ECheckFileSignature.FileNotFound }, { checkFileSignature: 2 }, 4],
  ['gamepadTextInputDismissed', 'GamepadTextInputDismissed_t', { m_bSubmitted: true, m_unSubmittedText: 5, m_unAppID: 480 }, { submitted: true, submittedTextLength: 5, appId: 480 }, 12],
  ['appResumingFromSuspend', 'AppResumingFromSuspend_t', {}, {}, 1],
  ['floatingGamepadTextInputDismissed', 'FloatingGamepadTextInputDismissed_t', {}, {}, 1],
  ['filterTextDictionaryChanged', 'FilterTextDictionaryChanged_t', { m_eLanguage: -1 }, { language: -1 }, 4],
];

describe.each<Platform>(['linux64', 'win64'])('Utils signals on %s', (platform) => {
  it.each(cases)('%s (%s) decodes its members from %s bytes', (name, struct, members, payload, size) => {
    const bytes = writeStruct(layoutOf(layoutsFor(platform), struct), members);
    expect(bytes.byteLength).toBe(size);
    const decoded = signalDecoders(platform)[name].decode(bytes, origin);
    expect(isRight(decoded) ? decoded.right : decoded.left).toEqual(payload);
  });

  it('GamepadTextInputDismissed_t: the members sit at 0, 4 and 8', () => {
    const bytes = new Uint8Array(12);
    bytes[0] = 1;
    bytes[4] = 3;
    bytes[8] = 0xe0;
    bytes[9] = 0x01;
    const decoded = signalDecoders(platform).gamepadTextInputDismissed.decode(bytes, origin);
    expect(isRight(decoded) && decoded.right).toEqual({ submitted: true, submittedTextLength: 3, appId: 480 });
  });

  it('an unknown ECheckFileSignature and a short buffer are decode errors', () => {
    expect(signalDecoders(platform).checkFileSignature.decode(Uint8Array.of(9, 0, 0, 0), origin)._tag).toBe('Left');
    expect(signalDecoders(platform).gamepadTextInputDismissed.decode(new Uint8Array(8), origin)._tag).toBe('Left');
  });
});
