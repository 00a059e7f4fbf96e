/**
 * server.stats over the fake libsteam_api: every ISteamGameServerStats function reaches C with the
 * player's Steam ID (above 2^53), the name and the value, and the SteamGameServerStats pointer
 * (asked for once, on first use); out-parameters are read; RequestUserStats and StoreUserStats are
 * matched by handle on the server pipe; GSStatsUnloaded_t (1108) arrives on the server's stream
 * and not on the client's UserStatsUnloaded_t stream, and the reverse.
 */
import type { Either } from 'fp-ts/Either';
import { EResult } from '../../native/enums';
import { steamInit } from '../../src/init/steam-init';
import {
  BIG_STEAM_ID,
  CLIENT_PIPE,
  OTHER_STEAM_ID,
  SERVER_PIPE,
  callbackIdOf,
  encode,
  fake,
  leftOf,
  queueServerCallResult,
  queueServerCallback,
  rightOf,
  startServer,
  stopServer,
} from '../server/server-native-kit';
import { floatBits } from '../fake/fake-steam';

afterEach(stopServer);

const statsSelf = (): bigint => fake.interfacePointer('gameServerStats');
const fromFloatBits = (bits: bigint): number => new Float32Array(Uint32Array.of(Number(bits)).buffer)[0] ?? Number.NaN;
const fromDoubleBits = (bits: bigint): number => new Float64Array(BigUint64Array.of(bits).buffer)[0] ?? Number.NaN;
const tagOf = (value: Either<{ readonly _tag: string }, unknown>): string => leftOf(value)._tag;

