/**
 * The native NetworkingMessagesPort over the fake library: received SteamNetworkingMessage_t are
 * copied into JavaScript and each released exactly once before the call returns (the fake counts
 * releases and poisons released data), malformed ones are released and dropped, identities go to
 * C as Valve's 136 bytes, and the client and game server use their own accessors.
 */
import { encodeNetworkingIdentity } from '../../native/networking-identity';
import { takeMessages } from '../../native/networking-message';
import { freshFakeCore, liveClient, liveServer } from '../native/fake-core';

const peer = { steamId: 76561198000000001n } as const;
const peerBytes = encodeNetworkingIdentity(peer);

describe('NetworkingMessagesPort through the fake library', () => {
  afterEach(() => {
    const { core } = freshFakeCore();
    core.shutdownClient();
  });

  it('receives copies, releases every message once before returning, and leaves none live', () => {
    const { core, fake } = freshFakeCore();
    const session = liveClient(core);
    fake.queueNetworkingMessage('client', 3, new Uint8Array([1, 2, 3]), peerBytes, { messageNumber: 7n, flags: 8 });
    fake.queueNetworkingMessage('client', 3, new Uint8Array([4, 5]), peerBytes, { messageNumber: 8n });
    fake.queueNetworkingMessage('client', 4, new Uint8Array([9]), peerBytes);
    const received = session.networkingMessages.receiveMessagesOnChannel(3, 16);
    expect(received.map((message) => Array.from(message.data))).toEqual([[1, 2, 3], [4, 5]]);
    expect(received[0]).toMatchObject({ identityPeer: peer, channel: 3, flags: 8, messageNumber: 7n });
    expect(fake.networkingMessageReleases()).toBe(2);
    expect(fake.networkingMessageDoubleReleases()).toBe(0);
    expect(fake.networkingMessageUnknownReleases()).toBe(0);
    // Channel 4's message is still queued, not allocated to anyone yet released.
    expect(fake.networkingMessagesLive()).toBe(1);
    expect(fake.pendingNetworkingMessages('client')).toBe(1);
    // The copies survive the release (the fake poisoned Steam's buffers with 0xCD).
    expect(Array.from(received[1]?.data ?? [])).toEqual([4, 5]);
    expect(fake.arg('SteamAPI_ISteamNetworkingMessages_ReceiveMessagesOnChannel', 0)).toBe(fake.networkingMessagesInterface('client'));
    expect(fake.signedArg('SteamAPI_ISteamNetworkingMessages_ReceiveMessagesOnChannel', 1)).toBe(3n);
    expect(fake.signedArg('SteamAPI_ISteamNetworkingMessages_ReceiveMessagesOnChannel', 3)).toBe(16n);
  });

  it('takes at most maxMessages, and a count Steam overstates is clamped to the array', () => {
    const { core, fake } = freshFakeCore();
    const session = liveClient(core);
    for (let index = 0; index < 5; index += 1) fake.queueNetworkingMessage('client', 0, new Uint8Array([index]), peerBytes);
    expect(session.networkingMessages.receiveMessagesOnChannel(0, 2)).toHaveLength(2);
    fake.setReturn('SteamAPI_ISteamNetworkingMessages_ReceiveMessagesOnChannel', 1000);
    expect(session.networkingMessages.receiveMessagesOnChannel(0, 2)).toHaveLength(2);
    fake.setReturn('SteamAPI_ISteamNetworkingMessages_ReceiveMessagesOnChannel', -1);
    // -1 (a bad call) reads nothing; the message Steam handed out anyway is the one leak Steam's own contract allows.
    expect(session.networkingMessages.receiveMessagesOnChannel(0, 2)).toHaveLength(0);
    expect(fake.networkingMessageReleases()).toBe(4);
    expect(fake.networkingMessageDoubleReleases()).toBe(0);
  });

  it('drops malformed messages (negative size, NULL data) but still releases them', () => {
    const { core, fake } = freshFakeCore();
    const session = liveClient(core);
    fake.queueNetworkingMessage('client', 1, new Uint8Array(0), peerBytes, { size: -5 });
    fake.queueNetworkingMessage('client', 1, new Uint8Array(0), peerBytes, { size: 64, nullData: true });
    fake.queueNetworkingMessage('client', 1, new Uint8Array([42]), peerBytes);
    const received = session.networkingMessages.receiveMessagesOnChannel(1, 8);
    expect(received.map((message) => Array.from(message.data))).toEqual([[42]]);
    expect(fake.networkingMessageReleases()).toBe(3);
    expect(fake.networkingMessagesLive()).toBe(0);
  });

  it('the game server receives on its own interface', () => {
    const { core, fake } = freshFakeCore();
    const session = liveServer(core);
    fake.queueNetworkingMessage('client', 0, new Uint8Array([1]), peerBytes);
    fake.queueNetworkingMessage('server', 0, new Uint8Array([2]), peerBytes);
    expect(session.networkingMessages.receiveMessagesOnChannel(0, 4).map((message) => Array.from(message.data))).toEqual([[2]]);
    expect(fake.callCount('SteamAPI_SteamGameServerNetworkingMessages_SteamAPI_v002')).toBe(1);
    expect(fake.callCount('SteamAPI_SteamNetworkingMessages_SteamAPI_v002')).toBe(0);
    core.shutdownServer();
  });

  it('takeMessages releases every pointer even when a copy throws', () => {
    const released: bigint[] = [];
    const pointers = new BigUint64Array([11n, 0n, 12n, 13n]);
    let copies = 0;
    const memory = {
      copy: (_pointer: bigint, size: number): Uint8Array => {
        copies += 1;
        if (copies === 2) throw new Error('copy failed');
        return new Uint8Array(size);
      },
      release: (pointer: bigint) => released.push(pointer),
    };
    expect(() => takeMessages(pointers, 4, memory)).toThrow('copy failed');
    expect(released).toEqual([11n, 12n, 13n]);
    expect(Array.from(pointers)).toEqual([0n, 0n, 0n, 0n]);
  });
});
