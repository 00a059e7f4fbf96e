import { isRight } from 'fp-ts/Either';
import { Subject, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { EResult } from '../../native/enums';
import type { RawCallback } from '../../native/steam-core';
import { createServerStreams } from '../../streams/server-streams';
import { serverSignals } from '../../streams/server-signals';
import { signalDecoders } from '../../streams/signal-decoders';
import { createUserStreams } from '../../streams/user-streams';
import { userSignals } from '../../streams/user-signals';
import { callback, callResult, encode } from './messages';

const userStreamNames = [
  'clientGameServerDeny$',
  'durationControl$',
  'encryptedAppTicketResponse$',
  'gameWebCallback$',
  'getAuthSessionTicketResponse$',
  'getTicketForWebApi$',
  'ipcFailure$',
  'licensesUpdated$',
  'marketEligibilityResponse$',
  'microtransactionAuthResponse$',
  'steamServerConnectFailed$',
  'steamServerConnected$',
  'steamServerDisconnected$',
  'storeAuthUrlResponse$',
  'validateAuthTicketResponse$',
  'decodeErrors$',
];
const serverStreamNames = [
  'gsClientApprove$',
  'gsClientDeny$',
  'gsClientKick$',
  'gsClientAchievementStatus$',
  'gsPolicyResponse$',
  'gsGameplayStats$',
  'gsClientGroupStatus$',
  'gsReputation$',
  'associateWithClanResult$',
  'computeNewPlayerCompatibilityResult$',
  'steamServerConnected$',
  'steamServerConnectFailed$',
  'steamServerDisconnected$',
  'validateAuthTicketResponse$',
  'getAuthSessionTicketResponse$',
  'decodeErrors$',
];

/** Subscribes to every stream of a set and records what each one gets. */
const recordAll = (
  streams: object,
): { readonly received: ReadonlyMap<string, unknown[]>; readonly stop: () => void } => {
  const received = new Map<string, unknown[]>();
  const subscriptions = Object.entries(streams).map(([name, stream$]: [string, Observable<unknown>]) => {
    const values: unknown[] = [];
    received.set(name, values);
    return stream$.subscribe((value) => values.push(value));
  });
  return { received, stop: () => subscriptions.forEach((subscription) => subscription.unsubscribe()) };
};

describe('createUserStreams', () => {
  it('has exactly the streams of the spec', () => {
    expect(Object.keys(createUserStreams(new Subject<RawCallback>(), 'linux64')).sort()).toEqual([...userStreamNames].sort());
  });

  it('routes each client-pipe signal to its own stream only', () => {
    const source = new Subject<RawCallback>();
    const streams = createUserStreams(source, 'linux64');
    const { received, stop } = recordAll(streams);
    const decoders = signalDecoders('linux64');
    for (const [name, definition] of Object.entries(userSignals)) {
      source.next(callback('server', definition.struct, {}));
      source.next(callback('client', definition.struct, {}));
      const decoded = decoders[name as keyof typeof userSignals].decode(encode(definition.struct, {}), { pipe: 'client', kind: 'callback' });
      expect(isRight(decoded)).toBe(true);
      expect(received.get(`${name}$`)).toEqual([isRight(decoded) ? decoded.right : undefined]);
    }
    stop();
    expect(received.get('decodeErrors$')).toEqual([]);
    for (const name of userStreamNames.filter((stream) => stream !== 'decodeErrors$')) expect(received.get(name)).toHaveLength(1);
  });

  it('delivers one decoded object to every subscriber', () => {
    const source = new Subject<RawCallback>();
    const streams = createUserStreams(source, 'linux64');
    const first: unknown[] = [];
    const second: unknown[] = [];
    streams.getTicketForWebApi$.subscribe((payload) => first.push(payload));
    streams.getTicketForWebApi$.subscribe((payload) => second.push(payload));
    source.next(callback('client', 'GetTicketForWebApiResponse_t', { m_hAuthTicket: 1, m_cubTicket: 3, m_rgubTicket: Uint8Array.of(1, 2, 3) }));
    expect(first).toHaveLength(1);
    expect(second[0]).toBe(first[0]);
  });

  it('carries DurationControl_t from timers (callbacks) and from GetDurationControl (call results)', () => {
    new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(({ hot, expectObservable }) => {
      const members = { m_eResult: EResult.OK, m_appid: 480, m_csecsToday: 60 };
      const source = hot<RawCallback>('-c-r-|', {
        c: callback('client', 'DurationControl_t', members),
        r: callResult('client', 'DurationControl_t', 99n, members),
      });
      const streams = createUserStreams(source, 'linux64');
      const payload = {
        result: EResult.OK,
        duration: {
          appId: 480,
          applicable: false,
          secondsLast5hrs: 0,
          progress: 0,
          notification: 0,
          notificationVerbal: 'Just informing you about progress, no notification to show.',
          secondsToday: 60,
          secondsRemaining: 0,
        },
      };
      expectObservable(streams.durationControl$).toBe('-c-r-|', { c: payload, r: payload });
    });
  });
});

describe('createServerStreams', () => {
  it('has exactly the streams of the brief', () => {
    expect(Object.keys(createServerStreams(new Subject<RawCallback>(), 'linux64')).sort()).toEqual([...serverStreamNames].sort());
  });

  it('routes each server-pipe signal to its own stream only (win64 layouts)', () => {
    const source = new Subject<RawCallback>();
    const streams = createServerStreams(source, 'win64');
    const { received, stop } = recordAll(streams);
    const decoders = signalDecoders('win64');
    for (const [name, definition] of Object.entries(serverSignals)) {
      source.next(callback('client', definition.struct, {}, 'win64'));
      source.next(callback('server', definition.struct, {}, 'win64'));
      const decoded = decoders[name as keyof typeof serverSignals].decode(encode(definition.struct, {}, 'win64'), {
        pipe: 'server',
        kind: 'callback',
      });
      expect(received.get(`${name}$`)).toEqual([isRight(decoded) ? decoded.right : 'not decodable']);
    }
    stop();
    expect(received.get('decodeErrors$')).toEqual([]);
    for (const name of serverStreamNames.filter((stream) => stream !== 'decodeErrors$')) expect(received.get(name)).toHaveLength(1);
  });

  it('reports linux64-sized bytes on a win64 server as decode errors, not stream errors', () => {
    const source = new Subject<RawCallback>();
    const streams = createServerStreams(source, 'win64');
    const errors: unknown[] = [];
    const reputations: unknown[] = [];
    streams.decodeErrors$.subscribe((error) => errors.push(error));
    streams.gsReputation$.subscribe({ next: (value) => reputations.push(value), error: () => reputations.push('errored') });
    source.next(callResult('server', 'GSReputation_t', 5n, { m_unReputationScore: 1 }, { platform: 'linux64' }));
    source.next(callResult('server', 'GSReputation_t', 6n, { m_unReputationScore: 2 }, { platform: 'win64' }));
    expect(errors).toEqual([
      expect.objectContaining({ callbackId: 209, kind: 'callResult', pipe: 'server', reason: 'ShortBuffer' }),
    ]);
    expect(reputations).toEqual([expect.objectContaining({ reputationScore: 2 })]);
  });
});
