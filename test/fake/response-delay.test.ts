/**
 * The fake library's scripted response delays, on the monotonic clock: a delayed message is not
 * handed out before its time (later messages pass it meanwhile), and GetAuthSessionTicket can post
 * its own response N ms after the call. Only lower bounds are asserted: a busy machine may deliver
 * late, never early.
 */
import { isRight } from 'fp-ts/Either';
import type { FlatSymbol } from '../../native/flat-api';
import type { SteamClient } from '../../src/client/steam-client';
import { callbackIdOf, CLIENT_PIPE, encode, fake, rightOf, startClient, stopClient } from '../user/native-kit';

afterEach(stopClient);
// The fake is process-wide: later test files in this worker find it reset.
afterAll(() => fake.reset());

const GET_TICKET = 'SteamAPI_ISteamUser_GetAuthSessionTicket' as FlatSymbol;
const DELAY_MS = 150;
const GIVE_UP_MS = 10_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs frames every few ms until `done()` or GIVE_UP_MS; returns the ms it took. */
const pumpUntil = async (client: SteamClient, done: () => boolean): Promise<number> => {
  const start = performance.now();
  while (!done() && performance.now() - start < GIVE_UP_MS) {
    client.runCallbacks();
    await sleep(2);
  }
  return performance.now() - start;
};

describe('scripted response delays in the fake library', () => {
  it('a callback queued with a delay is handed out only after it; one queued after it without a delay passes it', async () => {
    const client = startClient();
    const seen: number[] = [];
    const subscription = client.callbacks$.subscribe((message) => seen.push(message.callbackId));
    const start = performance.now();
    fake.queueCallbackAfter(CLIENT_PIPE, 9001, Uint8Array.of(1), DELAY_MS);
    fake.queueCallback(CLIENT_PIPE, 9002, Uint8Array.of(2));
    client.runCallbacks();
    expect(seen).toEqual([9002]);
    expect(fake.pendingCallbacks(CLIENT_PIPE)).toBe(1);
    await pumpUntil(client, () => seen.length === 2);
    expect(performance.now() - start).toBeGreaterThanOrEqual(DELAY_MS);
    expect(seen).toEqual([9002, 9001]);
    expect(fake.protocolErrors()).toBe(0);
    subscription.unsubscribe();
  });

  it('a delayed call result completes only after the delay', async () => {
    const client = startClient();
    const apiCall = 0x55n;
    fake.setReturn('SteamAPI_ISteamUser_RequestEncryptedAppTicket', apiCall);
    const answers: boolean[] = [];
    const start = performance.now();
    fake.queueCallResultAfter(CLIENT_PIPE, apiCall, callbackIdOf('EncryptedAppTicketResponse_t'), encode('EncryptedAppTicketResponse_t', { m_eResult: 1 }), false, DELAY_MS);
    client.requestEncryptedAppTicket('x').subscribe((answer) => answers.push(isRight(answer)));
    client.runCallbacks();
    expect(answers).toEqual([]);
    await pumpUntil(client, () => answers.length === 1);
    expect(performance.now() - start).toBeGreaterThanOrEqual(DELAY_MS);
    expect(answers).toEqual([true]);
  });

  it('GetAuthSessionTicket posts its own OK response the scripted delay after the call, until reset', async () => {
    const client = startClient();
    fake.setOutput(GET_TICKET, Uint8Array.of(1, 2, 3));
    fake.setReturn(GET_TICKET, 77);
    fake.setTicketResponseDelay(DELAY_MS);
    const tickets: number[] = [];
    const start = performance.now();
    const subscription = client.authTicket$().subscribe((ticket) => tickets.push(rightOf(ticket).id));
    client.runCallbacks();
    expect(tickets).toEqual([]);
    await pumpUntil(client, () => tickets.length === 1);
    expect(performance.now() - start).toBeGreaterThanOrEqual(DELAY_MS);
    expect(tickets).toEqual([77]);
    subscription.unsubscribe();

    // Off by default again after a reset: no response is posted.
    const fresh = startClient();
    fake.setOutput(GET_TICKET, Uint8Array.of(1, 2, 3));
    fake.setReturn(GET_TICKET, 78);
    const unanswered = fresh.authTicket$().subscribe(() => tickets.push(-1));
    expect(fake.pendingCallbacks(CLIENT_PIPE)).toBe(0);
    unanswered.unsubscribe();
  });

  it('a ticket response delay of 0 posts the response at once, and none for an unissued ticket (handle 0)', () => {
    const client = startClient();
    fake.setTicketResponseDelay(0);
    fake.setReturn(GET_TICKET, 0);
    client.authTicket$().subscribe().unsubscribe();
    expect(fake.pendingCallbacks(CLIENT_PIPE)).toBe(0);
    fake.setOutput(GET_TICKET, Uint8Array.of(9));
    fake.setReturn(GET_TICKET, 5);
    const ids: number[] = [];
    const subscription = client.authTicket$().subscribe((ticket) => ids.push(rightOf(ticket).id));
    client.runCallbacks();
    expect(ids).toEqual([5]);
    subscription.unsubscribe();
  });
});
