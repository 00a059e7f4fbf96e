/**
 * ISteamNetworkingMessages as the `networkingMessages` namespace of a client or game server:
 * connectionless messages to a peer by identity, on numbered channels. Sends are Eithers (Steam
 * may refuse), receives are copies, and the reactive forms poll only while someone listens:
 * `channel$(n)` reads channel n on every pump frame while subscribed (one reader per channel,
 * shared), and `sessionRequest$` offers each request with its accept / decline. Every function
 * throws NotInitialized after shutdown and InvalidArgument for a wrong argument, at call time.
 */
import { left, right, type Either } from 'fp-ts/Either';
import { Observable, type Subscriber } from 'rxjs';
import { map } from 'rxjs/operators';
import type { NetworkingMessagesPort, Pipe, Platform, RawCallback } from '../../native/steam-core';
import { createNetworkingMessagesStreams, type NetworkingMessagesStreams } from '../../streams/networking-messages-streams';
import type { NetworkingMessagesSessionRequest } from '../../streams/signals/networking-messages-session-request';
import { EResult } from '../../native/enums';
import { steamResultError, type SteamResultError } from '../errors';
import { ensureLive } from '../session/guard';
import type { SessionState } from '../session/session-state';
import { streamsUntilShutdown, untilShutdown } from '../session/until-shutdown';
import { boolean, int32, integerIn } from '../validation/arguments';
import { optionsObject, readProperty, unreadable } from '../validation/read-option';
import { identityArgument, messageDataArgument, sendFlagsArgument } from '../networking/networking-arguments';
import {
  NetworkingSendFlags,
  type NetConnectionInfo,
  type NetConnectionRealTimeStatus,
  type NetworkingIdentity,
  type NetworkMessage,
} from '../networking/networking-types';

/** Why a send did not go: Steam's EResult (NoConnection, InvalidParam, InvalidState, LimitExceeded, Ignored, …) as a SteamResultError. */
export type SendError = SteamResultError;

/** GetSessionConnectionInfo's answer: the session's state and, when there is a session, its details. */
export interface SessionConnectionInfo {
  /** ESteamNetworkingConnectionState (0 None: no session with that peer). */
  readonly state: number;
  /** Who, where and how it stands; null when there is no session. */
  readonly info: NetConnectionInfo | null;
  /** Live numbers (ping, quality, queues); null when there is no session. */
  readonly quickStatus: NetConnectionRealTimeStatus | null;
}

/** How `send` sends: the channel and the k_nSteamNetworkingSend_* behaviour as named switches. */
export interface SendOptions {
  /** The peer's channel (nRemoteChannel), 0 by default; any int32. */
  readonly channel?: number;
  /** Reliable and in order (k_nSteamNetworkingSend_Reliable); false (Valve's default) is unreliable. */
  readonly reliable?: boolean;
  /** Send at once instead of batching (k_nSteamNetworkingSend_NoNagle). */
  readonly noNagle?: boolean;
  /** Unreliable only: drop instead of queueing when the link is busy (k_nSteamNetworkingSend_NoDelay). */
  readonly noDelay?: boolean;
  /** Reopen a broken session instead of failing (k_nSteamNetworkingSend_AutoRestartBrokenSession). */
  readonly autoRestartBrokenSession?: boolean;
}

/** How `channel$` reads. */
export interface ChannelOptions {
  /**
   * Messages read per ReceiveMessagesOnChannel call, 1..1024 (default 64); a full batch is followed
   * by another in the same frame. Subscribers of one channel share one reader: the batch size is
   * that of the channel$ call whose subscription started it (the first while none was subscribed).
   */
  readonly batchSize?: number;
}

