/**
 * client.networkingMessages and server.networkingMessages over the fake libsteam_api: every
 * function reaches C with the session's own interface pointer, identities as Valve's 136 bytes
 * (each kind), the send buffer's true size and a copy of its bytes; received messages are copies
 * released exactly once; channel$ polls only while subscribed; session requests are answered
 * through accept / decline; the interface binds only when first used.
 */
import { isLeft, isRight } from 'fp-ts/Either';
import { EResult } from '../../native/enums';
import { decodeNetworkingIdentity, encodeNetworkingIdentity, type NetworkingIdentity } from '../../native/networking-identity';
import { decoderLayoutsFor } from '../../native/struct-layouts';
import { writeStruct } from '../../native/struct-bytes';
import { networkingMessagesStructs } from '../../native/generated/networking-messages';
import { networkingTypesStructs } from '../../native/generated/networking-types';
import type { NetworkMessage } from '../../src';
import { SteamResultError } from '../../src/errors';
import { liveChannelReaders } from '../../src/networking-messages/networking-messages-functions';
import { CLIENT_PIPE, fake, leftOf, startClient, startCountedClient, stopClient } from '../user/native-kit';
import { SERVER_PIPE, startServer, stopServer } from '../server/server-native-kit';

afterEach(() => {
  stopClient();
  stopServer();
});

const self = (): bigint => fake.networkingMessagesInterface('client');
const peer: NetworkingIdentity = { steamId: 76561198265685624n };
const recordedIdentity = (symbol: Parameters<typeof fake.argBytes>[0]): NetworkingIdentity => {
  const bytes = fake.argBytes(symbol, 1);
  if (bytes === null) throw new Error(`${symbol} recorded no identity`);
  expect(bytes).toHaveLength(136);
  return decodeNetworkingIdentity(bytes);
};

