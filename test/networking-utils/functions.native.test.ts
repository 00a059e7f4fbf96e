/**
 * client.networkingUtils over the fake libsteam_api: every function reaches C with the
 * SteamNetworkingUtils pointer (asked for once, on first use) and its arguments, out-parameters and
 * buffers are read right, Steam's "nothing" answers are Lefts, the config value is asked for again
 * at the size Steam says, and the debug-output hook is a registered callback Steam can call, that
 * is replaced, removed, and removed at shutdown before Steam shuts down.
 */
import { isLeft } from 'fp-ts/Either';
import { CLIENT_PIPE, fake, leftOf, rightOf, startClient, stopClient } from '../user/native-kit';
import { floatBits } from '../fake/fake-steam';
import { writeStruct } from '../../native/struct-bytes';
import { layoutOf, layoutsFor, hostPlatform } from '../../native/struct-layouts';

afterEach(stopClient);

const self = (): bigint => fake.networkingUtilsInterface();
const location = Uint8Array.from({ length: 512 }, (_, index) => index & 0xff);

describe('client.networkingUtils through the fake library', () => {
  it('asks for SteamAPI_SteamNetworkingUtils_SteamAPI_v004 once, on first use', () => {
    const client = startClient();
    expect(fake.callCount('SteamAPI_SteamNetworkingUtils_SteamAPI_v004')).toBe(0);
    client.networkingUtils.initRelayNetworkAccess();
    client.networkingUtils.getPOPCount();
    expect(fake.callCount('SteamAPI_SteamNetworkingUtils_SteamAPI_v004')).toBe(1);
    expect(fake.arg('SteamAPI_ISteamNetworkingUtils_InitRelayNetworkAccess', 0)).toBe(self());
  });

  it('getRelayNetworkStatus reads the return and the struct Steam wrote', () => {
    const client = startClient();
    const details = writeStruct(layoutOf(layoutsFor(hostPlatform()), 'SteamRelayNetworkStatus_t'), {
      m_eAvail: 3,
      m_bPingMeasurementInProgress: 1,
      m_eAvailNetworkConfig: 100,
      m_eAvailAnyRelay: 2,
      m_debugMsg: 'measuring',
    });
    fake.setOutput('SteamAPI_ISteamNetworkingUtils_GetRelayNetworkStatus', details);
    fake.setReturn('SteamAPI_ISteamNetworkingUtils_GetRelayNetworkStatus', 3);
    expect(client.networkingUtils.getRelayNetworkStatus()).toEqual({
      availability: 3,
      pingMeasurementInProgress: true,
      availabilityNetworkConfig: 100,
      availabilityAnyRelay: 2,
      debugMessage: 'measuring',
    });
  });

  it('ping locations: none yet is a Left; the 512 bytes, estimates, text and parsing', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamNetworkingUtils_GetLocalPingLocation', -1);
    expect(leftOf(client.networkingUtils.getLocalPingLocation())._tag).toBe('CallFailed');
    fake.setReturn('SteamAPI_ISteamNetworkingUtils_GetLocalPingLocation', 12);
    fake.setOutput('SteamAPI_ISteamNetworkingUtils_GetLocalPingLocation', location);
    expect(rightOf(client.networkingUtils.getLocalPingLocation())).toEqual({ location, ageSeconds: 12 });

    fake.setReturn('SteamAPI_ISteamNetworkingUtils_EstimatePingTimeBetweenTwoLocations', 37);
    const other = new Uint8Array(512).fill(9);
    expect(client.networkingUtils.estimatePingTimeBetweenTwoLocations(location, other)).toBe(37);
    expect(fake.argBytes('SteamAPI_ISteamNetworkingUtils_EstimatePingTimeBetweenTwoLocations', 1)).toEqual(location);
    expect(fake.argBytes('SteamAPI_ISteamNetworkingUtils_EstimatePingTimeBetweenTwoLocations', 2)).toEqual(other);
    fake.setReturn('SteamAPI_ISteamNetworkingUtils_EstimatePingTimeFromLocalHost', -1);
    expect(client.networkingUtils.estimatePingTimeFromLocalHost(location)).toBe(-1);

    fake.setOutput('SteamAPI_ISteamNetworkingUtils_ConvertPingLocationToString', 'iad=30+2,ord=40\0junk');
    expect(client.networkingUtils.convertPingLocationToString(location)).toBe('iad=30+2,ord=40');
    expect(fake.signedArg('SteamAPI_ISteamNetworkingUtils_ConvertPingLocationToString', 3)).toBe(1024n);

    expect(isLeft(client.networkingUtils.parsePingLocationString('nonsense'))).toBe(true);
    fake.setReturn('SteamAPI_ISteamNetworkingUtils_ParsePingLocationString', true);
    fake.setOutput('SteamAPI_ISteamNetworkingUtils_ParsePingLocationString', location);
    expect(rightOf(client.networkingUtils.parsePingLocationString('iad=30'))).toEqual(location);
    expect(fake.argString('SteamAPI_ISteamNetworkingUtils_ParsePingLocationString', 1)).toBe('iad=30');
  });

  it('ping data age, data centers and points of presence', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamNetworkingUtils_CheckPingDataUpToDate', true);
    expect(client.networkingUtils.checkPingDataUpToDate(2.5)).toBe(true);
    expect(fake.arg('SteamAPI_ISteamNetworkingUtils_CheckPingDataUpToDate', 1)).toBe(floatBits(2.5));
    fake.setReturn('SteamAPI_ISteamNetworkingUtils_GetPingToDataCenter', 55);
    fake.setOutValue('SteamAPI_ISteamNetworkingUtils_GetPingToDataCenter', 0, 0x6f726400);
    expect(client.networkingUtils.getPingToDataCenter(0xfffffffe)).toEqual({ ping: 55, viaRelayPoP: 0x6f726400 });
    expect(fake.arg('SteamAPI_ISteamNetworkingUtils_GetPingToDataCenter', 1)).toBe(0xfffffffen);
    fake.setReturn('SteamAPI_ISteamNetworkingUtils_GetDirectPingToPOP', 21);
    expect(client.networkingUtils.getDirectPingToPOP(7)).toBe(21);
    expect(client.networkingUtils.getPOPList()).toEqual([]);
    fake.setReturn('SteamAPI_ISteamNetworkingUtils_GetPOPCount', 3);
    fake.setReturn('SteamAPI_ISteamNetworkingUtils_GetPOPList', 3);
    [11, 22, 0xffffffff].forEach((pop, index) => fake.setOutValue('SteamAPI_ISteamNetworkingUtils_GetPOPList', index, pop));
    expect(client.networkingUtils.getPOPList()).toEqual([11, 22, 0xffffffff]);
    expect(fake.signedArg('SteamAPI_ISteamNetworkingUtils_GetPOPList', 2)).toBe(3n);
  });

  it('getLocalTimestamp keeps all 64 bits', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamNetworkingUtils_GetLocalTimestamp', 2n ** 60n + 3n);
    expect(client.networkingUtils.getLocalTimestamp()).toBe(2n ** 60n + 3n);
  });

  it('config setters pass the value, scope object and data (floats as float)', () => {
    const client = startClient();
    const cases = [
      ['SteamAPI_ISteamNetworkingUtils_SetGlobalConfigValueInt32', () => client.networkingUtils.setGlobalConfigValueInt32(24, -5), [24n, -5n]],
      ['SteamAPI_ISteamNetworkingUtils_SetGlobalConfigValueFloat', () => client.networkingUtils.setGlobalConfigValueFloat(2, 12.5), [2n, floatBits(12.5)]],
      ['SteamAPI_ISteamNetworkingUtils_SetConnectionConfigValueInt32', () => client.networkingUtils.setConnectionConfigValueInt32(0xfffffff0, 25, 7), [0xfffffff0n, 25n, 7n]],
      ['SteamAPI_ISteamNetworkingUtils_SetConnectionConfigValueFloat', () => client.networkingUtils.setConnectionConfigValueFloat(9, 3, 0.25), [9n, 3n, floatBits(0.25)]],
    ] as const;
    for (const [symbol, call, args] of cases) {
      expect(call()).toBe(false);
      fake.setReturn(symbol, true);
      expect(call()).toBe(true);
      expect(fake.arg(symbol, 0)).toBe(self());
      args.forEach((value, index) => expect(BigInt.asIntN(32, fake.arg(symbol, index + 1))).toBe(BigInt.asIntN(32, value)));
    }
    fake.setReturn('SteamAPI_ISteamNetworkingUtils_SetGlobalConfigValueString', true);
    expect(client.networkingUtils.setGlobalConfigValueString(103, 'stun.example.com:3478')).toBe(true);
    expect(fake.argString('SteamAPI_ISteamNetworkingUtils_SetGlobalConfigValueString', 2)).toBe('stun.example.com:3478');
    client.networkingUtils.setConnectionConfigValueString(4, 103, 'x');
    expect(fake.arg('SteamAPI_ISteamNetworkingUtils_SetConnectionConfigValueString', 1)).toBe(4n);
    expect(fake.argString('SteamAPI_ISteamNetworkingUtils_SetConnectionConfigValueString', 3)).toBe('x');
  });

  it('getConfigValue: each data type, a failing result as a Left, and a second call at the size Steam asked for', () => {
    const client = startClient();
    const symbol = 'SteamAPI_ISteamNetworkingUtils_GetConfigValue';
    fake.setReturn(symbol, -1);
    expect(leftOf(client.networkingUtils.getConfigValue(999)).message).toContain('BadValue');
    fake.setReturn(symbol, 1);
    fake.setOutValue(symbol, 0, 1);
    fake.setOutput(symbol, new Uint8Array([0x10, 0x27, 0, 0]));
    expect(rightOf(client.networkingUtils.getConfigValue(24, 4, 77))).toEqual({ dataType: 1, value: 10000 });
    expect([fake.signedArg(symbol, 1), fake.signedArg(symbol, 2), fake.signedArg(symbol, 3)]).toEqual([24n, 4n, 77n]);
    fake.setReturn(symbol, 2);
    fake.setOutValue(symbol, 0, 3);
    fake.setOutput(symbol, new Uint8Array(new Float32Array([0.5]).buffer));
    expect(rightOf(client.networkingUtils.getConfigValue(2))).toEqual({ dataType: 3, value: 0.5 });
    fake.setOutValue(symbol, 0, 2);
    fake.setOutput(symbol, new Uint8Array(new BigInt64Array([-(2n ** 40n)]).buffer));
    expect(rightOf(client.networkingUtils.getConfigValue(40))).toEqual({ dataType: 2, value: -(2n ** 40n) });
    const long = `${'s'.repeat(299)}\0`;
    fake.setOutValue(symbol, 0, 4);
    fake.setOutput(symbol, long);
    expect(rightOf(client.networkingUtils.getConfigValue(103))).toEqual({ dataType: 4, value: 's'.repeat(299) });
    // The first call offered 256 bytes, got BufferTooSmall, the second offered what Steam asked for.
    expect(fake.arg(symbol, 7)).toBe(300n);
  });

  it('getConfigValueInfo and iterateGenericEditableConfigValues', () => {
    const client = startClient();
    expect(leftOf(client.networkingUtils.getConfigValueInfo(24))._tag).toBe('CallFailed');
    fake.setOutput('SteamAPI_ISteamNetworkingUtils_GetConfigValueInfo', 'TimeoutInitial');
    fake.setOutValue('SteamAPI_ISteamNetworkingUtils_GetConfigValueInfo', 0, 1);
    fake.setOutValue('SteamAPI_ISteamNetworkingUtils_GetConfigValueInfo', 1, 4);
    expect(rightOf(client.networkingUtils.getConfigValueInfo(24))).toEqual({ name: 'TimeoutInitial', dataType: 1, scope: 4 });
    fake.setReturn('SteamAPI_ISteamNetworkingUtils_IterateGenericEditableConfigValues', 25);
    expect(client.networkingUtils.iterateGenericEditableConfigValues(24, true)).toBe(25);
    expect(fake.arg('SteamAPI_ISteamNetworkingUtils_IterateGenericEditableConfigValues', 2)).toBe(1n);
  });

  it('setDebugOutputFunction: Steam calls the handler, a new one replaces it, null removes it', () => {
    const client = startClient();
    const seen: Array<[number, string]> = [];
    client.networkingUtils.setDebugOutputFunction(4, (type, message) => seen.push([type, message]));
    expect(fake.networkingDebugOutputInstalled()).toBe(true);
    expect(fake.emitNetworkingDebugOutput(2, 'an error')).toBe(true);
    expect(fake.emitNetworkingDebugOutput(6, 'too verbose')).toBe(false);
    const later: string[] = [];
    client.networkingUtils.setDebugOutputFunction(8, (_type, message) => later.push(message));
    fake.emitNetworkingDebugOutput(6, 'verbose now');
    expect(seen).toEqual([[2, 'an error']]);
    expect(later).toEqual(['verbose now']);
    client.networkingUtils.setDebugOutputFunction(0, null);
    expect(fake.networkingDebugOutputInstalled()).toBe(false);
    expect(fake.emitNetworkingDebugOutput(1, 'nobody listens')).toBe(false);
  });

  it('a handler that throws is reported (rxjs reports on a later task), not passed to Steam', async () => {
    const client = startClient();
    const reported: unknown[] = [];
    const { config } = jest.requireActual<typeof import('rxjs')>('rxjs');
    const previous = config.onUnhandledError;
    config.onUnhandledError = (error) => reported.push(error);
    try {
      client.networkingUtils.setDebugOutputFunction(8, () => {
        throw new Error('handler broke');
      });
      expect(fake.emitNetworkingDebugOutput(3, 'boom')).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(reported).toEqual([new Error('handler broke')]);
    } finally {
      config.onUnhandledError = previous;
    }
  });

  it('shutdown tells Steam to drop the hook before SteamAPI_Shutdown', () => {
    const client = startClient();
    client.networkingUtils.setDebugOutputFunction(5, () => undefined);
    client.shutdown();
    expect(fake.networkingDebugOutputInstalled()).toBe(false);
    expect(fake.callSequence('SteamAPI_ISteamNetworkingUtils_SetDebugOutputFunction')).toBeLessThan(fake.callSequence('SteamAPI_Shutdown'));
    expect(fake.argIsNull('SteamAPI_ISteamNetworkingUtils_SetDebugOutputFunction', 2)).toBe(true);
  });

  it('relayNetworkStatus$ decodes SteamRelayNetworkStatus_t from the client pipe', () => {
    const client = startClient();
    const seen: number[] = [];
    const subscription = client.networkingUtils.relayNetworkStatus$.subscribe((status) => seen.push(status.availability));
    fake.queueCallback(CLIENT_PIPE, 1281, writeStruct(layoutOf(layoutsFor(hostPlatform()), 'SteamRelayNetworkStatus_t'), { m_eAvail: 100 }));
    client.runCallbacks();
    expect(seen).toEqual([100]);
    subscription.unsubscribe();
  });
});