/** A session request with its two answers; each answer is AcceptSessionWithUser / CloseSessionWithUser for that peer. */
export interface SessionRequest {
  /** Who wants a session. */
  readonly identityRemote: NetworkingIdentity;
  /** Accepts it (AcceptSessionWithUser): the peer's messages can now be received. False when Steam had no pending session. Throws NotInitialized after shutdown. */
  readonly accept: () => boolean;
  /** Declines it (CloseSessionWithUser): the peer's session fails. False when there was none. Throws NotInitialized after shutdown. */
  readonly decline: () => boolean;
}

/** ISteamNetworkingMessages' callbacks, one typed stream per signal; each completes at shutdown. */
export interface NetworkingMessagesSignals {
  /** A peer wants a session (SteamNetworkingMessagesSessionRequest_t); see also sessionRequest$. */
  readonly networkingMessagesSessionRequest$: NetworkingMessagesStreams['networkingMessagesSessionRequest$'];
  /** A session failed (SteamNetworkingMessagesSessionFailed_t): info.endReason and info.endDebug say why. */
  readonly networkingMessagesSessionFailed$: NetworkingMessagesStreams['networkingMessagesSessionFailed$'];
  /** Messages callbacks whose bytes did not decode. */
  readonly decodeErrors$: NetworkingMessagesStreams['decodeErrors$'];
}

/**
 * ISteamNetworkingMessages (SteamNetworkingMessages002), as `client.networkingMessages` and
 * `server.networkingMessages`: send to a peer by identity on a channel, receive per channel,
 * accept and close sessions. A peer's first message raises a session request on the receiver,
 * which must accept it before receiving. A peer (`identityRemote`) is an identity object or, as
 * for Sockets, a bigint Steam ID (shorthand for `{ steamId }`).
 *
 * @example
 * ```ts
 * const peer = { steamId: 76561197960287930n };
 * client.networkingMessages.sessionRequest$.subscribe((request) => request.accept());
 * client.networkingMessages.channel$(0).subscribe((message) => console.log(message.identityPeer, message.data));
 * client.networkingMessages.send(peer, new TextEncoder().encode('hello'), { channel: 0, reliable: true });
 * ```
 */
export interface SteamNetworkingMessages extends NetworkingMessagesSignals {
  /**
   * Sends `data` (0 to 512 KiB, copied at the call) to a peer's channel with k_nSteamNetworkingSend_*
   * flags. Flat: SteamAPI_ISteamNetworkingMessages_SendMessageToUser. Failures: Left(SteamResultError)
   * with Steam's EResult (NoConnection after the session failed, LimitExceeded when too much is queued, …).
   * Throws InvalidArgument for a bad identity, buffer, flags (bits other than k_nSteamNetworkingSend_*) or channel (not int32).
   */
  readonly sendMessageToUser: (identityRemote: bigint | NetworkingIdentity, data: Uint8Array, sendFlags: number, remoteChannel: number) => Either<SendError, void>;
  /**
   * Up to `maxMessages` (1..1024) messages waiting on a local channel, copied (Steam's are released
   * before this returns). Flat: SteamAPI_ISteamNetworkingMessages_ReceiveMessagesOnChannel.
   * Throws InvalidArgument for a bad channel or count.
   */
  readonly receiveMessagesOnChannel: (localChannel: number, maxMessages: number) => readonly NetworkMessage[];
  /** Accepts a peer's pending session. Flat: SteamAPI_ISteamNetworkingMessages_AcceptSessionWithUser. False when none was pending. Throws InvalidArgument for a bad identity. */
  readonly acceptSessionWithUser: (identityRemote: bigint | NetworkingIdentity) => boolean;
  /** Closes the session with a peer (all channels; unsent messages dropped). Flat: SteamAPI_ISteamNetworkingMessages_CloseSessionWithUser. False when there was none. Throws InvalidArgument for a bad identity. */
  readonly closeSessionWithUser: (identityRemote: bigint | NetworkingIdentity) => boolean;
  /** Closes one channel with a peer (the session closes with its last channel). Flat: SteamAPI_ISteamNetworkingMessages_CloseChannelWithUser. Throws InvalidArgument for a bad identity or channel. */
  readonly closeChannelWithUser: (identityRemote: bigint | NetworkingIdentity, localChannel: number) => boolean;
  /** The session's state, details and live numbers. Flat: SteamAPI_ISteamNetworkingMessages_GetSessionConnectionInfo. Throws InvalidArgument for a bad identity. */
  readonly getSessionConnectionInfo: (identityRemote: bigint | NetworkingIdentity) => SessionConnectionInfo;
  /**
   * `sendMessageToUser` with named options: channel 0 and unreliable unless told otherwise.
   * Failures: Left(SteamResultError) as sendMessageToUser. Throws InvalidArgument for bad arguments.
   */
  readonly send: (identityRemote: bigint | NetworkingIdentity, data: Uint8Array, options?: SendOptions) => Either<SendError, void>;
  /**
   * The messages arriving on a local channel. Hot: ReceiveMessagesOnChannel runs on each pump frame
   * while at least one subscriber listens (subscribers of one channel share one reader) and not at
   * all otherwise; completes at shutdown. While subscribed, the channel's reader holds the pump
   * (one hold per channel, however many subscribers; `pump.awaiting` counts it), so messages are
   * read within ~1 ms; the hold is released with the last subscriber, or at shutdown. Throws
   * InvalidArgument for a bad channel or options.
   */
  readonly channel$: (localChannel: number, options?: ChannelOptions) => Observable<NetworkMessage>;
  /** Each session request with accept / decline; completes at shutdown. */
  readonly sessionRequest$: Observable<SessionRequest>;
}

