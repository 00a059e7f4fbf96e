/**
 * ISteamNetworkingMessages for one pipe of a simulated process, on the simulated network
 * (network/network-model.ts): sessions by identity, carried by the network's connections. After
 * shutdown there are no sessions: sends answer NoConnection, nothing is received or accepted.
 */
import { EResult } from '../native/generated/core';
import { ESteamNetworkingConnectionState } from '../native/generated/networking-types';
import type { NetworkingMessagesPort } from '../native/networking-messages-port';
import type { Endpoint } from './endpoint';
import { connectionInfoOf, realTimeStatusOf } from './network/network-callbacks';
import { networkOf, nodeOf } from './network/network-binding';

export const createSimulatedNetworkingMessagesPort = (endpoint: Endpoint): NetworkingMessagesPort => {
  const network = networkOf(endpoint.universe);
  const live = (): boolean => endpoint.live;
  return {
    sendMessageToUser: (identityRemote, data, sendFlags, remoteChannel) =>
      // A shut-down interface has no sessions to send on.
      live() ? network.sendMessageToUser(nodeOf(endpoint), identityRemote, data, sendFlags, remoteChannel) : EResult.NoConnection,
    receiveMessagesOnChannel: (localChannel, maxMessages) => (live() ? network.receiveMessagesOnChannel(nodeOf(endpoint), localChannel, maxMessages) : []),
    acceptSessionWithUser: (identityRemote) => live() && network.acceptSessionWithUser(nodeOf(endpoint), identityRemote),
    closeSessionWithUser: (identityRemote) => live() && network.closeSessionWithUser(nodeOf(endpoint), identityRemote),
    closeChannelWithUser: (identityRemote, localChannel) => live() && network.closeChannelWithUser(nodeOf(endpoint), identityRemote, localChannel),
    getSessionConnectionInfo: (identityRemote) => {
      const end = live() ? network.session(nodeOf(endpoint), identityRemote) : null;
      if (end === null) return { state: ESteamNetworkingConnectionState.None, info: null, quickStatus: null };
      return { state: end.reportedState(), info: connectionInfoOf(end), quickStatus: realTimeStatusOf(network, end) };
    },
  };
};
