/**
 * What the simulated network tells a pipe, in Steam's words: SteamNetConnectionInfo_t and
 * SteamNetConnectionRealTimeStatus_t values of a connection end, and the callback structs
 * (SteamNetConnectionStatusChangedCallback_t, SteamNetworkingMessagesSessionRequest_t /
 * SessionFailed_t, SteamRelayNetworkStatus_t, SteamNetAuthenticationStatus_t) as bytes written
 * with the layouts of the process's platform and queued by Endpoint.post, like every
 * other simulated callback.
 */
import type { NetConnectionInfo, NetConnectionRealTimeStatus } from '../../native/networking-connection-info';
import { encodeNetworkingIdentity, encodeNetworkingIpAddress, type NetworkingIdentity } from '../../native/networking-identity';
import type { Platform } from '../../native/steam-core';
import { writeStruct } from '../../native/struct-bytes';
import { layoutOf, layoutsFor, type StructLayout } from '../../native/struct-layouts';
import type { Endpoint } from '../endpoint';
import type { ConnectionEnd, SimulatedNetwork } from './network-model';

/**
 * A networking struct's layout on a platform: the platform's layout table holds the networking
 * callbacks and SteamNetConnectionInfo_t (native/struct-layouts.ts), as every process's does.
 */
export const networkingLayout = (platform: Platform, name: string): StructLayout => layoutOf(layoutsFor(platform), name);

const NO_ADDRESS = { ipv4: 0, port: 0 } as const;

/** SteamNetConnectionInfo_t of an end, as GetConnectionInfo / GetSessionConnectionInfo give it. */
export const connectionInfoOf = (end: ConnectionEnd): NetConnectionInfo => ({
  identityRemote: end.remoteIdentity,
  userData: end.userData,
  listenSocket: end.listenSocket,
  addressRemote: end.remoteAddress ?? NO_ADDRESS,
  popRemote: 0,
  popRelay: 0,
  state: end.reportedState(),
  endReason: end.endReason,
  endDebug: end.endDebug,
  connectionDescription: end.description(),
  flags: end.flags(),
});

/** SteamNetConnectionRealTimeStatus_t of an end: ping and quality from the links, rates from what it carried. */
export const realTimeStatusOf = (network: SimulatedNetwork, end: ConnectionEnd): NetConnectionRealTimeStatus => {
  const remote = end.remoteNode;
  const connectedForSeconds = end.connectedAtMs === null ? 0 : (network.clock.now() - end.connectedAtMs) / 1000;
  const perSecond = (count: number): number => (connectedForSeconds > 0 ? count / connectedForSeconds : 0);
  const pendingReliable = end.pendingBytes(true);
  const pendingAll = end.pendingBytes();
  const link = remote === null ? null : network.transport.link(end.node.host, remote.host);
  const bandwidth = link === null || !Number.isFinite(link.bandwidthBytesPerSecond) ? 0x7fffffff : Math.floor(link.bandwidthBytesPerSecond);
  const queueMs = remote === null ? 0 : Math.max(0, network.transport.idleAtMs(end.node.host, remote.host) - network.clock.now());
  return {
    state: end.reportedState(),
    ping: end.open() ? network.pingMs(end) : -1,
    connectionQualityLocal: end.open() ? network.quality(end.node, remote) : -1,
    connectionQualityRemote: end.open() && remote !== null ? network.quality(remote, end.node) : -1,
    outPacketsPerSec: perSecond(end.sentMessages),
    outBytesPerSec: perSecond(end.sentBytes),
    inPacketsPerSec: perSecond(end.receivedMessages),
    inBytesPerSec: perSecond(end.receivedBytes),
    sendRateBytesPerSecond: bandwidth,
    pendingUnreliable: pendingAll - pendingReliable,
    pendingReliable,
    sentUnackedReliable: 0,
    queueTimeMicroseconds: BigInt(Math.round(queueMs * 1000)),
  };
};

/** SteamNetConnectionInfo_t's bytes on a platform. */
export const connectionInfoBytes = (platform: Platform, info: NetConnectionInfo): Uint8Array =>
  writeStruct(networkingLayout(platform, 'SteamNetConnectionInfo_t'), {
    m_identityRemote: encodeNetworkingIdentity(info.identityRemote),
    m_nUserData: info.userData,
    m_hListenSocket: info.listenSocket,
    m_addrRemote: encodeNetworkingIpAddress(info.addressRemote),
    m_idPOPRemote: info.popRemote,
    m_idPOPRelay: info.popRelay,
    m_eState: info.state,
    m_eEndReason: info.endReason,
    m_szEndDebug: info.endDebug,
    m_szConnectionDescription: info.connectionDescription,
    m_nFlags: info.flags,
  });

/** SteamNetConnectionStatusChangedCallback_t (1221) for a sockets connection. */
export const postConnectionStatusChanged = (endpoint: Endpoint, end: ConnectionEnd, oldState: number): void =>
  endpoint.post('SteamNetConnectionStatusChangedCallback_t', {
    m_hConn: end.handle,
    m_info: connectionInfoBytes(endpoint.process.platform, connectionInfoOf(end)),
    m_eOldState: oldState,
  });

/** SteamNetworkingMessagesSessionRequest_t (1251). */
export const postSessionRequest = (endpoint: Endpoint, remote: NetworkingIdentity): void =>
  endpoint.post('SteamNetworkingMessagesSessionRequest_t', { m_identityRemote: encodeNetworkingIdentity(remote) });

/** SteamNetworkingMessagesSessionFailed_t (1252). */
export const postSessionFailed = (endpoint: Endpoint, end: ConnectionEnd): void =>
  endpoint.post('SteamNetworkingMessagesSessionFailed_t', { m_info: connectionInfoBytes(endpoint.process.platform, connectionInfoOf(end)) });
