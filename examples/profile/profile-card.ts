/**
 * A small profile card, the way a game's main menu shows one: your persona (name, status, Steam
 * level), the friends who are online with what their game says in rich presence, your avatar (as
 * a terminal preview or a PNG file), and the DLC you own. It runs on the simulated Steam: a few
 * friends are set up first (one of them really running the game and setting rich presence), then
 * everything is read through the public API (client.friends, client.apps, client.utils) exactly as
 * on Valve's library.
 */
import { writeFileSync } from 'node:fs';
import { isLeft, left, right, type Either } from 'fp-ts/Either';
import { firstValueFrom, forkJoin, take } from 'rxjs';
import { FriendFlags, PersonaState, steamInit, type SteamClient, type SteamImage } from '../../src';
import { createSimulatedSteam } from '../../src/testing';
import { encodePng } from './png';

/** What runProfile does with the avatar. */
export interface ProfileOptions {
  /** Write the large avatar to this PNG file instead of printing a preview. */
  readonly png?: string;
  /** Where each line of the card goes. Default console.log. */
  readonly log?: (line: string) => void;
}

const GAME = 480;
const SOUNDTRACK = 1001;
const MORE_LEVELS = 1002;

const stateNames: Readonly<Record<number, string>> = Object.fromEntries(Object.entries(PersonaState).map(([name, value]) => [value, name]));

/** 16 × 8 characters of the avatar, darker pixels as denser characters. */
export const terminalPreview = (image: SteamImage, columns = 16, rows = 8): string[] => {
  const shades = ' .:-=+*#%@';
  return Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => {
      const x = Math.floor(((column + 0.5) * image.width) / columns);
      const y = Math.floor(((row + 0.5) * image.height) / rows);
      const at = (y * image.width + x) * 4;
      const luminance = 0.2126 * (image.rgba[at] ?? 0) + 0.7152 * (image.rgba[at + 1] ?? 0) + 0.0722 * (image.rgba[at + 2] ?? 0);
      return shades[Math.min(shades.length - 1, Math.floor(((255 - luminance) / 256) * shades.length))] ?? ' ';
    }).join(''),
  );
};

const describeRichPresence = (presence: Readonly<Record<string, string>>): string => {
  const entries = Object.entries(presence);
  return entries.length === 0 ? '' : `: ${entries.map(([key, value]) => `${key} "${value}"`).join(', ')}`;
};

/** The card's lines, read from a signed-in client. */
const readCard = async (client: SteamClient, options: ProfileOptions): Promise<Either<Error, string[]>> => {
  const { friends, apps } = client;
  const self = client.getSteamID();
  const lines = [`${friends.getPersonaName()} (${self}): ${stateNames[friends.getPersonaState()] ?? 'Unknown'}, Steam level ${friends.getFriendSteamLevel(self)}`];

  const all = await firstValueFrom(friends.friends$(FriendFlags.Immediate));
  const online = all.filter((friend) => friends.getFriendPersonaState(friend) !== PersonaState.Offline);
  lines.push(`Friends online: ${online.length} of ${all.length}`);
  // Each friend's rich presence as Steam has it now (the first value of richPresence$).
  const presences = online.length === 0 ? [] : await firstValueFrom(forkJoin(online.map((friend) => friends.richPresence$(friend).pipe(take(1)))));
  online.forEach((friend, index) => {
    const game = friends.getFriendGamePlayed(friend);
    const playing = game === null ? '' : `, playing app ${game.appId}`;
    lines.push(`  ${friends.getFriendPersonaName(friend)}: ${stateNames[friends.getFriendPersonaState(friend)] ?? 'Unknown'}${playing}${describeRichPresence(presences[index] ?? {})}`);
  });

  // The large avatar is downloaded on first ask: avatar$ waits for AvatarImageLoaded_t.
  const avatar = await firstValueFrom(friends.avatar$(self, 'large'));
  if (isLeft(avatar)) return left(avatar.left);
  const image = avatar.right;
  if (options.png === undefined) {
    lines.push(`Avatar (${image.width}x${image.height}):`, ...terminalPreview(image).map((row) => `  |${row}|`));
  } else {
    writeFileSync(options.png, encodePng(image.width, image.height, image.rgba));
    lines.push(`Avatar (${image.width}x${image.height}) written to ${options.png}`);
  }

  const dlc = Array.from({ length: apps.getDLCCount() }, (_, index) => apps.getDLCDataByIndex(index)).flatMap((data) => (isLeft(data) ? [] : [data.right]));
  const owned = dlc.filter((item) => apps.isSubscribedApp(item.appId));
  lines.push(`DLC owned: ${owned.length === 0 ? 'none' : owned.map((item) => `${item.name} (${item.appId})`).join(', ')} (of ${dlc.length})`);
  return right(lines);
};

/** Sets up the simulated Steam, prints the card, shuts everything down. Left when a step failed. */
export const runProfile = async (options: ProfileOptions = {}): Promise<Either<Error, readonly string[]>> => {
  const log = options.log ?? ((line: string) => console.log(line));
  const steam = createSimulatedSteam({ appId: GAME, latencyMs: 10 });
  const clients: SteamClient[] = [];
  try {
    // Your friends: Ann plays this game (her own client sets her rich presence), Cat is away in
    // another game, Bob is offline.
    const ann = steam.addUser({ name: 'Ann', steamLevel: 31 });
    const bob = steam.addUser({ name: 'Bob', personaState: PersonaState.Offline });
    const cat = steam.addUser({ name: 'Cat', personaState: PersonaState.Away, gamePlayed: { game: 570 } });
    const you = steam.addUser({ name: 'You', steamLevel: 12, dlc: [SOUNDTRACK], friends: [ann, bob, cat] });

    const annClient = steamInit({ backend: 'core', core: steam.createProcess({ user: ann }) });
    if (isLeft(annClient)) return left(annClient.left);
    clients.push(annClient.right);
    annClient.right.friends.setRichPresence('status', 'In the arena');
    annClient.right.friends.setRichPresence('score', '3 - 1');

    const process = steam.createProcess({
      user: you,
      apps: { dlc: [{ appId: SOUNDTRACK, name: 'Soundtrack', installed: true }, { appId: MORE_LEVELS, name: 'More levels' }] },
    });
    const client = steamInit({ backend: 'core', core: process });
    if (isLeft(client)) return left(client.left);
    clients.push(client.right);

    log('Profile card on the simulated Steam');
    const card = await readCard(client.right, options);
    if (isLeft(card)) return card;
    card.right.forEach((line) => log(line));
    return right(card.right);
  } finally {
    for (const client of clients) client.shutdown();
    steam.dispose();
  }
};

/** Maps an Either of lines to an exit code, printing the failure. */
export const exitCodeOf = (outcome: Either<Error, readonly string[]>): number => {
  if (isLeft(outcome)) {
    console.error(`Profile card failed: ${outcome.left.message}`);
    return 1;
  }
  return 0;
};


