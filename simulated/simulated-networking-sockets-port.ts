/**
 * ISteamNetworkingSockets for one pipe of a simulated process, on the simulated network
 * (network/network-model.ts): listen sockets, connections with Steam's state machine, poll
 * groups, and the certificate (InitAuthentication: Attempting, then Current after the latency when
 * the pipe is logged on, Failed when not). After shutdown every handle is invalid.
 */
import { EResult } from '../native/generated/core';
import { ESteamNetworkingAvailability } from '../native/generated/networking-types';
import type { NetConnectionRealTimeLaneStatus, NetworkingSocketsPort } from '../native/networking-sockets-port';
import type { Endpoint } from './endpoint';
import { connectionInfoOf, realTimeStatusOf } from './network/network-callbacks';
import { networkOf, nodeOf } from './network/network-binding';
import type { ConnectionEnd } from './network/network-model';
import { writeCut } from './c-string';

const Availability = ESteamNetworkingAvailability;
const utf8 = new TextEncoder();

/** Valve's lane limit (ConfigureConnectionLanes refuses more). */
const MAX_LANES = 255;

interface Certificate {
  availability: number;
  debugMessage: string;
}

const certificates = new WeakMap<Endpoint, Certificate>();
const lanes = new WeakMap<ConnectionEnd, number>();

/** Game servers not yet logged on have Steam's placeholder ID (1): no identity yet. */
const knownSteamId = (steamId: bigint): boolean => steamId > 1n;

