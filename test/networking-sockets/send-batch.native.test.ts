/**
 * The batched send's failure path at the port: when Steam allocates some messages of a batch and
 * then cannot allocate one, every message already allocated is released (Steam owns none of them
 * yet) and SendMessages is not called; an error while filling releases them too.
 */
import koffi from 'koffi';
import { bindFlatFunctions } from '../../native/flat-api';
import { networkingSocketsFunctions, type NetworkingSocketsFlatApi } from '../../native/generated/networking-sockets';
import { networkingTypesFunctions, type NetworkingTypesFlatApi } from '../../native/generated/networking-types';
import { networkingUtilsFunctions, type NetworkingUtilsFlatApi } from '../../native/generated/networking-utils';
import { createNativeCopier } from '../../native/native-memory';
import { createNativeNetworkingSocketsPort } from '../../native/native-networking-sockets-port';
import { newLiveness } from '../../native/native-session-liveness';
import { hostPlatform } from '../../native/struct-layouts';
import { fake, rightOf, startClient, stopClient } from '../user/native-kit';

afterEach(stopClient);

const library = koffi.load(fake.libraryPath);
const sockets = rightOf(bindFlatFunctions<NetworkingSocketsFlatApi>(library, networkingSocketsFunctions));
const utils = rightOf(bindFlatFunctions<NetworkingUtilsFlatApi>(library, networkingUtilsFunctions));
type Release = Pick<NetworkingTypesFlatApi, 'SteamAPI_SteamNetworkingMessage_t_Release'>;
const types = rightOf(
  bindFlatFunctions<Release>(
    library,
    networkingTypesFunctions.filter((declared): declared is typeof declared & { name: keyof Release } => declared.name === 'SteamAPI_SteamNetworkingMessage_t_Release'),
  ),
);

/** The port over the fake, with AllocateMessage answering NULL from its `failAt`-th call on. */
const portFailingAt = (failAt: number) => {
  let calls = 0;
  const allocating: NetworkingUtilsFlatApi = {
    ...utils,
    SteamAPI_ISteamNetworkingUtils_AllocateMessage: (self, size) => {
      calls += 1;
      return calls >= failAt ? null : utils.SteamAPI_ISteamNetworkingUtils_AllocateMessage(self, size);
    },
  };
  const memory = { copy: createNativeCopier(), release: (message: bigint) => types.SteamAPI_SteamNetworkingMessage_t_Release(message) };
  return createNativeNetworkingSocketsPort({
    liveness: newLiveness(),
    pipe: 'client',
    platform: hostPlatform(),
    socketsApi: () => sockets,
    utilsApi: () => allocating,
    messageMemory: () => memory,
  });
};

describe('sendMessages when Steam cannot allocate the whole batch', () => {
  it('releases the messages it got, calls no SendMessages, and answers Fail for every message', () => {
    startClient();
    const port = portFailingAt(3);
    const message = (connection: number) => ({ connection, data: Uint8Array.of(connection), sendFlags: 8, lane: 0, userData: 0n });
    expect(port.sendMessages([message(1), message(2), message(3), message(4)])).toEqual([-2n, -2n, -2n, -2n]);
    expect(fake.networkingMessagesAllocated()).toBe(2);
    expect(fake.networkingMessageReleases()).toBe(2);
    expect(fake.networkingMessagesLive()).toBe(0);
    expect(fake.networkingMessageDoubleReleases()).toBe(0);
    expect(fake.callCount('SteamAPI_ISteamNetworkingSockets_SendMessages')).toBe(0);
  });

  it('releases the messages it got when filling one throws, and rethrows', () => {
    startClient();
    const port = portFailingAt(Number.POSITIVE_INFINITY);
    const poisoned = { connection: 2, sendFlags: 0, lane: 0, userData: 0n, get data(): Uint8Array { throw new Error('no bytes'); } };
    expect(() => port.sendMessages([{ connection: 1, data: Uint8Array.of(1), sendFlags: 0, lane: 0, userData: 0n }, poisoned])).toThrow('no bytes');
    expect(fake.networkingMessagesLive()).toBe(0);
    expect(fake.callCount('SteamAPI_ISteamNetworkingSockets_SendMessages')).toBe(0);
  });
});
