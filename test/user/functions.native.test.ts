/**
 * Every synchronous function of the client, through the real FFI path into the fake
 * libsteam_api: the arguments Steam receives (64-bit ids, host-order IPs, ports, booleans, strings,
 * buffers) and the results the caller gets back.
 */
import { left, right } from 'fp-ts/Either';
import { Subject } from 'rxjs';
import { hostPlatform, layoutOf, layoutsFor } from '../../native/struct-layouts';
import { EDurationControlOnlineState, EVoiceResult } from '../../native/enums';
import type { FlatSymbol } from '../../native/flat-api';
import { InvalidArgument, VoiceError } from '../../src/errors';
import type { VoiceFrameInput } from '../../src/voice/decompress';
import { thrown, untyped } from '../support/misuse';
import { BIG_STEAM_ID, OTHER_STEAM_ID, fake, leftOf, rightOf, startClient, stopClient, userSelf } from './native-kit';

afterEach(stopClient);

const ISteamUser = (name: string): FlatSymbol => `SteamAPI_ISteamUser_${name}` as FlatSymbol;

describe('account queries', () => {
  it('getSteamID returns a 64-bit id above 2^53 exactly, and unsigned ids with the top bit set', () => {
    const client = startClient();
    fake.setReturn(ISteamUser('GetSteamID'), BIG_STEAM_ID);
    expect(client.getSteamID()).toBe(BIG_STEAM_ID);
    fake.setReturn(ISteamUser('GetSteamID'), 0x8000000000000001n);
    expect(client.getSteamID()).toBe(0x8000000000000001n);
    expect(fake.arg(ISteamUser('GetSteamID'), 0)).toBe(userSelf());
    expect(fake.callCount(ISteamUser('GetSteamID'))).toBe(2);
  });

  it('getPlayerSteamLevel passes the scripted level through', () => {
    const client = startClient();
    fake.setReturn(ISteamUser('GetPlayerSteamLevel'), 137);
    expect(client.getPlayerSteamLevel()).toBe(137);
    expect(fake.arg(ISteamUser('GetPlayerSteamLevel'), 0)).toBe(userSelf());
  });

  const flags = [
    ['loggedOn', 'BLoggedOn'],
    ['isBehindNAT', 'BIsBehindNAT'],
    ['isPhoneIdentifying', 'BIsPhoneIdentifying'],
    ['isPhoneRequiringVerification', 'BIsPhoneRequiringVerification'],
    ['isPhoneVerified', 'BIsPhoneVerified'],
    ['isTwoFactorEnabled', 'BIsTwoFactorEnabled'],
  ] as const;

  it.each(flags)('%s answers true and false as Steam does (%s)', (name, symbol) => {
    const client = startClient();
    fake.setReturn(ISteamUser(symbol), true);
    expect(client[name]()).toBe(true);
    fake.setReturn(ISteamUser(symbol), false);
    expect(client[name]()).toBe(false);
    expect(fake.callCount(ISteamUser(symbol))).toBe(2);
    expect(fake.arg(ISteamUser(symbol), 0)).toBe(userSelf());
  });

  it('getGameBadgeLevel passes series (signed) and foil, returns the level; bad arguments never reach Steam', () => {
    const client = startClient();
    fake.setReturn(ISteamUser('GetGameBadgeLevel'), 5);
    expect(client.getGameBadgeLevel(1, true)).toBe(5);
    expect(fake.signedArg(ISteamUser('GetGameBadgeLevel'), 1)).toBe(1n);
    expect(fake.arg(ISteamUser('GetGameBadgeLevel'), 2)).toBe(1n);
    expect(client.getGameBadgeLevel(-3, false)).toBe(5);
    expect(fake.signedArg(ISteamUser('GetGameBadgeLevel'), 1)).toBe(-3n);
    expect(fake.arg(ISteamUser('GetGameBadgeLevel'), 2)).toBe(0n);
    expect(thrown(() => client.getGameBadgeLevel(1, untyped('yes')))).toMatchObject({ _tag: 'InvalidArgument', argument: 'foil' });
    expect(thrown(() => client.getGameBadgeLevel(1.5, true))).toMatchObject({ _tag: 'InvalidArgument', argument: 'series' });
    expect(fake.callCount(ISteamUser('GetGameBadgeLevel'))).toBe(2);
  });

  it('setDurationControlOnlineState passes the enum and returns Steam’s boolean', () => {
    const client = startClient();
    fake.setReturn(ISteamUser('BSetDurationControlOnlineState'), true);
    expect(client.setDurationControlOnlineState(EDurationControlOnlineState.OnlineHighPri)).toBe(true);
    expect(fake.arg(ISteamUser('BSetDurationControlOnlineState'), 1)).toBe(3n);
    fake.setReturn(ISteamUser('BSetDurationControlOnlineState'), false);
    expect(client.setDurationControlOnlineState(EDurationControlOnlineState.Offline)).toBe(false);
    expect(fake.arg(ISteamUser('BSetDurationControlOnlineState'), 1)).toBe(1n);
    expect(thrown(() => client.setDurationControlOnlineState(untyped(7)))).toMatchObject({ _tag: 'InvalidArgument', argument: 'newState' });
    expect(fake.callCount(ISteamUser('BSetDurationControlOnlineState'))).toBe(2);
  });
});