export const createSimulatedNetworkingSocketsPort = (endpoint: Endpoint): NetworkingSocketsPort => {
  const network = networkOf(endpoint.universe);
  const live = (): boolean => endpoint.live;
  const node = () => nodeOf(endpoint);
  const connection = (handle: number): ConnectionEnd | undefined => (live() ? node().connections.get(handle) : undefined);
  const certificate = (): Certificate => {
    let found = certificates.get(endpoint);
    if (found === undefined) {
      found = { availability: Availability.NeverTried, debugMessage: '' };
      certificates.set(endpoint, found);
    }
    return found;
  };
  const setCertificate = (availability: number, debugMessage: string): void => {
    const held = certificate();
    if (held.availability === availability) return;
    held.availability = availability;
    held.debugMessage = debugMessage;
    endpoint.post('SteamNetAuthenticationStatus_t', { m_eAvail: availability, m_debugMsg: debugMessage });
  };
  const detailedStatus = (end: ConnectionEnd): string => {
    const status = realTimeStatusOf(network, end);
    const info = connectionInfoOf(end);
    return [
      `Connection ${info.connectionDescription}`,
      `State: ${info.state}${info.endReason !== 0 ? ` (end reason ${info.endReason}: ${info.endDebug})` : ''}`,
      `Ping: ${status.ping} ms, quality local ${status.connectionQualityLocal.toFixed(2)} remote ${status.connectionQualityRemote.toFixed(2)}`,
      `Sent: ${end.sentMessages} messages, ${end.sentBytes} bytes; received: ${end.receivedMessages} messages, ${end.receivedBytes} bytes`,
      `Pending: ${status.pendingReliable} reliable, ${status.pendingUnreliable} unreliable bytes`,
      '',
    ].join('\n');
  };
  return {
    createListenSocketIP: (localAddress) => (live() ? network.createListenSocketIP(node(), localAddress) : 0),
    connectByIPAddress: (address) => (live() ? network.connectByIPAddress(node(), address) : 0),
    createListenSocketP2P: (localVirtualPort) => (live() ? network.createListenSocketP2P(node(), localVirtualPort) : 0),
    connectP2P: (identityRemote, remoteVirtualPort) => (live() ? network.connectP2P(node(), identityRemote, remoteVirtualPort) : 0),
    acceptConnection: (handle) => (live() ? network.acceptConnection(node(), handle) : EResult.InvalidParam),
    closeConnection: (handle, reason, debug, enableLinger) => live() && network.closeConnection(node(), handle, reason, debug, enableLinger),
    closeListenSocket: (socket) => live() && network.closeListenSocket(node(), socket),
    setConnectionUserData: (handle, userData) => {
      const end = connection(handle);
      if (end === undefined) return false;
      end.userData = BigInt.asIntN(64, userData);
      return true;
    },
    getConnectionUserData: (handle) => connection(handle)?.userData ?? -1n,
    setConnectionName: (handle, name) => {
      const end = connection(handle);
      if (end !== undefined) end.name = name;
    },
    getConnectionName: (handle, buffer) => {
      const end = connection(handle);
      if (end === undefined) return false;
      writeCut(buffer, end.name);
      return true;
    },
    sendMessageToConnection: (handle, data, sendFlags) =>
      live() ? network.sendMessageToConnection(node(), handle, data, sendFlags) : { result: EResult.InvalidParam, messageNumber: 0n },
    sendMessages: (messages) =>
      messages.map((message) => {
        const sent = live() ? network.sendMessageToConnection(node(), message.connection, message.data, message.sendFlags) : { result: EResult.InvalidParam, messageNumber: 0n };
        // Valve: the message number when it was sent, otherwise the EResult negated.
        return sent.result === EResult.OK ? sent.messageNumber : -BigInt(sent.result);
      }),
    flushMessagesOnConnection: (handle) => (live() ? network.flushMessagesOnConnection(node(), handle) : EResult.InvalidParam),
    receiveMessagesOnConnection: (handle, maxMessages) => (live() ? network.receiveMessagesOnConnection(node(), handle, maxMessages) : []),
    getConnectionInfo: (handle) => {
      const end = connection(handle);
      return end === undefined ? null : connectionInfoOf(end);
    },
    getConnectionRealTimeStatus: (handle, laneCount) => {
      const end = connection(handle);
      if (end === undefined) return { result: EResult.NoConnection, status: null, lanes: [] };
      const configured = lanes.get(end) ?? 1;
      if (!Number.isInteger(laneCount) || laneCount < 0 || laneCount > configured) return { result: EResult.InvalidParam, status: null, lanes: [] };
      const status = realTimeStatusOf(network, end);
      // Everything travels on lane 0 in the simulated network; the other lanes are idle.
      const laneStatus = (index: number): NetConnectionRealTimeLaneStatus =>
        index === 0
          ? { pendingUnreliable: status.pendingUnreliable, pendingReliable: status.pendingReliable, sentUnackedReliable: status.sentUnackedReliable, queueTimeMicroseconds: status.queueTimeMicroseconds }
          : { pendingUnreliable: 0, pendingReliable: 0, sentUnackedReliable: 0, queueTimeMicroseconds: 0n };
      return { result: EResult.OK, status, lanes: Array.from({ length: laneCount }, (_unused, index) => laneStatus(index)) };
    },
    getDetailedConnectionStatus: (handle, buffer) => {
      const end = connection(handle);
      if (end === undefined) return -1;
      const text = utf8.encode(detailedStatus(end));
      // Valve: a buffer too small gets nothing, and the answer is the size it needs.
      if (text.byteLength + 1 > buffer.byteLength) return text.byteLength + 1;
      buffer.set(text);
      buffer[text.byteLength] = 0;
      return 0;
    },
    getListenSocketAddress: (socket) => (live() ? network.listenSocketAddress(node(), socket) : null),
    createSocketPair: (_useNetworkLoopback, identity1, identity2) => {
      const pair = live() ? network.createSocketPair(node(), identity1, identity2) : null;
      if (pair === null) return { ok: false, connection1: 0, connection2: 0 };
      return { ok: true, connection1: pair[0].handle, connection2: pair[1].handle };
    },
    configureConnectionLanes: (handle, priorities, weights) => {
      const end = connection(handle);
      if (end === undefined) return EResult.NoConnection;
      const count = priorities.length;
      if (count < 1 || count > MAX_LANES || weights.length !== count || weights.some((weight) => !Number.isInteger(weight) || weight < 1)) return EResult.InvalidParam;
      lanes.set(end, count);
      return EResult.OK;
    },
    getIdentity: () => {
      if (!live()) return null;
      const steamId = endpoint.steamId();
      return knownSteamId(steamId) ? { steamId } : null;
    },
    initAuthentication: () => {
      if (!live()) return Availability.CannotTry;
      const held = certificate();
      if (held.availability === Availability.Current || held.availability === Availability.Attempting) return held.availability;
      setCertificate(Availability.Attempting, 'Requesting certificate');
      endpoint.universe.later(() => {
        if (!endpoint.live) return;
        if (endpoint.connected()) setCertificate(Availability.Current, 'OK');
        else setCertificate(Availability.Failed, 'Not logged on to Steam: cannot get a certificate');
      }, endpoint.universe.latencyMs);
      return Availability.Attempting;
    },
    getAuthenticationStatus: () => {
      if (!live()) return { availability: Availability.CannotTry, debugMessage: 'Interface shut down' };
      const held = certificate();
      return { availability: held.availability, debugMessage: held.debugMessage };
    },
    createPollGroup: () => (live() ? network.createPollGroup(node()) : 0),
    destroyPollGroup: (pollGroup) => live() && network.destroyPollGroup(node(), pollGroup),
    setConnectionPollGroup: (handle, pollGroup) => live() && network.setConnectionPollGroup(node(), handle, pollGroup),
    receiveMessagesOnPollGroup: (pollGroup, maxMessages) => (live() ? network.receiveMessagesOnPollGroup(node(), pollGroup, maxMessages) : []),
  };
};
