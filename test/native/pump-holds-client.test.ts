/**
 * Every client flow that awaits Steam holds the pump exactly while it awaits, and releases the
 * hold in every way it can end: the answer, a failing answer, the timeout, an unsubscribe, the
 * shutdown. Over the fake library with a manual pump (holds are counted in every mode), so the
 * count is read between frames the test runs itself.
 */
import { isLeft, isRight } from 'fp-ts/Either';
import { Subject } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { EResult, EVoiceResult } from '../../native/enums';
import type { FlatSymbol } from '../../native/flat-api';
import type { SteamClient } from '../../src/client/steam-client';
import { collect } from '../support/collect';
import { fake, queueCallback, queueCallResult, rightOf, startClient, stopClient } from '../user/native-kit';

afterEach(stopClient);
// The fake is process-wide: later test files in this worker find it reset.
afterAll(() => fake.reset());

const ISteamUser = (name: string): FlatSymbol => `SteamAPI_ISteamUser_${name}` as FlatSymbol;
const newScheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

const HANDLE = 0x0badf00d;
const API_CALL = 0x1234_5678_9abcn;

const scriptTicket = (): void => {
  fake.setOutput(ISteamUser('GetAuthSessionTicket'), Uint8Array.of(1, 2, 3, 4));
  fake.setReturn(ISteamUser('GetAuthSessionTicket'), HANDLE);
};

const ticketResponse = (result: number = EResult.OK): void => queueCallback('GetAuthSessionTicketResponse_t', { m_hAuthTicket: HANDLE, m_eResult: result });

const awaiting = (client: SteamClient): number => client.pump.awaiting;

describe('authTicket$ holds the pump until Steam answers', () => {
  it('from the issue to the response; the ticket stays held (subscribed) without holding the pump', () => {
    const client = startClient();
    scriptTicket();
    const held = collect(client.authTicket$());
    expect(awaiting(client)).toBe(1);
    client.runCallbacks();
    expect(awaiting(client)).toBe(1);
    ticketResponse();
    client.runCallbacks();
    expect(held.values.map(isRight)).toEqual([true]);
    expect(held.completed()).toBe(false);
    expect(awaiting(client)).toBe(0);
    held.unsubscribe();
    expect(awaiting(client)).toBe(0);
  });

  it('until a failing response', () => {
    const client = startClient();
    scriptTicket();
    const held = collect(client.authTicket$());
    ticketResponse(EResult.Fail);
    client.runCallbacks();
    expect(held.completed()).toBe(true);
    expect(awaiting(client)).toBe(0);
  });

  it('until an unsubscribe before the response, and a late response changes nothing', () => {
    const client = startClient();
    scriptTicket();
    const held = collect(client.authTicket$());
    const other = collect(client.authTicket$());
    expect(awaiting(client)).toBe(2);
    held.unsubscribe();
    expect(awaiting(client)).toBe(1);
    other.unsubscribe();
    expect(awaiting(client)).toBe(0);
    ticketResponse();
    client.runCallbacks();
    expect(awaiting(client)).toBe(0);
  });

  it('until the timeout (virtual time)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const client = startClient({ scheduler });
      scriptTicket();
      const held = collect(client.authTicket$(undefined, { timeoutMs: 100 }));
      scheduler.schedule(() => expect(awaiting(client)).toBe(1), 99);
      flush();
      expect(held.values.map((value) => isLeft(value) && value.left._tag)).toEqual(['Timeout']);
      expect(awaiting(client)).toBe(0);
    });
  });

  it('until the shutdown', () => {
    const client = startClient();
    scriptTicket();
    const held = collect(client.authTicket$());
    client.shutdown();
    expect(held.completed()).toBe(true);
    expect(awaiting(client)).toBe(0);
  });

  it('never, when no ticket was issued (handle 0) or the flow was subscribed after shutdown', () => {
    const client = startClient();
    fake.setReturn(ISteamUser('GetAuthSessionTicket'), 0);
    const none = collect(client.authTicket$());
    expect(none.completed()).toBe(true);
    expect(awaiting(client)).toBe(0);
    scriptTicket();
    const late$ = client.authTicket$();
    client.shutdown();
    const late = collect(late$);
    expect(late.completed()).toBe(true);
    expect(awaiting(client)).toBe(0);
  });

  it('requestAuthTicket: until the Promise resolves; the owned ticket then holds nothing', async () => {
    const client = startClient();
    scriptTicket();
    const request = client.requestAuthTicket();
    expect(awaiting(client)).toBe(1);
    ticketResponse();
    client.runCallbacks();
    const ticket = rightOf(await request);
    expect(awaiting(client)).toBe(0);
    ticket.cancel();
    expect(awaiting(client)).toBe(0);
  });
});

