/** The ISteamApps signals decode from linux64 and win64 bytes (layouts from the generated ABI tables). */
import { isRight } from 'fp-ts/Either';
import { EResult } from '../../native/enums';
import type { Platform } from '../../native/steam-core';
import { writeStruct, type FieldValue } from '../../native/struct-bytes';
import { layoutOf, layoutsFor } from '../../native/struct-layouts';
import { signalDecoders } from '../../streams/signal-decoders';

const origin = { pipe: 'client', kind: 'callback' } as const;
const sha = Uint8Array.from({ length: 20 }, (_, index) => 0xa0 + index);
const sizes: Readonly<Record<Platform, Readonly<Record<string, number>>>> = {
  linux64: { DlcInstalled_t: 4, NewUrlLaunchParameters_t: 1, AppProofOfPurchaseKeyResponse_t: 252, FileDetailsResult_t: 36, TimedTrialStatus_t: 16 },
  win64: { DlcInstalled_t: 4, NewUrlLaunchParameters_t: 1, AppProofOfPurchaseKeyResponse_t: 252, FileDetailsResult_t: 40, TimedTrialStatus_t: 16 },
};
const cases: ReadonlyArray<readonly [keyof ReturnType<typeof signalDecoders>, string, Readonly<Record<string, FieldValue>>, unknown]> = [
  ['dlcInstalled', 'DlcInstalled_t', { m_nAppID: 0xfffffffe }, { appId: 0xfffffffe }],
  ['newUrlLaunchParameters', 'NewUrlLaunchParameters_t', {}, {}],
  [
    'appProofOfPurchaseKeyResponse',
    'AppProofOfPurchaseKeyResponse_t',
    { m_eResult: EResult.OK, m_nAppID: 480, m_cchKeyLength: 9, m_rgchKey: 'ABCD-EFGH' },
    { result: EResult.OK, appId: 480, keyLength: 9, key: 'ABCD-EFGH' },
  ],
  [
    'fileDetailsResult',
    'FileDetailsResult_t',
    { m_eResult: EResult.OK, m_ulFileSize: 2n ** 40n + 5n, m_FileSHA: sha, m_unFlags: 7 },
    { result: EResult.OK, fileSize: 2n ** 40n + 5n, sha, flags: 7 },
  ],
  [
    'timedTrialStatus',
    'TimedTrialStatus_t',
    { m_unAppID: 480, m_bIsOffline: true, m_unSecondsAllowed: 3600, m_unSecondsPlayed: 120 },
    { appId: 480, isOffline: true, secondsAllowed: 3600, secondsPlayed: 120 },
  ],
];

describe.each<Platform>(['linux64', 'win64'])('Apps signals on %s', (platform) => {
  it.each(cases)('%s (%s) decodes its members', (name, struct, members, payload) => {
    const bytes = writeStruct(layoutOf(layoutsFor(platform), struct), members);
    expect(bytes.byteLength).toBe(sizes[platform][struct]);
    const decoded = signalDecoders(platform)[name].decode(bytes, origin);
    expect(isRight(decoded) ? decoded.right : decoded.left).toEqual(payload);
  });

  it('FileDetailsResult_t: the file size sits at 4 on linux64 and 8 on win64, the SHA after it', () => {
    const bytes = new Uint8Array(sizes[platform].FileDetailsResult_t ?? 0);
    const sizeAt = platform === 'linux64' ? 4 : 8;
    bytes[0] = EResult.OK;
    bytes[sizeAt] = 0x10;
    bytes[sizeAt + 5] = 0x01;
    bytes.set(sha, sizeAt + 8);
    bytes[sizeAt + 28] = 2;
    const decoded = signalDecoders(platform).fileDetailsResult.decode(bytes, origin);
    expect(isRight(decoded) && decoded.right).toEqual({ result: EResult.OK, fileSize: 0x100_0000_0010n, sha, flags: 2 });
  });

  it('AppProofOfPurchaseKeyResponse_t: the key stops at its NUL; a short buffer is a decode error', () => {
    const bytes = new Uint8Array(252);
    bytes[0] = EResult.OK;
    bytes[4] = 0xe0;
    bytes[5] = 0x01;
    bytes[8] = 2;
    bytes.set(new TextEncoder().encode('K1\0junk'), 12);
    const decoded = signalDecoders(platform).appProofOfPurchaseKeyResponse.decode(bytes, origin);
    expect(isRight(decoded) && decoded.right).toEqual({ result: EResult.OK, appId: 480, keyLength: 2, key: 'K1' });
    expect(signalDecoders(platform).timedTrialStatus.decode(new Uint8Array(8), origin)._tag).toBe('Left');
  });
});
