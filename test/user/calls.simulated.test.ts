/**
 * The client's asynchronous calls through the public API on the simulated Steam: encrypted app
 * tickets (and their 60 s rate limit), Web API tickets the game's back end accepts, store auth
 * URL, market eligibility and duration control, and the I/O failure of an offline user.
 */
import { left, right } from 'fp-ts/Either';
import { switchMap, tap, timer } from 'rxjs';
import { EDurationControlProgress, EMarketNotAllowedReasonFlags, EResult } from '../../native/enums';
import type { EncryptedAppTicket } from '../../src/user/user-calls';
import { newScheduler, rightOf, world } from './simulated-kit';

describe('encryptedAppTicket$', () => {
  it('marbles: a ticket holding the data, LimitExceeded inside 60 s of the success, a ticket again after', () => {
    const scheduler = newScheduler();
    const tickets: EncryptedAppTicket[] = [];
    scheduler.run(({ expectObservable, flush }) => {
      const { steam, player, frames } = world(scheduler, {}, 70_000);
      const { steamId, client } = player();
      // Game frames every 16 ms around the three requests (61 s of idle frames would add nothing).
      frames(2_000);
      frames(2_000, 16, 60_992);
      const at = (ms: number, secret: string) =>
        timer(ms, scheduler).pipe(
          switchMap(() => client.encryptedAppTicket$(secret)),
          tap((ticket) => ticket._tag === 'Right' && tickets.push(ticket.right)),
        );
      const ticket = right(expect.objectContaining({ buffer: expect.any(Uint8Array), size: expect.any(Number) }));
      // Asked at 0, answered at 20, pumped at 32; the success at 20 opens a 60 s window.
      expectObservable(at(0, 'player-42')).toBe('32ms (a|)', { a: ticket });
      expectObservable(at(1000, 'again')).toBe('1024ms (b|)', {
        b: left(expect.objectContaining({ _tag: 'SteamResultError', result: EResult.LimitExceeded })),
      });
      expectObservable(at(61_000, 'later')).toBe('61024ms (c|)', { c: ticket });
      flush();
      expect(tickets).toHaveLength(2);
      const opened = tickets.map((held) => rightOf(steam.backend.decryptEncryptedAppTicket(held.buffer)));
      expect(opened.map((contents) => new TextDecoder().decode(contents.userData))).toEqual(['player-42', 'later']);
      expect(opened.map((contents) => contents.steamId)).toEqual([steamId, steamId]);
      expect(tickets[0]?.buffer.byteLength).toBe(tickets[0]?.size);
    });
  });

  it('requestEncryptedAppTicket alone answers OK, and getEncryptedAppTicket then reads the ticket', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { steam, player, frames } = world(scheduler);
      const { client } = player();
      frames(100);
      expect(client.getEncryptedAppTicket()).toEqual(left(expect.objectContaining({ _tag: 'CallFailed' })));
      expectObservable(client.requestEncryptedAppTicket(Uint8Array.of(7, 7))).toBe('32ms (a|)', { a: right({ result: EResult.OK }) });
      flush();
      const ticket = rightOf(client.getEncryptedAppTicket());
      expect(rightOf(steam.backend.decryptEncryptedAppTicket(ticket.buffer)).userData).toEqual(Uint8Array.of(7, 7));
    });
  });
});

describe('webApiTicket$', () => {
  it('gives a ticket the back end accepts for that service identity only', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { steam, player, frames } = world(scheduler);
      const { steamId, client } = player();
      frames(100);
      let ticket: Uint8Array = new Uint8Array();
      client.webApiTicket$('my-service').subscribe((answer) => (ticket = rightOf(answer).ticket));
      expectObservable(client.webApiTicket$('my-service')).toBe('32ms a', {
        a: right(expect.objectContaining({ authTicket: expect.any(Number), size: expect.any(Number) })),
      });
      flush();
      expect(ticket.byteLength).toBeGreaterThan(0);
      expect(rightOf(steam.backend.authenticateWebApiTicket(ticket, 'my-service')).steamId).toBe(steamId);
      expect(steam.backend.authenticateWebApiTicket(ticket, 'other-service')._tag).toBe('Left');
    });
  });
});

describe('other call results', () => {
  it('store auth URL, market eligibility and duration control answer from the user’s settings, one frame after the latency', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { player, frames } = world(scheduler);
      const { client } = player({
        marketEligibility: { allowed: false, notAllowedReason: EMarketNotAllowedReasonFlags.TradeBanned, allowedAtTime: 1_700_000_000 },
        durationControl: { applicable: true, secondsLast5h: 100, secondsToday: 200, secondsRemaining: 3600, progress: EDurationControlProgress.Half },
      });
      frames(100);
      const redirect = 'https://example.com/after?x=1';
      let url = '';
      client.requestStoreAuthURL(redirect).subscribe((answer) => (url = rightOf(answer).url));
      expectObservable(client.getMarketEligibility()).toBe('32ms (a|)', {
        a: right({
          isAllowed: false,
          disallowReason: EMarketNotAllowedReasonFlags.TradeBanned,
          allowedAtTime: 1_700_000_000,
          steamGuardRequiredDays: 15,
          newDeviceCooldown: 7,
        }),
      });
      expectObservable(client.getDurationControl()).toBe('32ms (a|)', {
        a: right({
          result: EResult.OK,
          duration: expect.objectContaining({ appId: 480, applicable: true, progress: EDurationControlProgress.Half, secondsRemaining: expect.any(Number) }),
        }),
      });
      flush();
      expect(url).toContain(encodeURIComponent(redirect));
    });
  });

  it('a call for an offline user ends in CallResultIoFailure', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { player, frames } = world(scheduler);
      const { client } = player({ loggedOn: false });
      frames(100);
      expect(client.loggedOn()).toBe(false);
      expectObservable(client.getMarketEligibility()).toBe('32ms (a|)', { a: left(expect.objectContaining({ _tag: 'CallResultIoFailure' })) });
      flush();
    });
  });
});
