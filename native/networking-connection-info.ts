/**
 * SteamNetConnectionInfo_t (696 bytes; align 4 on linux64, 8 on win64, same offsets) and
 * SteamNetConnectionRealTimeStatus_t (120 bytes) as plain values, read from their bytes by the
 * generated layouts. Shared by ISteamNetworkingMessages (GetSessionConnectionInfo, the
 * session-failed callback) and ISteamNetworkingSockets (GetConnectionInfo, the status callback).
 */
import { cText } from './c-text';
import { networkingTypesStructs } from './generated/networking-types';
import { decodeNetworkingIdentity, decodeNetworkingIpAddress, type NetworkingIdentity, type NetworkingIpAddress } from './networking-identity';
import type { Platform } from './steam-core';
import { readFloat32, readInt32, readInt64, readUint32 } from './scalar-bytes';
import { abiLayoutsFor, memberOf, type AbiStructLayout } from './struct-layouts';

/** SteamNetConnectionInfo_t: who a connection or session is with and how it stands. */
export interface NetConnectionInfo {
  /** Who is at the other end (m_identityRemote). */
  readonly identityRemote: NetworkingIdentity;
  /** The connection's user data (m_nUserData; -1 when unset). */
  readonly userData: bigint;
  /** The listen socket it came through (m_hListenSocket; 0 when we connected out). */
  readonly listenSocket: number;
  /** The remote address (m_addrRemote; all zero for relayed connections). */
  readonly addressRemote: NetworkingIpAddress;
  /** The remote host's point of presence (m_idPOPRemote). */
  readonly popRemote: number;
  /** The relay's point of presence (m_idPOPRelay; 0 when direct). */
  readonly popRelay: number;
  /** ESteamNetworkingConnectionState (m_eState). */
  readonly state: number;
  /** ESteamNetConnectionEnd or an app's reason (m_eEndReason). */
  readonly endReason: number;
  /** Why it ended, for people (m_szEndDebug). */
  readonly endDebug: string;
  /** How Steam describes the connection (m_szConnectionDescription). */
  readonly connectionDescription: string;
  /** k_nSteamNetworkConnectionInfoFlags_* bits (m_nFlags). */
  readonly flags: number;
}

/** SteamNetConnectionRealTimeStatus_t: a connection's live numbers. */
export interface NetConnectionRealTimeStatus {
  /** ESteamNetworkingConnectionState (m_eState). */
  readonly state: number;
  /** Round trip in ms (m_nPing). */
  readonly ping: number;
  /** Fraction of packets delivered end to end, measured here (m_flConnectionQualityLocal; negative: unknown). */
  readonly connectionQualityLocal: number;
  /** The same measured by the peer (m_flConnectionQualityRemote). */
  readonly connectionQualityRemote: number;
  /** m_flOutPacketsPerSec. */
  readonly outPacketsPerSec: number;
  /** m_flOutBytesPerSec. */
  readonly outBytesPerSec: number;
  /** m_flInPacketsPerSec. */
  readonly inPacketsPerSec: number;
  /** m_flInBytesPerSec. */
  readonly inBytesPerSec: number;
  /** Estimated send rate in bytes per second (m_nSendRateBytesPerSecond). */
  readonly sendRateBytesPerSecond: number;
  /** Unreliable bytes waiting to go (m_cbPendingUnreliable). */
  readonly pendingUnreliable: number;
  /** Reliable bytes waiting to go (m_cbPendingReliable). */
  readonly pendingReliable: number;
  /** Reliable bytes sent and not yet acknowledged (m_cbSentUnackedReliable). */
  readonly sentUnackedReliable: number;
  /** How long a message queued now would wait, in microseconds (m_usecQueueTime). */
  readonly queueTimeMicroseconds: bigint;
}

const layouts = (platform: Platform): ((name: string) => AbiStructLayout) => abiLayoutsFor(networkingTypesStructs, platform);

const offsets = (layout: AbiStructLayout): ((member: string) => number) => (member) => memberOf(layout, member).offset;

/** Size of SteamNetConnectionInfo_t on a platform (696 on both). */
export const netConnectionInfoSize = (platform: Platform): number => layouts(platform)('SteamNetConnectionInfo_t').size;

/** Size of SteamNetConnectionRealTimeStatus_t on a platform (120 on both). */
export const netConnectionRealTimeStatusSize = (platform: Platform): number => layouts(platform)('SteamNetConnectionRealTimeStatus_t').size;

/** Reads SteamNetConnectionInfo_t from `bytes` at `offset`; the caller checks the bytes are long enough. */
export const decodeNetConnectionInfo = (bytes: Uint8Array, platform: Platform, offset = 0): NetConnectionInfo => {
  const layout = layouts(platform)('SteamNetConnectionInfo_t');
  const at = offsets(layout);
  const chars = (member: string): string => {
    const field = memberOf(layout, member);
    return cText(bytes.subarray(offset + field.offset, offset + field.offset + field.size));
  };
  return {
    identityRemote: decodeNetworkingIdentity(bytes, offset + at('m_identityRemote')),
    userData: readInt64(bytes, offset + at('m_nUserData')),
    listenSocket: readUint32(bytes, offset + at('m_hListenSocket')),
    addressRemote: decodeNetworkingIpAddress(bytes, offset + at('m_addrRemote')),
    popRemote: readUint32(bytes, offset + at('m_idPOPRemote')),
    popRelay: readUint32(bytes, offset + at('m_idPOPRelay')),
    state: readInt32(bytes, offset + at('m_eState')),
    endReason: readInt32(bytes, offset + at('m_eEndReason')),
    endDebug: chars('m_szEndDebug'),
    connectionDescription: chars('m_szConnectionDescription'),
    flags: readInt32(bytes, offset + at('m_nFlags')),
  };
};

/** Reads SteamNetConnectionRealTimeStatus_t from `bytes` at `offset`. */
export const decodeNetConnectionRealTimeStatus = (bytes: Uint8Array, platform: Platform, offset = 0): NetConnectionRealTimeStatus => {
  const at = offsets(layouts(platform)('SteamNetConnectionRealTimeStatus_t'));
  const float = (member: string): number => readFloat32(bytes, offset + at(member));
  const int = (member: string): number => readInt32(bytes, offset + at(member));
  return {
    state: int('m_eState'),
    ping: int('m_nPing'),
    connectionQualityLocal: float('m_flConnectionQualityLocal'),
    connectionQualityRemote: float('m_flConnectionQualityRemote'),
    outPacketsPerSec: float('m_flOutPacketsPerSec'),
    outBytesPerSec: float('m_flOutBytesPerSec'),
    inPacketsPerSec: float('m_flInPacketsPerSec'),
    inBytesPerSec: float('m_flInBytesPerSec'),
    sendRateBytesPerSecond: int('m_nSendRateBytesPerSecond'),
    pendingUnreliable: int('m_cbPendingUnreliable'),
    pendingReliable: int('m_cbPendingReliable'),
    sentUnackedReliable: int('m_cbSentUnackedReliable'),
    queueTimeMicroseconds: readInt64(bytes, offset + at('m_usecQueueTime')),
  };
};