describe('legacy game connection', () => {
  it('advertiseGame turns a dotted quad into a host-order uint32 and passes port and server id', () => {
    const client = startClient();
    client.advertiseGame('192.168.1.20', 27015, BIG_STEAM_ID);
    const symbol = ISteamUser('AdvertiseGame');
    expect(fake.arg(symbol, 0)).toBe(userSelf());
    expect(fake.arg(symbol, 1)).toBe(BIG_STEAM_ID);
    expect(fake.arg(symbol, 2)).toBe(0xc0a80114n);
    expect(fake.arg(symbol, 3)).toBe(27015n);
  });

  it('advertiseGame with the defaults clears the advertisement: k_steamIDNonSteamGS, 0.0.0.0, port 0', () => {
    const client = startClient();
    client.advertiseGame('255.255.255.255', 65535);
    expect(fake.arg(ISteamUser('AdvertiseGame'), 2)).toBe(0xffffffffn);
    expect(fake.arg(ISteamUser('AdvertiseGame'), 3)).toBe(65535n);
    client.advertiseGame();
    expect(fake.arg(ISteamUser('AdvertiseGame'), 1)).toBe(2n);
    expect(fake.arg(ISteamUser('AdvertiseGame'), 2)).toBe(0n);
    expect(fake.arg(ISteamUser('AdvertiseGame'), 3)).toBe(0n);
    expect(fake.callCount(ISteamUser('AdvertiseGame'))).toBe(2);
  });

  it('advertiseGame refuses a bad address or port before Steam sees it', () => {
    const client = startClient();
    expect(thrown(() => client.advertiseGame('256.1.1.1', 1))).toMatchObject({ _tag: 'InvalidArgument', argument: 'serverIp' });
    expect(thrown(() => client.advertiseGame('10.0.0.1', 65536))).toMatchObject({ _tag: 'InvalidArgument', argument: 'serverPort' });
    expect(fake.callCount(ISteamUser('AdvertiseGame'))).toBe(0);
  });

  it('initiateGameConnection passes id, ip, port, secure and returns the blob Steam wrote, trimmed and copied', () => {
    const client = startClient();
    const blob = Uint8Array.from({ length: 37 }, (_, index) => (index * 7 + 3) & 0xff);
    fake.setOutput(ISteamUser('InitiateGameConnection_DEPRECATED'), blob);
    const connection = rightOf(client.initiateGameConnection(BIG_STEAM_ID, '10.0.0.5', 27016, true));
    const symbol = ISteamUser('InitiateGameConnection_DEPRECATED');
    expect(fake.arg(symbol, 0)).toBe(userSelf());
    expect(fake.arg(symbol, 2)).toBe(8192n);
    expect(fake.arg(symbol, 3)).toBe(BIG_STEAM_ID);
    expect(fake.arg(symbol, 4)).toBe(0x0a000005n);
    expect(fake.arg(symbol, 5)).toBe(27016n);
    expect(fake.arg(symbol, 6)).toBe(1n);
    expect(connection).toEqual({ authBlob: blob, serverId: BIG_STEAM_ID, serverIp: 0x0a000005, serverPort: 27016 });
    expect(connection.authBlob.buffer.byteLength).toBe(37);
    rightOf(client.initiateGameConnection(BIG_STEAM_ID, 0x7f000001, 1, false));
    expect(fake.arg(symbol, 4)).toBe(0x7f000001n);
    expect(fake.arg(symbol, 6)).toBe(0n);
  });

  it('initiateGameConnection with no blob written is a CallFailed', () => {
    const client = startClient();
    expect(leftOf(client.initiateGameConnection(BIG_STEAM_ID, '10.0.0.5', 27016, true))).toMatchObject({ _tag: 'CallFailed', call: 'initiateGameConnection' });
    expect(thrown(() => client.initiateGameConnection(BIG_STEAM_ID, '10.0.0.5', 27016, untyped(1)))).toMatchObject({ _tag: 'InvalidArgument', argument: 'secure' });
    expect(fake.callCount(ISteamUser('InitiateGameConnection_DEPRECATED'))).toBe(1);
  });

  it('terminateGameConnection passes the host-order address and port', () => {
    const client = startClient();
    client.terminateGameConnection('203.0.113.254', 65535);
    expect(fake.arg(ISteamUser('TerminateGameConnection_DEPRECATED'), 1)).toBe(0xcb0071fen);
    expect(fake.arg(ISteamUser('TerminateGameConnection_DEPRECATED'), 2)).toBe(65535n);
    expect(thrown(() => client.terminateGameConnection('1.2.3', 1))).toMatchObject({ _tag: 'InvalidArgument', argument: 'serverIp' });
    expect(fake.callCount(ISteamUser('TerminateGameConnection_DEPRECATED'))).toBe(1);
  });
});