describe('networkingMessages through the fake library', () => {
  it('asks for the interface pointer once, on first use, with the client accessor', () => {
    const client = startClient();
    expect(fake.callCount('SteamAPI_SteamNetworkingMessages_SteamAPI_v002')).toBe(0);
    client.networkingMessages.acceptSessionWithUser(peer);
    client.networkingMessages.closeSessionWithUser(peer);
    expect(fake.callCount('SteamAPI_SteamNetworkingMessages_SteamAPI_v002')).toBe(1);
    expect(fake.callCount('SteamAPI_SteamGameServerNetworkingMessages_SteamAPI_v002')).toBe(0);
  });

  it('sendMessageToUser passes identity, a copy of the bytes, their true size, flags and channel; OK is Right, else Left(SteamResultError)', () => {
    const client = startClient();
    const symbol = 'SteamAPI_ISteamNetworkingMessages_SendMessageToUser';
    fake.setReturn(symbol, EResult.OK);
    const data = new Uint8Array([1, 2, 3, 4, 5]);
    expect(isRight(client.networkingMessages.sendMessageToUser(peer, data.subarray(1, 4), 9, -7))).toBe(true);
    data.fill(0);
    expect(fake.arg(symbol, 0)).toBe(self());
    expect(recordedIdentity(symbol)).toEqual(peer);
    expect(Array.from(fake.argBytes(symbol, 2) ?? [])).toEqual([2, 3, 4]);
    expect(fake.arg(symbol, 3)).toBe(3n);
    expect(fake.signedArg(symbol, 4)).toBe(9n);
    expect(fake.signedArg(symbol, 5)).toBe(-7n);
    fake.setReturn(symbol, EResult.NoConnection);
    const error = leftOf(client.networkingMessages.sendMessageToUser(peer, new Uint8Array(0), 0, 0));
    expect(error).toBeInstanceOf(SteamResultError);
    expect(error.result).toBe(EResult.NoConnection);
  });

  it('takes a bare bigint Steam ID as shorthand for { steamId }, as Sockets does', () => {
    const client = startClient();
    const symbol = 'SteamAPI_ISteamNetworkingMessages_SendMessageToUser';
    fake.setReturn(symbol, EResult.OK);
    expect(isRight(client.networkingMessages.send(76561197960287930n, new Uint8Array([1])))).toBe(true);
    expect(recordedIdentity(symbol)).toEqual({ steamId: 76561197960287930n });
    client.networkingMessages.acceptSessionWithUser(76561197960287930n);
    expect(recordedIdentity('SteamAPI_ISteamNetworkingMessages_AcceptSessionWithUser')).toEqual({ steamId: 76561197960287930n });
    expect(() => client.networkingMessages.send(-1n, new Uint8Array([1]))).toThrow(expect.objectContaining({ _tag: 'InvalidArgument' }));
  });

  it('send maps its options to k_nSteamNetworkingSend_* flags and the channel', () => {
    const client = startClient();
    const symbol = 'SteamAPI_ISteamNetworkingMessages_SendMessageToUser';
    fake.setReturn(symbol, EResult.OK);
    client.networkingMessages.send(peer, new Uint8Array([1]));
    expect([fake.signedArg(symbol, 4), fake.signedArg(symbol, 5)]).toEqual([0n, 0n]);
    client.networkingMessages.send(peer, new Uint8Array([1]), { channel: 5, reliable: true, noNagle: true, autoRestartBrokenSession: true });
    expect([fake.signedArg(symbol, 4), fake.signedArg(symbol, 5)]).toEqual([8n + 1n + 32n, 5n]);
    client.networkingMessages.send(peer, new Uint8Array([1]), { noDelay: true });
    expect(fake.signedArg(symbol, 4)).toBe(4n);
  });

  it('every identity kind reaches C as Valve encodes it', () => {
    const client = startClient();
    const symbol = 'SteamAPI_ISteamNetworkingMessages_AcceptSessionWithUser';
    const identities: readonly NetworkingIdentity[] = [
      { steamId: 76561197960287930n },
      { ip: { ipv4: 0x7f000001, port: 27015 } },
      { ip: { ipv6: new Uint8Array([0x20, 1, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]), port: 443 } },
      { genericString: 'lobby-player-7' },
      { genericBytes: new Uint8Array([9, 8, 7]) },
    ];
    for (const identity of identities) {
      client.networkingMessages.acceptSessionWithUser(identity);
      expect(recordedIdentity(symbol)).toEqual(identity);
    }
    const stringBytes = fake.argBytes(symbol, 1);
    // m_eType 3 (GenericBytes), m_cbSize 3, then the bytes.
    expect(Array.from(stringBytes?.subarray(0, 11) ?? [])).toEqual([3, 0, 0, 0, 3, 0, 0, 0, 9, 8, 7]);
    client.networkingMessages.acceptSessionWithUser({ ip: { ipv4: '10.0.0.2', port: 1 } } as unknown as NetworkingIdentity);
    expect(recordedIdentity(symbol)).toEqual({ ip: { ipv4: 0x0a000002, port: 1 } });
  });

  it('accept, close session and close channel answer Steam\'s bool with the identity and channel', () => {
    const client = startClient();
    const cases = [
      ['SteamAPI_ISteamNetworkingMessages_AcceptSessionWithUser', () => client.networkingMessages.acceptSessionWithUser(peer)],
      ['SteamAPI_ISteamNetworkingMessages_CloseSessionWithUser', () => client.networkingMessages.closeSessionWithUser(peer)],
      ['SteamAPI_ISteamNetworkingMessages_CloseChannelWithUser', () => client.networkingMessages.closeChannelWithUser(peer, 12)],
    ] as const;
    for (const [symbol, call] of cases) {
      expect(call()).toBe(false);
      fake.setReturn(symbol, true);
      expect(call()).toBe(true);
      expect(fake.arg(symbol, 0)).toBe(self());
      expect(recordedIdentity(symbol)).toEqual(peer);
    }
    expect(fake.signedArg('SteamAPI_ISteamNetworkingMessages_CloseChannelWithUser', 2)).toBe(12n);
  });

  it('getSessionConnectionInfo: None gives nulls; a session gives the info and quick status Steam wrote', () => {
    const client = startClient();
    const symbol = 'SteamAPI_ISteamNetworkingMessages_GetSessionConnectionInfo';
    expect(client.networkingMessages.getSessionConnectionInfo(peer)).toEqual({ state: 0, info: null, quickStatus: null });
    const layouts = decoderLayoutsFor(networkingTypesStructs, 'linux64');
    const info = writeStruct(layouts('SteamNetConnectionInfo_t'), {
      m_identityRemote: encodeNetworkingIdentity(peer),
      m_nUserData: -1n,
      m_eState: 3,
      m_eEndReason: 0,
      m_szConnectionDescription: 'session #1',
      m_idPOPRelay: 0x69616400,
    });
    const status = writeStruct(layouts('SteamNetConnectionRealTimeStatus_t'), { m_eState: 3, m_nPing: 42, m_flConnectionQualityLocal: 0.5, m_usecQueueTime: 1234n });
    fake.setOutput(symbol, info);
    fake.setOutput('SteamAPI_ISteamNetworkingMessages_GetSessionConnectionInfo_QuickStatus', status);
    fake.setReturn(symbol, 3);
    const answer = client.networkingMessages.getSessionConnectionInfo(peer);
    expect(answer.state).toBe(3);
    expect(answer.info).toMatchObject({ identityRemote: peer, userData: -1n, state: 3, connectionDescription: 'session #1', popRelay: 0x69616400 });
    expect(answer.quickStatus).toMatchObject({ state: 3, ping: 42, connectionQualityLocal: 0.5, queueTimeMicroseconds: 1234n });
    expect(recordedIdentity(symbol)).toEqual(peer);
  });

  it('receiveMessagesOnChannel copies and releases every message once', () => {
    const client = startClient();
    fake.queueNetworkingMessage('client', 2, new Uint8Array([7, 7]), encodeNetworkingIdentity(peer), { messageNumber: 1n, flags: 8 });
    const [message] = client.networkingMessages.receiveMessagesOnChannel(2, 10);
    expect(message).toMatchObject({ identityPeer: peer, channel: 2, flags: 8, messageNumber: 1n });
    expect(Array.from(message?.data ?? [])).toEqual([7, 7]);
    expect(fake.networkingMessageReleases()).toBe(1);
    expect(fake.networkingMessagesLive()).toBe(0);
  });

  it('channel$ polls on pump frames only while subscribed, shares one reader per channel, and releases each message once', () => {
    const client = startClient();
    const symbol = 'SteamAPI_ISteamNetworkingMessages_ReceiveMessagesOnChannel';
    const stream$ = client.networkingMessages.channel$(1);
    client.runCallbacks();
    expect(fake.callCount(symbol)).toBe(0);
    const first: NetworkMessage[] = [];
    const second: NetworkMessage[] = [];
    const a = stream$.subscribe((message) => first.push(message));
    const b = client.networkingMessages.channel$(1).subscribe((message) => second.push(message));
    fake.queueNetworkingMessage('client', 1, new Uint8Array([1]), encodeNetworkingIdentity(peer));
    fake.queueNetworkingMessage('client', 1, new Uint8Array([2]), encodeNetworkingIdentity(peer));
    client.runCallbacks();
    expect(fake.callCount(symbol)).toBe(1);
    expect(first.map((message) => message.data[0])).toEqual([1, 2]);
    expect(second.map((message) => message.data[0])).toEqual([1, 2]);
    a.unsubscribe();
    client.runCallbacks();
    expect(fake.callCount(symbol)).toBe(2);
    b.unsubscribe();
    client.runCallbacks();
    client.runCallbacks();
    expect(fake.callCount(symbol)).toBe(2);
    expect(fake.networkingMessageReleases()).toBe(2);
    expect(fake.networkingMessageDoubleReleases()).toBe(0);
  });

  it('a subscribed channel$ holds the pump: one hold per channel reader, released with its last subscriber and at shutdown', () => {
    const client = startClient();
    expect(client.pump.awaiting).toBe(0);
    const channel1$ = client.networkingMessages.channel$(1);
    expect(client.pump.awaiting).toBe(0);
    const a = channel1$.subscribe();
    expect(client.pump.awaiting).toBe(1);
    const b = client.networkingMessages.channel$(1).subscribe();
    expect(client.pump.awaiting).toBe(1);
    const c = client.networkingMessages.channel$(2).subscribe();
    expect(client.pump.awaiting).toBe(2);
    a.unsubscribe();
    expect(client.pump.awaiting).toBe(2);
    b.unsubscribe();
    expect(client.pump.awaiting).toBe(1);
    c.unsubscribe();
    expect(client.pump.awaiting).toBe(0);
    // Subscribed again, then the session ends: completion lets go too.
    let completed = false;
    client.networkingMessages.channel$(1).subscribe({ complete: () => (completed = true) });
    client.networkingMessages.channel$(3).subscribe();
    expect(client.pump.awaiting).toBe(2);
    client.shutdown();
    expect(completed).toBe(true);
    expect(client.pump.awaiting).toBe(0);
  });

  it('channel$ drops a channel\'s reader with its last subscriber: 10,000 channels listened to once leave none behind', () => {
    const { client, counter } = startCountedClient();
    const before = counter.open();
    for (let channel = 0; channel < 10_000; channel += 1) {
      const subscription = client.networkingMessages.channel$(channel).subscribe();
      subscription.unsubscribe();
    }
    expect(liveChannelReaders(client.networkingMessages)).toBe(0);
    const kept = [client.networkingMessages.channel$(7).subscribe(), client.networkingMessages.channel$(7).subscribe(), client.networkingMessages.channel$(8).subscribe()];
    expect(liveChannelReaders(client.networkingMessages)).toBe(2);
    kept[0]?.unsubscribe();
    expect(liveChannelReaders(client.networkingMessages)).toBe(2);
    kept.forEach((subscription) => subscription.unsubscribe());
    expect(liveChannelReaders(client.networkingMessages)).toBe(0);
    expect(client.pump.awaiting).toBe(0);
    expect(counter.open()).toBe(before);
    // A reader made afresh takes its own batch size (a kept one would still read 64 at a time).
    const again = client.networkingMessages.channel$(7, { batchSize: 3 }).subscribe();
    client.runCallbacks();
    expect(fake.arg('SteamAPI_ISteamNetworkingMessages_ReceiveMessagesOnChannel', 3)).toBe(3n);
    again.unsubscribe();
    // Shutdown completes the readers, which drops them too.
    client.networkingMessages.channel$(9).subscribe();
    client.shutdown();
    expect(liveChannelReaders(client.networkingMessages)).toBe(0);
  });

  it('channel$ reads full batches again in the same frame', () => {
    const client = startClient();
    for (let index = 0; index < 5; index += 1) fake.queueNetworkingMessage('client', 0, new Uint8Array([index]), encodeNetworkingIdentity(peer));
    const seen: number[] = [];
    const subscription = client.networkingMessages.channel$(0, { batchSize: 2 }).subscribe((message) => seen.push(message.data[0] ?? -1));
    client.runCallbacks();
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(fake.callCount('SteamAPI_ISteamNetworkingMessages_ReceiveMessagesOnChannel')).toBe(3);
    subscription.unsubscribe();
  });

  it('the streams let go of Steam\'s callbacks on unsubscribe, and channel$ of the pump\'s frames', () => {
    const { client, counter } = startCountedClient();
    const before = counter.open();
    const subscriptions = [
      client.networkingMessages.sessionRequest$.subscribe(),
      client.networkingMessages.networkingMessagesSessionFailed$.subscribe(),
      client.networkingMessages.channel$(3).subscribe(),
    ];
    expect(counter.open()).toBeGreaterThan(before);
    subscriptions.forEach((subscription) => subscription.unsubscribe());
    expect(counter.open()).toBe(before);
    client.runCallbacks();
    expect(fake.callCount('SteamAPI_ISteamNetworkingMessages_ReceiveMessagesOnChannel')).toBe(0);
  });

  it('a subscriber that shuts the client down while handling a full batch stops the reading there', () => {
    const client = startClient();
    for (let index = 0; index < 4; index += 1) fake.queueNetworkingMessage('client', 0, new Uint8Array([index]), encodeNetworkingIdentity(peer));
    const seen: number[] = [];
    client.networkingMessages.channel$(0, { batchSize: 2 }).subscribe((message) => {
      seen.push(message.data[0] ?? -1);
      if (seen.length === 2) client.shutdown();
    });
    expect(() => client.runCallbacks()).not.toThrow();
    expect(seen).toEqual([0, 1]);
    expect(fake.callCount('SteamAPI_ISteamNetworkingMessages_ReceiveMessagesOnChannel')).toBe(1);
    expect(fake.networkingMessageDoubleReleases()).toBe(0);
  });

  it('channel$ completes at shutdown and stops polling', () => {
    const client = startClient();
    let completed = false;
    client.networkingMessages.channel$(0).subscribe({ complete: () => (completed = true) });
    client.shutdown();
    expect(completed).toBe(true);
  });

  it('channel$ starts its reader again after the last subscriber left, keeps the others when one leaves mid-batch, and completes a late subscriber after shutdown', () => {
    const client = startClient();
    const symbol = 'SteamAPI_ISteamNetworkingMessages_ReceiveMessagesOnChannel';
    const stream$ = client.networkingMessages.channel$(4);
    const first: number[] = [];
    const second: number[] = [];
    const a = stream$.subscribe((message) => {
      first.push(message.data[0] ?? -1);
      a.unsubscribe();
    });
    const b = stream$.subscribe((message) => second.push(message.data[0] ?? -1));
    for (let index = 0; index < 3; index += 1) fake.queueNetworkingMessage('client', 4, new Uint8Array([index]), encodeNetworkingIdentity(peer));
    client.runCallbacks();
    expect(first).toEqual([0]);
    expect(second).toEqual([0, 1, 2]);
    b.unsubscribe();
    client.runCallbacks();
    expect(fake.callCount(symbol)).toBe(1);
    const again: number[] = [];
    const c = stream$.subscribe((message) => again.push(message.data[0] ?? -1));
    fake.queueNetworkingMessage('client', 4, new Uint8Array([9]), encodeNetworkingIdentity(peer));
    client.runCallbacks();
    expect(again).toEqual([9]);
    expect(fake.callCount(symbol)).toBe(2);
    c.unsubscribe();
    client.shutdown();
    let completed = false;
    stream$.subscribe({ complete: () => (completed = true) });
    expect(completed).toBe(true);
    expect(fake.networkingMessageDoubleReleases()).toBe(0);
  });

  it('send reads each identity member and option once, in order, and copies the bytes at the call', () => {
    const client = startClient();
    const symbol = 'SteamAPI_ISteamNetworkingMessages_SendMessageToUser';
    fake.setReturn(symbol, EResult.OK);
    const reads: string[] = [];
    const identity = new Proxy({ steamId: peer.steamId } as Record<string, unknown>, {
      get: (target, key) => {
        reads.push(`identity.${String(key)}`);
        return target[key as string];
      },
    });
    const options = new Proxy({ channel: 3, reliable: true } as Record<string, unknown>, {
      get: (target, key) => {
        reads.push(`options.${String(key)}`);
        return target[key as string];
      },
    });
    const data = new Uint8Array([4, 5, 6]);
    expect(isRight(client.networkingMessages.send(identity as unknown as NetworkingIdentity, data, options))).toBe(true);
    data.fill(0);
    expect(reads).toEqual([
      'options.channel',
      'options.reliable',
      'options.noNagle',
      'options.noDelay',
      'options.autoRestartBrokenSession',
      'identity.steamId',
      'identity.ip',
      'identity.genericString',
      'identity.genericBytes',
      'identity.otherType',
    ]);
    expect(recordedIdentity(symbol)).toEqual(peer);
    expect(Array.from(fake.argBytes(symbol, 2) ?? [])).toEqual([4, 5, 6]);
    expect(fake.signedArg(symbol, 4)).toBe(8n);
    expect(fake.signedArg(symbol, 5)).toBe(3n);
  });

  it('a throwing identity member or option getter is an InvalidArgument naming it; a bad option before it is named first', () => {
    const client = startClient();
    const throwing = (key: string, base: Record<string, unknown> = {}): object =>
      Object.defineProperty({ ...base }, key, {
        get: () => {
          throw new Error('hostile');
        },
      });
    const argumentOf = (call: () => unknown): unknown => {
      try {
        call();
      } catch (error) {
        return (error as { argument?: unknown }).argument;
      }
      return 'no throw';
    };
    const send = client.networkingMessages.send;
    expect(argumentOf(() => send(throwing('genericBytes', { steamId: 1n }) as NetworkingIdentity, new Uint8Array(1)))).toBe('identityRemote.genericBytes');
    expect(argumentOf(() => send(peer, new Uint8Array(1), throwing('noDelay', { reliable: true })))).toBe('options.noDelay');
    expect(argumentOf(() => send(peer, new Uint8Array(1), throwing('noDelay', { reliable: 'yes' })))).toBe('options.reliable');
    const detached = new Uint8Array(8);
    structuredClone(detached.buffer, { transfer: [detached.buffer] });
    fake.setReturn('SteamAPI_ISteamNetworkingMessages_SendMessageToUser', EResult.OK);
    expect(isRight(send(peer, detached))).toBe(true);
    expect(fake.arg('SteamAPI_ISteamNetworkingMessages_SendMessageToUser', 3)).toBe(0n);
  });

  it('sessionRequest$ decodes SteamNetworkingMessagesSessionRequest_t and answers with accept / decline', () => {
    const client = startClient();
    const layout = decoderLayoutsFor([...networkingMessagesStructs, ...networkingTypesStructs], 'linux64')('SteamNetworkingMessagesSessionRequest_t');
    const payload = writeStruct(layout, { m_identityRemote: encodeNetworkingIdentity(peer) });
    const requests: { accept: () => boolean; decline: () => boolean; identityRemote: NetworkingIdentity }[] = [];
    const subscription = client.networkingMessages.sessionRequest$.subscribe((request) => requests.push(request));
    fake.queueCallback(CLIENT_PIPE, 1251, payload);
    client.runCallbacks();
    expect(requests).toHaveLength(1);
    expect(requests[0]?.identityRemote).toEqual(peer);
    fake.setReturn('SteamAPI_ISteamNetworkingMessages_AcceptSessionWithUser', true);
    expect(requests[0]?.accept()).toBe(true);
    expect(recordedIdentity('SteamAPI_ISteamNetworkingMessages_AcceptSessionWithUser')).toEqual(peer);
    requests[0]?.decline();
    expect(recordedIdentity('SteamAPI_ISteamNetworkingMessages_CloseSessionWithUser')).toEqual(peer);
    subscription.unsubscribe();
    client.shutdown();
    expect(() => requests[0]?.accept()).toThrow(expect.objectContaining({ _tag: 'NotInitialized' }));
  });

  it('bad arguments throw InvalidArgument before Steam is called', () => {
    const client = startClient();
    const calls = (): number => fake.callCount('SteamAPI_ISteamNetworkingMessages_SendMessageToUser');
    const bad: readonly (() => unknown)[] = [
      () => client.networkingMessages.send({} as NetworkingIdentity, new Uint8Array(1)),
      () => client.networkingMessages.send({ steamId: 1n, genericString: 'x' } as unknown as NetworkingIdentity, new Uint8Array(1)),
      () => client.networkingMessages.send({ genericString: 'x'.repeat(32) }, new Uint8Array(1)),
      () => client.networkingMessages.send({ genericString: '' }, new Uint8Array(1)),
      () => client.networkingMessages.send({ genericBytes: new Uint8Array(33) }, new Uint8Array(1)),
      () => client.networkingMessages.send({ ip: { ipv6: new Uint8Array(15), port: 1 } }, new Uint8Array(1)),
      () => client.networkingMessages.send({ ip: { ipv4: 1, port: 70000 } }, new Uint8Array(1)),
      () => client.networkingMessages.send(peer, new Uint8Array(524289)),
      () => client.networkingMessages.send(peer, 'text' as unknown as Uint8Array),
      () => client.networkingMessages.send(peer, new Uint8Array(1), { channel: 2 ** 31 }),
      () => client.networkingMessages.send(peer, new Uint8Array(1), { reliable: 1 as unknown as boolean }),
      () => client.networkingMessages.sendMessageToUser(peer, new Uint8Array(1), 64, 0),
    ];
    for (const call of bad) expect(call).toThrow(expect.objectContaining({ _tag: 'InvalidArgument' }));
    expect(calls()).toBe(0);
    expect(() => client.networkingMessages.receiveMessagesOnChannel(0, 0)).toThrow(expect.objectContaining({ _tag: 'InvalidArgument' }));
    expect(() => client.networkingMessages.channel$(1.5)).toThrow(expect.objectContaining({ _tag: 'InvalidArgument' }));
    expect(() => client.networkingMessages.channel$(0, { batchSize: 0 })).toThrow(expect.objectContaining({ _tag: 'InvalidArgument' }));
  });

  it('the game server uses its own accessor and session', () => {
    const server = startServer();
    fake.setReturn('SteamAPI_ISteamNetworkingMessages_SendMessageToUser', EResult.OK);
    expect(isLeft(server.networkingMessages.send(peer, new Uint8Array([1])))).toBe(false);
    expect(fake.arg('SteamAPI_ISteamNetworkingMessages_SendMessageToUser', 0)).toBe(fake.networkingMessagesInterface('server'));
    expect(fake.callCount('SteamAPI_SteamGameServerNetworkingMessages_SteamAPI_v002')).toBe(1);
    fake.queueNetworkingMessage('server', 0, new Uint8Array([5]), encodeNetworkingIdentity(peer));
    expect(server.networkingMessages.receiveMessagesOnChannel(0, 4).map((message) => message.data[0])).toEqual([5]);
    expect(fake.networkingMessagesLive()).toBe(0);
  });

  it('the game server hears session requests on its own pipe only', () => {
    const server = startServer();
    const layout = decoderLayoutsFor([...networkingMessagesStructs, ...networkingTypesStructs], 'linux64')('SteamNetworkingMessagesSessionRequest_t');
    const seen: NetworkingIdentity[] = [];
    const subscription = server.networkingMessages.sessionRequest$.subscribe((request) => seen.push(request.identityRemote));
    fake.queueCallback(CLIENT_PIPE, 1251, writeStruct(layout, { m_identityRemote: encodeNetworkingIdentity({ steamId: 1n }) }));
    fake.queueCallback(SERVER_PIPE, 1251, writeStruct(layout, { m_identityRemote: encodeNetworkingIdentity(peer) }));
    server.runCallbacks();
    expect(seen).toEqual([peer]);
    subscription.unsubscribe();
  });
});