describe('web API tickets hold the pump until Steam answers', () => {
  const WEB_HANDLE = 41;
  const webResponse = (): void =>
    queueCallback('GetTicketForWebApiResponse_t', { m_hAuthTicket: WEB_HANDLE, m_eResult: EResult.OK, m_cubTicket: 3, m_rgubTicket: Uint8Array.of(7, 8, 9) });

  it('webApiTicket$: until the response, or an unsubscribe', () => {
    const client = startClient();
    fake.setReturn(ISteamUser('GetAuthTicketForWebApi'), WEB_HANDLE);
    const answered = collect(client.webApiTicket$('svc'));
    const dropped = collect(client.webApiTicket$('svc'));
    expect(awaiting(client)).toBe(2);
    dropped.unsubscribe();
    expect(awaiting(client)).toBe(1);
    webResponse();
    client.runCallbacks();
    expect(answered.values.map(isRight)).toEqual([true]);
    expect(awaiting(client)).toBe(0);
    answered.unsubscribe();
  });

  it('requestWebApiTicket: until the Promise resolves, or the shutdown', async () => {
    const client = startClient();
    fake.setReturn(ISteamUser('GetAuthTicketForWebApi'), WEB_HANDLE);
    const request = client.requestWebApiTicket('svc');
    expect(awaiting(client)).toBe(1);
    webResponse();
    client.runCallbacks();
    rightOf(await request).cancel();
    expect(awaiting(client)).toBe(0);
    const unanswered = client.requestWebApiTicket('svc');
    expect(awaiting(client)).toBe(1);
    client.shutdown();
    expect((await unanswered)._tag).toBe('Left');
    expect(awaiting(client)).toBe(0);
  });
});

describe('call results hold the pump until their answer', () => {
  const REQUEST = ISteamUser('RequestEncryptedAppTicket');
  const answer = (): void => queueCallResult(API_CALL, 'EncryptedAppTicketResponse_t', { m_eResult: EResult.OK });

  it('from the call to the answer', () => {
    const client = startClient();
    fake.setReturn(REQUEST, API_CALL);
    const call = collect(client.requestEncryptedAppTicket('secret'));
    expect(awaiting(client)).toBe(1);
    answer();
    client.runCallbacks();
    expect(call.values.map(isRight)).toEqual([true]);
    expect(awaiting(client)).toBe(0);
  });

  it('until an unsubscribe, or the shutdown', () => {
    const client = startClient();
    fake.setReturn(REQUEST, API_CALL);
    const dropped = collect(client.requestEncryptedAppTicket('secret'));
    const pending = collect(client.requestEncryptedAppTicket('secret'));
    expect(awaiting(client)).toBe(2);
    dropped.unsubscribe();
    expect(awaiting(client)).toBe(1);
    client.shutdown();
    expect(pending.completed()).toBe(true);
    expect(awaiting(client)).toBe(0);
  });

  it('until the timeout (virtual time)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const client = startClient({ scheduler, callResultTimeoutMs: 300 });
      fake.setReturn(REQUEST, API_CALL);
      const call = collect(client.requestEncryptedAppTicket('secret'));
      scheduler.schedule(() => expect(awaiting(client)).toBe(1), 299);
      flush();
      expect(call.completed()).toBe(true);
      expect(awaiting(client)).toBe(0);
    });
  });

  it('for no time when the call did not start (k_uAPICallInvalid)', () => {
    const client = startClient();
    fake.setReturn(REQUEST, 0n);
    const call = collect(client.requestEncryptedAppTicket('secret'));
    expect(call.completed()).toBe(true);
    expect(awaiting(client)).toBe(0);
  });
});

describe('an open microphone holds the pump while it records', () => {
  it('one hold however many subscribers share it; released when the last one stops (the drain holds nothing)', () => {
    const client = startClient();
    fake.setOutput(ISteamUser('GetVoice'), Uint8Array.of(1, 2));
    const stop$ = new Subject<void>();
    const first = collect(client.voice$({ stop$ }));
    const second = collect(client.voice$());
    expect(awaiting(client)).toBe(1);
    second.unsubscribe();
    expect(awaiting(client)).toBe(1);
    stop$.next();
    expect(awaiting(client)).toBe(0);
    client.runCallbacks();
    expect(first.values.length).toBeGreaterThan(0);
    expect(awaiting(client)).toBe(0);
  });

  it('released on unsubscribe, when the microphone does not record, and at shutdown', () => {
    const client = startClient();
    const unsubscribed = collect(client.voice$());
    expect(awaiting(client)).toBe(1);
    unsubscribed.unsubscribe();
    expect(awaiting(client)).toBe(0);

    fake.setReturn(ISteamUser('GetVoice'), EVoiceResult.NotRecording);
    const failed = collect(client.voice$());
    expect(awaiting(client)).toBe(1);
    client.runCallbacks();
    expect(failed.completed()).toBe(true);
    expect(awaiting(client)).toBe(0);

    fake.setReturn(ISteamUser('GetVoice'), EVoiceResult.NoData);
    const open = collect(client.voice$());
    expect(awaiting(client)).toBe(1);
    client.shutdown();
    expect(open.completed()).toBe(true);
    expect(awaiting(client)).toBe(0);
  });
});