describe('auth functions', () => {
  const identity = layoutOf(layoutsFor(hostPlatform()), 'SteamNetworkingIdentity');
  const offset = (member: string): number => identity.field[member]?.offset ?? -1;

  it('getAuthSessionTicket returns handle, the ticket trimmed to its size as a copy, and the size', () => {
    const client = startClient();
    const ticket = Uint8Array.from({ length: 234 }, (_, index) => (index * 13 + 1) & 0xff);
    fake.setOutput(ISteamUser('GetAuthSessionTicket'), ticket);
    fake.setReturn(ISteamUser('GetAuthSessionTicket'), 0xfffffff0);
    const held = rightOf(client.getAuthSessionTicket());
    expect(held).toEqual({ id: 0xfffffff0, buffer: ticket, size: 234 });
    // A copy of exactly the ticket, not a view of the 8 KiB scratch buffer.
    expect(held.buffer.buffer.byteLength).toBe(234);
    expect(fake.arg(ISteamUser('GetAuthSessionTicket'), 0)).toBe(userSelf());
    expect(fake.arg(ISteamUser('GetAuthSessionTicket'), 2)).toBe(8192n);
    expect(fake.argIsNull(ISteamUser('GetAuthSessionTicket'), 4)).toBe(true);
  });

  it('getAuthSessionTicket for a remote Steam ID passes a SteamNetworkingIdentity holding the full 64-bit id', () => {
    const client = startClient();
    fake.setOutput(ISteamUser('GetAuthSessionTicket'), Uint8Array.of(1, 2, 3));
    fake.setReturn(ISteamUser('GetAuthSessionTicket'), 9);
    rightOf(client.getAuthSessionTicket(BIG_STEAM_ID));
    const bytes = fake.argBytes(ISteamUser('GetAuthSessionTicket'), 4);
    expect(bytes?.byteLength).toBe(136);
    const view = new DataView((bytes ?? new Uint8Array(136)).buffer);
    expect(view.getInt32(offset('m_eType'), true)).toBe(16);
    expect(view.getInt32(offset('m_cbSize'), true)).toBe(8);
    expect(view.getBigUint64(offset('m_union'), true)).toBe(BIG_STEAM_ID);
    rightOf(client.getAuthSessionTicket('76561197960287930'));
    const text = new DataView((fake.argBytes(ISteamUser('GetAuthSessionTicket'), 4) ?? new Uint8Array(136)).buffer);
    expect(text.getBigUint64(offset('m_union'), true)).toBe(OTHER_STEAM_ID);
  });

  it('getAuthSessionTicket with handle 0 is TicketUnavailable; a bad id never reaches Steam', () => {
    const client = startClient();
    fake.setOutput(ISteamUser('GetAuthSessionTicket'), Uint8Array.of(1, 2, 3));
    fake.setReturn(ISteamUser('GetAuthSessionTicket'), 0);
    expect(leftOf(client.getAuthSessionTicket())._tag).toBe('TicketUnavailable');
    expect(thrown(() => client.getAuthSessionTicket(untyped('not a steam id')))).toMatchObject({ _tag: 'InvalidArgument', argument: 'remoteSteamId' });
    expect(fake.callCount(ISteamUser('GetAuthSessionTicket'))).toBe(1);
  });

  it('cancelAuthTicket passes the uint32 handle, given as a number or as the ticket; 0 and out-of-range handles are refused', () => {
    const client = startClient();
    client.cancelAuthTicket(0xffffffff);
    expect(fake.arg(ISteamUser('CancelAuthTicket'), 1)).toBe(0xffffffffn);
    expect(fake.arg(ISteamUser('CancelAuthTicket'), 0)).toBe(userSelf());
    client.cancelAuthTicket({ id: 7, buffer: Uint8Array.of(1), size: 1 });
    expect(fake.arg(ISteamUser('CancelAuthTicket'), 1)).toBe(7n);
    client.cancelAuthTicket({ authTicket: 8, ticket: Uint8Array.of(1), size: 1 });
    expect(fake.arg(ISteamUser('CancelAuthTicket'), 1)).toBe(8n);
    expect(() => client.cancelAuthTicket(0)).toThrow(InvalidArgument);
    expect(() => client.cancelAuthTicket(0x100000000)).toThrow(InvalidArgument);
    expect(thrown(() => client.cancelAuthTicket({ id: 0, buffer: Uint8Array.of(1), size: 1 }))).toMatchObject({ argument: 'authTicket.id' });
    expect(thrown(() => client.cancelAuthTicket(untyped({})))).toMatchObject({ argument: 'authTicket.authTicket' });
    expect(fake.callCount(ISteamUser('CancelAuthTicket'))).toBe(3);
  });

  it('beginAuthSession passes the ticket bytes cut to ticketSize, their length and the 64-bit id; returns the EBeginAuthSessionResult', () => {
    const client = startClient();
    const ticket = Uint8Array.from({ length: 64 }, (_, index) => 200 - index);
    fake.setReturn(ISteamUser('BeginAuthSession'), 2);
    expect(client.beginAuthSession(ticket, 40, BIG_STEAM_ID)).toBe(2);
    expect(fake.argBytes(ISteamUser('BeginAuthSession'), 1)).toEqual(ticket.slice(0, 40));
    expect(fake.arg(ISteamUser('BeginAuthSession'), 2)).toBe(40n);
    expect(fake.arg(ISteamUser('BeginAuthSession'), 3)).toBe(BIG_STEAM_ID);
    fake.setReturn(ISteamUser('BeginAuthSession'), 0);
    expect(client.beginAuthSession({ buffer: ticket, size: 64 }, 64, '[U:1:305419896]')).toBe(0);
    expect(fake.argBytes(ISteamUser('BeginAuthSession'), 1)).toEqual(ticket);
    expect(fake.arg(ISteamUser('BeginAuthSession'), 3)).toBe(76561198265685624n);
    expect(thrown(() => client.beginAuthSession(ticket, 65, BIG_STEAM_ID))).toMatchObject({ _tag: 'InvalidArgument', argument: 'ticketSize' });
    expect(thrown(() => client.beginAuthSession(new Uint8Array(0), 0, BIG_STEAM_ID))).toMatchObject({ _tag: 'InvalidArgument', argument: 'authTicket' });
    expect(fake.callCount(ISteamUser('BeginAuthSession'))).toBe(2);
  });

  it('the ticket dictionary’s own size is honoured when no ticketSize is given (beginAuthSession and authSession$)', () => {
    const client = startClient();
    const received = Uint8Array.from({ length: 64 }, (_, index) => index + 1);
    fake.setReturn(ISteamUser('BeginAuthSession'), 0);
    client.beginAuthSession({ buffer: received, size: 40 }, undefined, BIG_STEAM_ID);
    expect(fake.argBytes(ISteamUser('BeginAuthSession'), 1)).toEqual(received.slice(0, 40));
    expect(fake.arg(ISteamUser('BeginAuthSession'), 2)).toBe(40n);
    const session = client.authSession$({ buffer: received, size: 24 }, OTHER_STEAM_ID).subscribe();
    expect(fake.argBytes(ISteamUser('BeginAuthSession'), 1)).toEqual(received.slice(0, 24));
    session.unsubscribe();
    expect(thrown(() => client.beginAuthSession({ buffer: received, size: 65 }, undefined, BIG_STEAM_ID))).toMatchObject({ argument: 'ticketSize' });
    expect(thrown(() => client.beginAuthSession(received, untyped(null), BIG_STEAM_ID))).toMatchObject({ argument: 'ticketSize' });
    expect(fake.callCount(ISteamUser('BeginAuthSession'))).toBe(2);
  });

  it('endAuthSession and userHasLicenseForApp pass the 64-bit id (and app id)', () => {
    const client = startClient();
    client.endAuthSession(BIG_STEAM_ID);
    expect(fake.arg(ISteamUser('EndAuthSession'), 1)).toBe(BIG_STEAM_ID);
    fake.setReturn(ISteamUser('UserHasLicenseForApp'), 1);
    expect(client.userHasLicenseForApp(BIG_STEAM_ID, 0xfffffffe)).toBe(1);
    expect(fake.arg(ISteamUser('UserHasLicenseForApp'), 1)).toBe(BIG_STEAM_ID);
    expect(fake.arg(ISteamUser('UserHasLicenseForApp'), 2)).toBe(0xfffffffen);
    expect(thrown(() => client.userHasLicenseForApp(BIG_STEAM_ID, 0))).toMatchObject({ _tag: 'InvalidArgument', argument: 'appId' });
    expect(thrown(() => client.endAuthSession(-1n))).toMatchObject({ _tag: 'InvalidArgument', argument: 'steamId' });
    expect(fake.callCount(ISteamUser('UserHasLicenseForApp'))).toBe(1);
    expect(fake.callCount(ISteamUser('EndAuthSession'))).toBe(1);
  });

  it('getAuthTicketForWebApi passes the identity (NULL for none) and returns the handle; 0 is TicketUnavailable', () => {
    const client = startClient();
    fake.setReturn(ISteamUser('GetAuthTicketForWebApi'), 0x80000001);
    expect(rightOf(client.getAuthTicketForWebApi('my-service'))).toBe(0x80000001);
    expect(fake.argString(ISteamUser('GetAuthTicketForWebApi'), 1)).toBe('my-service');
    expect(rightOf(client.getAuthTicketForWebApi())).toBe(0x80000001);
    expect(fake.argIsNull(ISteamUser('GetAuthTicketForWebApi'), 1)).toBe(true);
    fake.setReturn(ISteamUser('GetAuthTicketForWebApi'), 0);
    expect(leftOf(client.getAuthTicketForWebApi('x'))._tag).toBe('TicketUnavailable');
    expect(thrown(() => client.getAuthTicketForWebApi('a\0b'))).toMatchObject({ _tag: 'InvalidArgument', argument: 'serviceIdentity' });
    expect(fake.callCount(ISteamUser('GetAuthTicketForWebApi'))).toBe(3);
  });

  it('getEncryptedAppTicket returns the ticket Steam wrote, trimmed and copied; none ready is a CallFailed', () => {
    const client = startClient();
    expect(leftOf(client.getEncryptedAppTicket())).toMatchObject({ _tag: 'CallFailed', call: 'getEncryptedAppTicket' });
    const ticket = Uint8Array.from({ length: 171 }, (_, index) => index ^ 0x5a);
    fake.setOutput(ISteamUser('GetEncryptedAppTicket'), ticket);
    const got = rightOf(client.getEncryptedAppTicket());
    expect(got).toEqual({ buffer: ticket, size: 171 });
    expect(got.buffer.buffer.byteLength).toBe(171);
    expect(fake.arg(ISteamUser('GetEncryptedAppTicket'), 2)).toBe(4096n);
  });
});