/** What the namespace is built from. */
export interface NetworkingMessagesContext {
  readonly state: SessionState;
  readonly port: NetworkingMessagesPort;
  readonly callbacks$: Observable<RawCallback>;
  readonly pipe: Pipe;
  readonly platform: Platform;
}

const MAX_RECEIVE = 1024;
const DEFAULT_BATCH = 64;
/** Batches read per frame at most, so a flood cannot keep one frame reading forever. */
const MAX_BATCHES_PER_FRAME = 16;

/** The answer of every send Steam took: one frozen value, so a send allocates no Either. */
const SENT: Either<SendError, void> = Object.freeze(right(undefined));

const sendResult = (result: number): Either<SendError, void> => (result === EResult.OK ? SENT : left(steamResultError('SendMessageToUser', result)));

/** Builds the namespace of one session (client or game server). */
export const networkingMessagesNamespace = (context: NetworkingMessagesContext): SteamNetworkingMessages => {
  const { state, port } = context;
  const streams = createNetworkingMessagesStreams(context.callbacks$, context.pipe, context.platform);
  const identity = (value: unknown): NetworkingIdentity => identityArgument('identityRemote', value);
  const channelArgument = (argument: string, value: unknown): number => int32(argument, value);
  const payload = (value: unknown): Uint8Array => messageDataArgument('data', value);
  // The live reader of each channel with subscribers; an entry goes with its last subscriber.
  const readers = new Map<number, Observable<NetworkMessage>>();

  const sendMessageToUser = (identityRemote: bigint | NetworkingIdentity, data: Uint8Array, sendFlags: number, remoteChannel: number): Either<SendError, void> => {
    ensureLive(state);
    const peer = identity(identityRemote);
    const copy = payload(data);
    const flags = sendFlagsArgument('sendFlags', sendFlags);
    const channel = channelArgument('remoteChannel', remoteChannel);
    return sendResult(port.sendMessageToUser(peer, copy, flags, channel));
  };

  /** sendMessageToUser for `send`, whose flags and channel are already checked values: only the identity and bytes are left to check. */
  const sendChecked = (identityRemote: bigint | NetworkingIdentity, data: Uint8Array, flags: number, channel: number): Either<SendError, void> => {
    const peer = identity(identityRemote);
    return sendResult(port.sendMessageToUser(peer, payload(data), flags, channel));
  };

  /**
   * The shared reader of one channel: polls on pump frames while anyone is subscribed, stops with
   * the last subscriber (and `forget`s itself, so channels listened to once leave nothing behind),
   * completes every subscriber at shutdown and completes a subscriber that comes after it at once.
   * While it runs it holds the pump, as connect$ does, so messages are read at the awaiting rate
   * (~1 ms) rather than the idle one (16 ms): one hold per channel, not per subscriber. What share() over an
   * untilShutdown reader did, without a Subject between the reader and its subscribers: a batch
   * goes out by index over the current subscriber array (replaced, never changed, when one comes or
   * goes), with no per-message iterator or wrapper.
   */
  const reader = (localChannel: number, batchSize: number, forget: () => void): Observable<NetworkMessage> => {
    let subscribers: ReadonlyArray<Subscriber<NetworkMessage>> = [];
    /** The running poll (its frames subscription and shutdown registration), while anyone listens. */
    let running: { closed: boolean; readonly stop: () => void } | undefined;
    const start = (): void => {
      const run = { closed: false, stop: () => undefined as void };
      const releaseHold = state.pump.await();
      const forgetShutdown = state.whenShutdown(() => {
        const all = subscribers;
        subscribers = [];
        run.stop();
        forget();
        for (const subscriber of all) subscriber.complete();
      });
      const frames = state.pump.frames$.subscribe(() => {
        for (let batch = 0; batch < MAX_BATCHES_PER_FRAME; batch += 1) {
          // A subscriber may unsubscribe (the last one stops this run) or shut the session down while handling a message.
          if (!state.live || run.closed) return;
          const messages = port.receiveMessagesOnChannel(localChannel, batchSize);
          for (let index = 0; index < messages.length; index += 1) {
            const message = messages[index] as NetworkMessage;
            const current = subscribers;
            for (let target = 0; target < current.length; target += 1) current[target]?.next(message);
          }
          if (messages.length < batchSize) return;
        }
      });
      run.stop = (): void => {
        if (run.closed) return;
        run.closed = true;
        if (running === run) running = undefined;
        forgetShutdown();
        frames.unsubscribe();
        releaseHold();
      };
      running = run;
    };
    return new Observable<NetworkMessage>((subscriber) => {
      if (!state.live) {
        subscriber.complete();
        return undefined;
      }
      subscribers = [...subscribers, subscriber];
      if (running === undefined) start();
      return () => {
        const index = subscribers.indexOf(subscriber);
        if (index < 0) return;
        subscribers = [...subscribers.slice(0, index), ...subscribers.slice(index + 1)];
        if (subscribers.length === 0) {
          running?.stop();
          forget();
        }
      };
    });
  };

  const session = (request: NetworkingMessagesSessionRequest): SessionRequest => ({
    identityRemote: request.identityRemote,
    accept: () => {
      ensureLive(state);
      return port.acceptSessionWithUser(request.identityRemote);
    },
    decline: () => {
      ensureLive(state);
      return port.closeSessionWithUser(request.identityRemote);
    },
  });

  const namespace: SteamNetworkingMessages = {
    ...streamsUntilShutdown(state, streams),
    sendMessageToUser,
    receiveMessagesOnChannel: (localChannel, maxMessages) => {
      ensureLive(state);
      const channel = channelArgument('localChannel', localChannel);
      return port.receiveMessagesOnChannel(channel, integerIn('maxMessages', maxMessages, 1, MAX_RECEIVE));
    },
    acceptSessionWithUser: (identityRemote) => {
      ensureLive(state);
      return port.acceptSessionWithUser(identity(identityRemote));
    },
    closeSessionWithUser: (identityRemote) => {
      ensureLive(state);
      return port.closeSessionWithUser(identity(identityRemote));
    },
    closeChannelWithUser: (identityRemote, localChannel) => {
      ensureLive(state);
      const peer = identity(identityRemote);
      return port.closeChannelWithUser(peer, channelArgument('localChannel', localChannel));
    },
    getSessionConnectionInfo: (identityRemote) => {
      ensureLive(state);
      return port.getSessionConnectionInfo(identity(identityRemote));
    },
    send: (identityRemote, data, options) => {
      ensureLive(state);
      const object = optionsObject('options', options) as Readonly<Record<keyof SendOptions, unknown>> | undefined;
      let channel = 0;
      let flags: number = NetworkingSendFlags.Unreliable;
      if (object !== undefined) {
        // Each member is read, then checked, in this order, as readProperty would; the reads are
        // named (monomorphic inline caches) in one guarded block, where `reading` says which read
        // threw (undefined: a check threw its own InvalidArgument).
        let reading: string | undefined;
        try {
          reading = 'options.channel';
          const channelValue = object.channel;
          reading = undefined;
          if (channelValue !== undefined) channel = channelArgument('options.channel', channelValue);
          reading = 'options.reliable';
          const reliable = object.reliable;
          reading = undefined;
          if (reliable !== undefined && boolean('options.reliable', reliable)) flags = NetworkingSendFlags.Reliable;
          reading = 'options.noNagle';
          const noNagle = object.noNagle;
          reading = undefined;
          if (noNagle !== undefined && boolean('options.noNagle', noNagle)) flags |= NetworkingSendFlags.NoNagle;
          reading = 'options.noDelay';
          const noDelay = object.noDelay;
          reading = undefined;
          if (noDelay !== undefined && boolean('options.noDelay', noDelay)) flags |= NetworkingSendFlags.NoDelay;
          reading = 'options.autoRestartBrokenSession';
          const autoRestart = object.autoRestartBrokenSession;
          reading = undefined;
          if (autoRestart !== undefined && boolean('options.autoRestartBrokenSession', autoRestart)) flags |= NetworkingSendFlags.AutoRestartBrokenSession;
        } catch (error) {
          if (reading === undefined) throw error;
          throw unreadable(reading);
        }
      }
      return sendChecked(identityRemote, data, flags, channel);
    },
    channel$: (localChannel, options) => {
      ensureLive(state);
      const channel = channelArgument('localChannel', localChannel);
      const object = optionsObject('options', options);
      const batchValue = object === undefined ? undefined : readProperty('options.batchSize', object, 'batchSize');
      const batchSize = batchValue === undefined ? DEFAULT_BATCH : integerIn('options.batchSize', batchValue, 1, MAX_RECEIVE);
      // One reader per channel: two independent readers would split the channel's messages between
      // them. It is looked up (or made, with this call's batch size) when a subscription starts, and
      // forgets itself with its last subscriber, so an Observable kept and subscribed again later
      // joins whatever reader then runs.
      return new Observable<NetworkMessage>((subscriber) => {
        let shared = readers.get(channel);
        if (shared === undefined) {
          const made: Observable<NetworkMessage> = reader(channel, batchSize, () => {
            if (readers.get(channel) === made) readers.delete(channel);
          });
          readers.set(channel, made);
          shared = made;
        }
        return shared.subscribe(subscriber);
      });
    },
    sessionRequest$: untilShutdown(state, streams.networkingMessagesSessionRequest$.pipe(map(session))),
  };
  channelReaders.set(namespace, readers);
  return namespace;
};

/** One channel's shared reader and how many channel$ subscriptions use it. */
const channelReaders = new WeakMap<SteamNetworkingMessages, ReadonlyMap<number, Observable<NetworkMessage>>>();

/** How many channels have a live reader, for tests that prove unused readers are dropped; internal, not exported from the package. */
export const liveChannelReaders = (namespace: SteamNetworkingMessages): number => channelReaders.get(namespace)?.size ?? 0;
