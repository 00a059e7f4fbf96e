/**
 * client.utils and server.utils on the simulated Steam, through the public API: the machine's
 * answers, images, the gamepad text box (marble tests of submitted and dismissed order), the
 * floating keyboard, text filtering, CheckFileSignature and the callbacks a test can cause.
 */
import { isLeft, type Either } from 'fp-ts/Either';
import { map } from 'rxjs';
import { EServerMode } from '../../native/enums';
import { serverInit } from '../../src/init/server-init';
import { steamInit } from '../../src/init/steam-init';
import { CheckFileSignatureResult, IPv6ConnectivityProtocol, IPv6ConnectivityState, TextFilteringContext } from '../../src/utils/utils-enums';
import { newScheduler, rightOf, world } from '../user/simulated-kit';

const tagOrText = (value: Either<{ readonly _tag: string }, string>): string => (isLeft(value) ? value.left._tag : value.right);

describe('client.utils on the simulated Steam', () => {
  it('answers from the machine and the universe', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { steam } = world(scheduler);
      const user = steam.addUser();
      const process = steam.createProcess({ user, ipCountry: 'SE', steamDeck: true, batteryPower: 80, uiLanguage: 'swedish' });
      const client = rightOf(steamInit({ backend: 'core', core: process, pump: 'manual' }));
      expect(client.utils.getAppID()).toBe(480);
      expect(client.utils.getIPCountry()).toBe('SE');
      expect(client.utils.isSteamRunningOnSteamDeck()).toBe(true);
      expect(client.utils.isSteamInBigPictureMode()).toBe(true);
      expect(client.utils.getCurrentBatteryPower()).toBe(80);
      expect(client.utils.getSteamUILanguage()).toBe('swedish');
      expect(client.utils.isOverlayEnabled()).toBe(true);
      expect(client.utils.getConnectedUniverse()).toBe(1);
      expect(client.utils.getIPv6ConnectivityState(IPv6ConnectivityProtocol.HTTP)).toBe(IPv6ConnectivityState.Good);
      client.shutdown();
      process.dispose();
    });
  });

  it('server time and seconds active follow the scheduler', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { player } = world(scheduler);
      const { client } = player();
      scheduler.schedule(() => undefined, 5_000);
      flush();
      expect(client.utils.getServerRealTime()).toBe(5);
      expect(client.utils.getSecondsSinceAppActive()).toBe(5);
    });
  });

  it('images registered by the test read back as RGBA; an unknown handle is a Left', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { steam, player } = world(scheduler);
      const rgba = Uint8Array.from({ length: 2 * 2 * 4 }, (_, index) => index);
      const handle = steam.images.register({ width: 2, height: 2, rgba });
      const { client } = player();
      expect(rightOf(client.utils.getImageRGBA(handle))).toEqual({ width: 2, height: 2, rgba });
      expect(isLeft(client.utils.getImageRGBA(handle + 1))).toBe(true);
    });
  });

  it('gamepadTextInput$: submitted text arrives after the latency, then completes', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam, player, frames } = world(scheduler);
      const { steamId, client } = player();
      frames(200, 10);
      const text$ = client.utils.gamepadTextInput$({ description: 'Name', charMax: 5 }).pipe(map(tagOrText));
      scheduler.schedule(() => steam.utils.typeGamepadText(steamId, 'alice-and-more'), 50);
      // Typed at 50, posted after the 20 ms latency, pumped by the frame at 70.
      expectObservable(text$).toBe('70ms (a|)', { a: 'alice' });
    });
  });

  it('gamepadTextInput$: a dismissed box is Left(GamepadTextDismissed); the box the test saw had the options', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam, player, frames } = world(scheduler);
      const { steamId, client } = player();
      frames(200, 10);
      const text$ = client.utils.gamepadTextInput$({ description: 'Clan tag', charMax: 4, existingText: 'ab' }).pipe(map(tagOrText));
      scheduler.schedule(() => {
        expect(steam.utils.gamepadTextBox(steamId)).toEqual({ inputMode: 0, lineInputMode: 0, description: 'Clan tag', charMax: 4, existingText: 'ab' });
        steam.utils.dismissGamepadText(steamId);
      }, 30);
      expectObservable(text$).toBe('50ms (d|)', { d: 'GamepadTextDismissed' });
    });
  });

  it('gamepadTextInput$: unsubscribing closes the box; a second box while one is open is Left(CallFailed)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { steam, player } = world(scheduler);
      const { steamId, client } = player();
      const seen: string[] = [];
      const first = client.utils.gamepadTextInput$().subscribe((value) => seen.push(tagOrText(value)));
      client.utils.gamepadTextInput$().subscribe((value) => seen.push(tagOrText(value)));
      expect(seen).toEqual(['CallFailed']);
      first.unsubscribe();
      expect(steam.utils.gamepadTextBox(steamId)).toBeNull();
      flush();
    });
  });

  it('gamepadTextInput$ answers Left(NotInitialized) when the client shuts down while it waits', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { player } = world(scheduler);
      const { client } = player();
      const seen: string[] = [];
      client.utils.gamepadTextInput$().subscribe((value) => seen.push(tagOrText(value)));
      client.shutdown();
      expect(seen).toEqual(['NotInitialized']);
    });
  });

  it('the floating keyboard, Steam-side callbacks and the IP country change', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam, player, frames } = world(scheduler);
      const { steamId, client } = player();
      frames(300, 10);
      expect(client.utils.showFloatingGamepadTextInput(0, 0, 0, 100, 20)).toBe(true);
      scheduler.schedule(() => steam.utils.dismissFloatingGamepadText(steamId), 10);
      scheduler.schedule(() => steam.utils.changeIpCountry(steamId, 'FR'), 40);
      scheduler.schedule(() => steam.utils.lowBatteryPower(steamId, 7), 80);
      scheduler.schedule(() => steam.utils.steamShutdown(steamId), 120);
      expectObservable(client.utils.floatingGamepadTextInputDismissed$, '^ 200ms !').toBe('30ms f', { f: {} });
      expectObservable(client.utils.ipCountry$.pipe(map(() => client.utils.getIPCountry())), '^ 200ms !').toBe('60ms c', { c: 'FR' });
      expectObservable(client.utils.lowBatteryPower$, '^ 200ms !').toBe('100ms b', { b: { minutesBatteryLeft: 7 } });
      expectObservable(client.utils.steamShutdown$, '^ 200ms !').toBe('140ms s', { s: {} });
    });
  });

  it('filterText filters others\' words once initFilterText ran, never the user\'s own', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { player } = world(scheduler);
      const { steamId, client } = player();
      const other = 76561197960287930n;
      expect(client.utils.filterText(TextFilteringContext.Chat, other, 'oh darn')).toEqual({ text: 'oh darn', filteredCharacters: 0 });
      expect(client.utils.initFilterText()).toBe(true);
      expect(client.utils.filterText(TextFilteringContext.Chat, other, 'oh DARN it')).toEqual({ text: 'oh **** it', filteredCharacters: 4 });
      expect(client.utils.filterText(TextFilteringContext.Chat, steamId, 'oh darn')).toEqual({ text: 'oh darn', filteredCharacters: 0 });
    });
  });

  it('checkFileSignature answers from the machine\'s signatures', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam } = world(scheduler);
      const user = steam.addUser();
      const process = steam.createProcess({ user, fileSignatures: { 'game.exe': true, 'hacked.dll': false } });
      const client = rightOf(steamInit({ backend: 'core', core: process, pump: 'auto' }));
      const verdict = (name: string) => client.utils.checkFileSignature(name).pipe(map((value) => (isLeft(value) ? value.left._tag : value.right.checkFileSignature)));
      expectObservable(verdict('game.exe')).toBe('20ms (v|)', { v: CheckFileSignatureResult.ValidSignature });
      expectObservable(verdict('hacked.dll')).toBe('20ms (v|)', { v: CheckFileSignatureResult.InvalidSignature });
      expectObservable(verdict('other.pak')).toBe('20ms (v|)', { v: CheckFileSignatureResult.NoSignaturesFoundForThisFile });
      scheduler.schedule(() => client.shutdown(), 100);
    });
  });
});

describe('server.utils on the simulated Steam', () => {
  it('answers through the game server pipe; no overlay and no text box on a server', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { steam } = world(scheduler);
      const process = steam.createProcess({ ipCountry: 'NL' });
      const server = rightOf(serverInit('0.0.0.0', 27015, 27016, EServerMode.Authentication, '1.0.0.0', { backend: 'core', core: process, pump: 'manual' }));
      expect(server.utils.getAppID()).toBe(480);
      expect(server.utils.getIPCountry()).toBe('NL');
      expect(server.utils.isOverlayEnabled()).toBe(false);
      expect(server.utils.showGamepadTextInput()).toBe(false);
      server.shutdown();
      expect(() => server.utils.getAppID()).toThrow(/not initialized/);
    });
  });
});