describe('voice functions', () => {
  it('start and stop recording reach Steam once each', () => {
    const client = startClient();
    client.startVoiceRecording();
    expect(fake.callCount(ISteamUser('StartVoiceRecording'))).toBe(1);
    expect(fake.callCount(ISteamUser('StopVoiceRecording'))).toBe(0);
    client.stopVoiceRecording();
    expect(fake.callCount(ISteamUser('StopVoiceRecording'))).toBe(1);
    expect(fake.arg(ISteamUser('StopVoiceRecording'), 0)).toBe(userSelf());
  });

  it('getAvailableVoice returns the result and *pcbCompressed, with the deprecated arguments NULL and 0', () => {
    const client = startClient();
    fake.setReturn(ISteamUser('GetAvailableVoice'), EVoiceResult.OK);
    fake.setOutValue(ISteamUser('GetAvailableVoice'), 0, 1234);
    expect(client.getAvailableVoice()).toEqual({ result: EVoiceResult.OK, buffer: 1234 });
    expect(fake.argIsNull(ISteamUser('GetAvailableVoice'), 1)).toBe(false);
    expect(fake.argIsNull(ISteamUser('GetAvailableVoice'), 2)).toBe(true);
    expect(fake.arg(ISteamUser('GetAvailableVoice'), 3)).toBe(0n);
    fake.setReturn(ISteamUser('GetAvailableVoice'), EVoiceResult.NotRecording);
    fake.setOutValue(ISteamUser('GetAvailableVoice'), 0, 0);
    expect(client.getAvailableVoice()).toEqual({ result: EVoiceResult.NotRecording, buffer: 0 });
  });

  it('getVoice() sizes its buffer from getAvailableVoice and returns exactly the bytes written', () => {
    const client = startClient();
    const frame = Uint8Array.of(9, 8, 7, 6, 5);
    fake.setReturn(ISteamUser('GetAvailableVoice'), EVoiceResult.OK);
    fake.setOutValue(ISteamUser('GetAvailableVoice'), 0, 5);
    fake.setOutput(ISteamUser('GetVoice'), frame);
    const read = rightOf(client.getVoice());
    expect(read).toEqual({ result: EVoiceResult.OK, written: 5, buffer: frame });
    const symbol = ISteamUser('GetVoice');
    expect(fake.arg(symbol, 1)).toBe(1n); // compressed
    expect(fake.arg(symbol, 3)).toBe(5n);
    expect(fake.arg(symbol, 5)).toBe(0n); // no deprecated uncompressed copy
    expect(fake.argIsNull(symbol, 6)).toBe(true);
    expect(rightOf(client.getVoice(64)).buffer).toEqual(frame);
    expect(fake.arg(symbol, 3)).toBe(64n);
    expect(fake.callCount(ISteamUser('GetAvailableVoice'))).toBe(1);
  });

  it('getVoice: NoData and NotRecording are answers with no bytes, other results are VoiceErrors', () => {
    const client = startClient();
    fake.setReturn(ISteamUser('GetVoice'), EVoiceResult.NoData);
    expect(rightOf(client.getVoice(64))).toEqual({ result: EVoiceResult.NoData, written: 0, buffer: new Uint8Array(0) });
    fake.setReturn(ISteamUser('GetVoice'), EVoiceResult.Restricted);
    expect(leftOf(client.getVoice(64))).toMatchObject({ _tag: 'VoiceError', result: EVoiceResult.Restricted });
    fake.setReturn(ISteamUser('GetAvailableVoice'), EVoiceResult.NotRecording);
    expect(rightOf(client.getVoice())).toEqual({ result: EVoiceResult.NotRecording, written: 0, buffer: new Uint8Array(0) });
    expect(fake.callCount(ISteamUser('GetVoice'))).toBe(2);
  });

  it('decompressVoice passes the frame, a 20 KiB buffer and the rate; returns little-endian PCM as an Int16Array', () => {
    const client = startClient();
    const frame = Uint8Array.of(0xaa, 0xbb, 0xcc);
    fake.setOutput(ISteamUser('DecompressVoice'), Uint8Array.of(1, 0, 0xfe, 0xff, 0x2c, 0x01));
    const pcm = rightOf(client.decompressVoice(frame, 24000));
    expect(pcm).toBeInstanceOf(Int16Array);
    expect(Array.from(pcm)).toEqual([1, -2, 300]);
    const symbol = ISteamUser('DecompressVoice');
    expect(fake.argBytes(symbol, 1)).toEqual(frame);
    expect(fake.arg(symbol, 2)).toBe(3n);
    expect(fake.arg(symbol, 4)).toBe(20480n);
    expect(fake.arg(symbol, 6)).toBe(24000n);
  });

  it('decompressVoice retries once with the size Steam asks for on BufferTooSmall', () => {
    const client = startClient();
    const samples = Int16Array.from({ length: 15000 }, (_, index) => ((index * 37) % 60000) - 30000);
    fake.setOutput(ISteamUser('DecompressVoice'), new Uint8Array(samples.buffer));
    const pcm = rightOf(client.decompressVoice(Uint8Array.of(1), 48000));
    expect(fake.callCount(ISteamUser('DecompressVoice'))).toBe(2);
    expect(fake.arg(ISteamUser('DecompressVoice'), 4)).toBe(30000n);
    expect(pcm).toEqual(samples);
  });

  it('decompressVoice: rates outside 11025..48000 never reach Steam; Steam’s failures are VoiceErrors', () => {
    const client = startClient();
    expect(thrown(() => client.decompressVoice(Uint8Array.of(1), 8000))).toMatchObject({ _tag: 'InvalidArgument', argument: 'sampleRate' });
    expect(thrown(() => client.decompressVoice(Uint8Array.of(1), 48001))).toMatchObject({ _tag: 'InvalidArgument', argument: 'sampleRate' });
    expect(fake.callCount(ISteamUser('DecompressVoice'))).toBe(0);
    fake.setReturn(ISteamUser('DecompressVoice'), EVoiceResult.DataCorrupted);
    expect(leftOf(client.decompressVoice(Uint8Array.of(1), 11025))).toMatchObject({ _tag: 'VoiceError', result: EVoiceResult.DataCorrupted });
    expect(fake.arg(ISteamUser('DecompressVoice'), 6)).toBe(11025n);
  });

  it('decompress: decodes voice$ frames and bare bytes, passes Lefts through, and a frame after shutdown is a Left, never an error', () => {
    const client = startClient();
    fake.setOutput(ISteamUser('DecompressVoice'), Uint8Array.of(1, 0, 2, 0));
    const notRecording = left(new VoiceError(EVoiceResult.NotRecording, 'not recording', 'the microphone is not recording'));
    const decoded: unknown[] = [];
    const errors: unknown[] = [];
    const frames$ = new Subject<VoiceFrameInput>();
    frames$.pipe(client.decompress(24000)).subscribe({ next: (pcm) => decoded.push(pcm), error: (error: unknown) => errors.push(error) });
    frames$.next(right(Uint8Array.of(7)));
    frames$.next(Uint8Array.of(8));
    frames$.next(notRecording);
    expect(decoded).toEqual([right(Int16Array.of(1, 2)), right(Int16Array.of(1, 2)), notRecording]);
    expect(fake.argBytes(ISteamUser('DecompressVoice'), 1)).toEqual(Uint8Array.of(8));
    expect(fake.arg(ISteamUser('DecompressVoice'), 6)).toBe(24000n);
    client.shutdown();
    frames$.next(Uint8Array.of(9));
    expect(decoded[3]).toEqual(left(expect.objectContaining({ _tag: 'NotInitialized' })));
    expect(errors).toEqual([]);
    expect(fake.callCount(ISteamUser('DecompressVoice'))).toBe(2);
  });

  it('getVoiceOptimalSampleRate passes Steam’s rate through', () => {
    const client = startClient();
    fake.setReturn(ISteamUser('GetVoiceOptimalSampleRate'), 24000);
    expect(client.getVoiceOptimalSampleRate()).toBe(24000);
    expect(fake.callCount(ISteamUser('GetVoiceOptimalSampleRate'))).toBe(1);
  });
});

describe('the client value', () => {
  it('reports the native backend, is live, and runCallbacks runs one ManualDispatch frame on the client pipe', () => {
    const client = startClient();
    expect(client.backend).toBe('native');
    expect(client.live).toBe(true);
    expect(client.pump.mode).toBe('manual');
    const before = fake.callCount('SteamAPI_ManualDispatch_RunFrame');
    client.runCallbacks();
    expect(fake.callCount('SteamAPI_ManualDispatch_RunFrame')).toBe(before + 1);
    expect(fake.arg('SteamAPI_ManualDispatch_RunFrame', 0)).toBe(1n);
    expect(fake.protocolErrors()).toBe(0);
  });
});