describe('server.stats through the fake library', () => {
  it('binds on first use and passes the SteamGameServerStats pointer', () => {
    const server = startServer();
    expect(fake.callCount('SteamAPI_SteamGameServerStats_v001')).toBe(0);
    server.stats.setUserAchievement(BIG_STEAM_ID, 'ACH_WIN');
    server.stats.clearUserAchievement(BIG_STEAM_ID, 'ACH_WIN');
    expect(fake.callCount('SteamAPI_SteamGameServerStats_v001')).toBe(1);
    expect(fake.arg('SteamAPI_ISteamGameServerStats_SetUserAchievement', 0)).toBe(statsSelf());
  });

  it('getters read their out-parameters; false is a CallFailed Left', () => {
    const server = startServer();
    expect(tagOf(server.stats.getUserStatInt32(BIG_STEAM_ID, 'Kills'))).toBe('CallFailed');
    fake.setReturn('SteamAPI_ISteamGameServerStats_GetUserStatInt32', true);
    fake.setOutValue('SteamAPI_ISteamGameServerStats_GetUserStatInt32', 0, BigInt.asUintN(64, -3n));
    expect(rightOf(server.stats.getUserStatInt32(BIG_STEAM_ID, 'Kills'))).toBe(-3);
    expect(fake.arg('SteamAPI_ISteamGameServerStats_GetUserStatInt32', 1)).toBe(BIG_STEAM_ID);
    expect(fake.argString('SteamAPI_ISteamGameServerStats_GetUserStatInt32', 2)).toBe('Kills');
    fake.setReturn('SteamAPI_ISteamGameServerStats_GetUserStatFloat', true);
    fake.setOutValue('SteamAPI_ISteamGameServerStats_GetUserStatFloat', 0, floatBits(2.75));
    expect(rightOf(server.stats.getUserStatFloat(OTHER_STEAM_ID, 'Accuracy'))).toBe(2.75);
    fake.setReturn('SteamAPI_ISteamGameServerStats_GetUserAchievement', true);
    fake.setOutValue('SteamAPI_ISteamGameServerStats_GetUserAchievement', 0, 1);
    expect(rightOf(server.stats.getUserAchievement(OTHER_STEAM_ID, 'ACH_WIN'))).toBe(true);
  });

  it('setters pass int32, float and double exactly and answer Steam\'s boolean', () => {
    const server = startServer();
    expect(server.stats.setUserStatInt32(BIG_STEAM_ID, 'Kills', 5)).toBe(false);
    for (const symbol of [
      'SteamAPI_ISteamGameServerStats_SetUserStatInt32',
      'SteamAPI_ISteamGameServerStats_SetUserStatFloat',
      'SteamAPI_ISteamGameServerStats_UpdateUserAvgRateStat',
      'SteamAPI_ISteamGameServerStats_SetUserAchievement',
      'SteamAPI_ISteamGameServerStats_ClearUserAchievement',
    ] as const) fake.setReturn(symbol, true);
    expect(server.stats.setUserStatInt32(BIG_STEAM_ID, 'Kills', -2147483648)).toBe(true);
    expect(fake.signedArg('SteamAPI_ISteamGameServerStats_SetUserStatInt32', 3)).toBe(-2147483648n);
    expect(server.stats.setUserStatFloat(BIG_STEAM_ID, 'Accuracy', 0.125)).toBe(true);
    expect(fromFloatBits(fake.arg('SteamAPI_ISteamGameServerStats_SetUserStatFloat', 3))).toBe(0.125);
    expect(server.stats.updateUserAvgRateStat(BIG_STEAM_ID, 'Rate', 3.5, 60.5)).toBe(true);
    expect(fromFloatBits(fake.arg('SteamAPI_ISteamGameServerStats_UpdateUserAvgRateStat', 3))).toBe(3.5);
    expect(fromDoubleBits(fake.arg('SteamAPI_ISteamGameServerStats_UpdateUserAvgRateStat', 4))).toBe(60.5);
    expect(server.stats.setUserAchievement(BIG_STEAM_ID, 'ACH_WIN')).toBe(true);
    expect(server.stats.clearUserAchievement(OTHER_STEAM_ID, 'ACH_LOSE')).toBe(true);
    expect(fake.arg('SteamAPI_ISteamGameServerStats_ClearUserAchievement', 1)).toBe(OTHER_STEAM_ID);
    expect(fake.argString('SteamAPI_ISteamGameServerStats_ClearUserAchievement', 2)).toBe('ACH_LOSE');
  });

  it('requestUserStats and storeUserStats: matched by handle on the server pipe, EResult interpreted', () => {
    const server = startServer();
    const seen: unknown[] = [];
    fake.setReturn('SteamAPI_ISteamGameServerStats_RequestUserStats', 0x7_0000_0001n);
    server.stats.requestUserStats(BIG_STEAM_ID).subscribe((value) => seen.push(rightOf(value)));
    expect(fake.arg('SteamAPI_ISteamGameServerStats_RequestUserStats', 1)).toBe(BIG_STEAM_ID);
    fake.setReturn('SteamAPI_ISteamGameServerStats_StoreUserStats', 0x7_0000_0002n);
    server.stats.storeUserStats(BIG_STEAM_ID).subscribe((value) => seen.push(tagOf(value)));
    // The same handle on the client pipe is not the server's answer.
    fake.queueCallResult(CLIENT_PIPE, 0x7_0000_0001n, callbackIdOf('GSStatsReceived_t'), encode('GSStatsReceived_t', { m_eResult: EResult.Fail, m_steamIDUser: BIG_STEAM_ID }), false);
    queueServerCallResult(0x7_0000_0002n, 'GSStatsStored_t', { m_eResult: EResult.Fail, m_steamIDUser: BIG_STEAM_ID });
    queueServerCallResult(0x7_0000_0001n, 'GSStatsReceived_t', { m_eResult: EResult.OK, m_steamIDUser: BIG_STEAM_ID });
    server.runCallbacks();
    expect(seen).toEqual(['SteamResultError', { result: EResult.OK, steamId: BIG_STEAM_ID }]);
    expect(server.pump.awaiting).toBe(0);
  });

  it('1108: GSStatsUnloaded_t on the server pipe reaches server.stats only; UserStatsUnloaded_t on the client pipe reaches client.stats only', () => {
    const server = startServer();
    const client = rightOf(steamInit({ backend: 'native', libraryPath: fake.libraryPath, pump: 'manual' }));
    const seen: string[] = [];
    server.stats.gsStatsUnloaded$.subscribe((event) => seen.push(`server ${event.steamId}`));
    client.stats.userStatsUnloaded$.subscribe((event) => seen.push(`client ${event.steamId}`));
    server.stats.gsStatsReceived$.subscribe(() => seen.push('received'));
    server.stats.gsStatsStored$.subscribe(() => seen.push('stored'));
    queueServerCallback('GSStatsUnloaded_t', { m_steamIDUser: BIG_STEAM_ID });
    fake.queueCallback(CLIENT_PIPE, 1108, encode('UserStatsUnloaded_t', { m_steamIDUser: OTHER_STEAM_ID }));
    fake.queueCallback(SERVER_PIPE, 1800, encode('GSStatsReceived_t', { m_eResult: EResult.OK, m_steamIDUser: BIG_STEAM_ID }));
    fake.queueCallback(SERVER_PIPE, 1801, encode('GSStatsStored_t', { m_eResult: EResult.OK, m_steamIDUser: BIG_STEAM_ID }));
    server.runCallbacks();
    // A frame drains the client pipe, then the server's.
    expect(seen).toEqual([`client ${OTHER_STEAM_ID}`, `server ${BIG_STEAM_ID}`, 'received', 'stored']);
    client.shutdown();
  });
});
