/**
 * Received messages: an array of SteamNetworkingMessage_t* that ReceiveMessagesOnChannel (Messages)
 * or ReceiveMessagesOnConnection / OnPollGroup (Sockets) filled, turned into JavaScript copies,
 * each pointer released with SteamAPI_SteamNetworkingMessage_t_Release exactly once, in the same
 * call: nothing returned points into Steam's memory, and nothing is kept to release later.
 *
 * SteamNetworkingMessage_t is 216 bytes, natural alignment, the same on both platforms (two
 * function pointers, m_pfnFreeData and m_pfnRelease, which only Steam calls).
 */
import { networkingTypesStructs } from './generated/networking-types';
import { decodeNetworkingIdentity, type NetworkingIdentity } from './networking-identity';
import { readInt32, readInt64, readUint16, readUint32, readUint64 } from './scalar-bytes';
import { abiLayoutsFor, memberOf, hostPlatform } from './struct-layouts';

/** A message Steam delivered, copied out of its SteamNetworkingMessage_t. */
export interface ReceivedNetworkMessage {
  /** The payload, a copy (m_pData, m_cbSize bytes). */
  readonly data: Uint8Array;
  /** Who sent it (m_identityPeer). */
  readonly identityPeer: NetworkingIdentity;
  /** The connection it came on (m_conn): a Sockets HSteamNetConnection; Messages' own session handle otherwise. */
  readonly connection: number;
  /** The connection's user data at receipt (m_nConnUserData). */
  readonly connectionUserData: bigint;
  /** Local time of arrival in microseconds (m_usecTimeReceived), on GetLocalTimestamp's clock. */
  readonly timeReceived: bigint;
  /** The sender's message number on this connection (m_nMessageNumber). */
  readonly messageNumber: bigint;
  /** The channel it came on (m_nChannel; ISteamNetworkingMessages only). */
  readonly channel: number;
  /** k_nSteamNetworkingSend_* flags it was sent with (m_nFlags). */
  readonly flags: number;
  /** The lane it came on (m_idxLane; Sockets lanes, 0 otherwise). */
  readonly lane: number;
}

/** What a receive call gave: the copies, and how many pointers were refused as malformed (still released). */
export interface ReceivedMessages {
  /** The messages, in Steam's order. */
  readonly messages: readonly ReceivedNetworkMessage[];
  /** Pointers that were NULL, or whose message claimed a negative size, a size past {@link maximumReceivedMessageBytes} or NULL data. */
  readonly malformed: number;
}

/**
 * The largest payload copied out: k_cbMaxSteamNetworkingSocketsMessageSizeSend (512 KiB, the ABI
 * JSON's constant) is what any sender can send, so a larger m_cbSize is not a message but a bad
 * struct, and copying it would read memory the message does not own.
 */
export const maximumReceivedMessageBytes = 524288;

/** How to reach native memory; the native ports pass the real ones, tests may pass their own. */
export interface MessageMemory {
  /** Copies `size` bytes at `pointer` into a new Uint8Array the caller owns. */
  readonly copy: (pointer: bigint, size: number) => Uint8Array;
  /** SteamAPI_SteamNetworkingMessage_t_Release. */
  readonly release: (message: bigint) => void;
}

interface MessagePlaces {
  readonly size: number;
  readonly data: number;
  readonly dataSize: number;
  readonly connection: number;
  readonly identityPeer: number;
  readonly connectionUserData: number;
  readonly timeReceived: number;
  readonly messageNumber: number;
  readonly channel: number;
  readonly flags: number;
  readonly lane: number;
}

let places: MessagePlaces | undefined;
const placesOf = (): MessagePlaces => {
  if (places !== undefined) return places;
  // Natural alignment, no pragma: the same offsets on both platforms (the generated data says so).
  const layout = abiLayoutsFor(networkingTypesStructs, hostPlatform())('SteamNetworkingMessage_t');
  const at = (member: string): number => memberOf(layout, member).offset;
  places = {
    size: layout.size,
    data: at('m_pData'),
    dataSize: at('m_cbSize'),
    connection: at('m_conn'),
    identityPeer: at('m_identityPeer'),
    connectionUserData: at('m_nConnUserData'),
    timeReceived: at('m_usecTimeReceived'),
    messageNumber: at('m_nMessageNumber'),
    channel: at('m_nChannel'),
    flags: at('m_nFlags'),
    lane: at('m_idxLane'),
  };
  return places;
};

/** Size of SteamNetworkingMessage_t (216). */
export const networkingMessageSize = (): number => placesOf().size;

/** A message's fields from a copy of its struct; null when the struct is malformed. */
const fromStruct = (struct: Uint8Array, memory: MessageMemory): ReceivedNetworkMessage | null => {
  const at = placesOf();
  const dataPointer = readUint64(struct, at.data);
  const size = readInt32(struct, at.dataSize);
  if (size < 0 || size > maximumReceivedMessageBytes || (size > 0 && dataPointer === 0n)) return null;
  return {
    data: size === 0 ? new Uint8Array(0) : memory.copy(dataPointer, size),
    identityPeer: decodeNetworkingIdentity(struct, at.identityPeer),
    connection: readUint32(struct, at.connection),
    connectionUserData: readInt64(struct, at.connectionUserData),
    timeReceived: readInt64(struct, at.timeReceived),
    messageNumber: readInt64(struct, at.messageNumber),
    channel: readInt32(struct, at.channel),
    flags: readInt32(struct, at.flags),
    lane: readUint16(struct, at.lane),
  };
};

/**
 * Copies the first `count` messages of `pointers` (what the receive call returned; clamped to the
 * array) and releases each non-NULL pointer exactly once, also when a copy throws: every release
 * runs before this returns or rethrows. `count` below 0 (Steam's -1 for a bad handle) is none.
 */
export const takeMessages = (pointers: BigUint64Array, count: number, memory: MessageMemory): ReceivedMessages => {
  const total = Math.max(0, Math.min(Math.trunc(count), pointers.length));
  const messages: ReceivedNetworkMessage[] = [];
  let malformed = 0;
  // -1 until the loop starts, so the finally below releases from 0 if even the layout lookup throws.
  let index = -1;
  try {
    const structSize = placesOf().size;
    for (index = 0; index < total; index += 1) {
      const pointer = pointers[index] ?? 0n;
      if (pointer === 0n) {
        malformed += 1;
        continue;
      }
      try {
        const message = fromStruct(memory.copy(pointer, structSize), memory);
        if (message === null) malformed += 1;
        else messages.push(message);
      } finally {
        memory.release(pointer);
      }
    }
  } finally {
    // A copy that threw leaves the rest unread: release them all the same, so none leaks.
    for (index += 1; index < total; index += 1) {
      const pointer = pointers[index] ?? 0n;
      if (pointer !== 0n) memory.release(pointer);
    }
    pointers.fill(0n, 0, total);
  }
  return { messages, malformed };
};
