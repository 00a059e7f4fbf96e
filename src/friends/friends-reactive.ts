/**
 * The reactive forms of ISteamFriends: a user's persona, the friends list, an avatar's pixels,
 * a user's rich presence and the overlay flag, each as an Observable that reads Steam, listens to
 * the callbacks that mean "read again", and releases what it holds (callback subscriptions, pump
 * holds, timers) on unsubscribe or shutdown.
 */
import { left, type Either } from 'fp-ts/Either';
import { distinctUntilChanged, filter, map, merge, Observable, type Subscription } from 'rxjs';
import type { FriendsPort } from '../../native/steam-core';
import type { FriendsStreams } from '../../streams/friends-streams';
import { InvalidArgument, notInitialized, timedOut, type CallFailed, type NotInitialized, type Timeout } from '../errors';
import { answeredDead, ensureLive } from '../session/guard';
import type { SessionState } from '../session/session-state';
import { untilShutdown } from '../session/until-shutdown';
import { deadline$ } from '../session/deadline';
import type { SteamIdInput } from '../steam-id/steam-id-text';
import type { SteamImage } from '../utils/utils-functions';
import { steamIdArgument } from '../validation/steam-id-argument';
import { describeValue } from '../validation/describe-value';
import { integerIn, INT32_MAX } from '../validation/arguments';
import { PersonaChange, type AvatarSize, type FriendRelationship, type PersonaState } from './friends-enums';
import { readFriendGame, type FriendGame } from './friend-game';
import { NoAvatar } from './no-avatar';

export { NoAvatar };

/** Why avatar$ gave no pixels: no avatar (NoAvatar), Steam could not copy the image (CallFailed), it did not load in time (Timeout), or shutdown. */
export type AvatarError = NoAvatar | CallFailed | Timeout | NotInitialized;

/** A user's persona as Steam knows it: what GetFriendPersona* and friends answer. */
export interface Persona {
  /** The user. */
  readonly steamId: bigint;
  /** Their persona name. */
  readonly name: string;
  /** Their online status. */
  readonly state: PersonaState;
  /** How the current user relates to them. */
  readonly relationship: FriendRelationship;
  /** Their Steam level (0 until known). */
  readonly steamLevel: number;
  /** The nickname the current user gave them, or null. */
  readonly nickname: string | null;
  /** The game they play, or null. */
  readonly gamePlayed: FriendGame | null;
}

/** A user's rich presence: every key and its value. */
export type RichPresence = Readonly<Record<string, string>>;

/** The reactive forms of `client.friends`. */
export interface FriendsReactive {
  /**
   * A user's persona now, then again on every PersonaStateChange_t about them (only when something
   * in it changed). When Steam does not have the user yet (RequestUserInformation answers true), the
   * first value waits for Steam's answer, holding the pump meanwhile, at most the call-result
   * timeout (`callResultTimeoutMs`): then it is what Steam has (often an empty name), and later
   * changes still follow. Completes at shutdown. Flat:
   * SteamAPI_ISteamFriends_RequestUserInformation, GetFriendPersonaName, GetFriendPersonaState,
   * GetFriendRelationship, GetFriendSteamLevel, GetPlayerNickname, GetFriendGamePlayed.
   * Throws InvalidArgument for a bad Steam ID.
   *
   * @example
   * ```ts
   * client.friends.persona$(friendId).subscribe((persona) => label.text = persona.nickname ?? persona.name);
   * ```
   */
  readonly persona$: (steamId: SteamIdInput) => Observable<Persona>;
  /**
   * The users matching FriendFlags now, then again whenever a PersonaStateChange_t says a
   * relationship or a source membership changed (only when the list changed). Completes at
   * shutdown. Flat: SteamAPI_ISteamFriends_GetFriendCount, GetFriendByIndex. Throws InvalidArgument
   * for flags not in 0..0xFFFF.
   */
  readonly friends$: (friendFlags: number) => Observable<readonly bigint[]>;
  /**
   * A user's avatar as RGBA pixels: at once when Steam has it, else after AvatarImageLoaded_t (or,
   * for a user Steam does not know yet, after their persona arrives), holding the pump while it
   * waits. Emits one Either and completes. Flat: SteamAPI_ISteamFriends_Get{Small,Medium,Large}FriendAvatar,
   * RequestUserInformation, SteamAPI_ISteamUtils_GetImageSize, GetImageRGBA. Failures: NoAvatar,
   * CallFailed (the image could not be read), Timeout (not loaded within the call-result timeout, never when that is Infinity,
   * or `timeoutMs`), NotInitialized. Throws InvalidArgument for a bad Steam ID, size or timeout.
   */
  readonly avatar$: (steamId: SteamIdInput, size: AvatarSize, timeoutMs?: number) => Observable<Either<AvatarError, SteamImage>>;
  /**
   * A user's rich presence (every key and value) now, then again on every FriendRichPresenceUpdate_t
   * about them (only when it changed); it asks Steam for it first (RequestFriendRichPresence), which
   * users who are not friends need. Completes at shutdown. Flat: SteamAPI_ISteamFriends_RequestFriendRichPresence,
   * GetFriendRichPresenceKeyCount, GetFriendRichPresenceKeyByIndex, GetFriendRichPresence.
   * Throws InvalidArgument for a bad Steam ID.
   */
  readonly richPresence$: (steamId: SteamIdInput) => Observable<RichPresence>;
  /**
   * Whether the Steam overlay is open: true when it opens, false when it closes
   * (GameOverlayActivated_t), repeats dropped. Steam has no query for the current state, so nothing
   * is emitted until the first change. Completes at shutdown.
   */
  readonly overlayActive$: Observable<boolean>;
}

/** What the reactive forms are built from. */
export interface FriendsReactiveContext {
  readonly state: SessionState;
  readonly port: FriendsPort;
  /** Unscoped: each form ends at shutdown on its own. */
  readonly streams: FriendsStreams;
  readonly readImage: (image: number) => Either<CallFailed, SteamImage>;
}

/** The most users a friends$ read takes (a lying count must not hang the game). */
const MAX_LISTED_USERS = 100_000;
/** The most rich presence keys read (Steam allows 30). */
const MAX_RICH_PRESENCE_KEYS = 1024;
/** What makes friends$ read the list again. */
const LIST_CHANGES = PersonaChange.RelationshipChanged | PersonaChange.JoinedSource | PersonaChange.LeftSource;

const sameGame = (a: FriendGame | null, b: FriendGame | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.gameId === b.gameId &&
    a.gameIp === b.gameIp &&
    a.gamePort === b.gamePort &&
    a.queryPort === b.queryPort &&
    a.lobbySteamId === b.lobbySteamId);

const samePersona = (a: Persona, b: Persona): boolean =>
  a.name === b.name &&
  a.state === b.state &&
  a.relationship === b.relationship &&
  a.steamLevel === b.steamLevel &&
  a.nickname === b.nickname &&
  sameGame(a.gamePlayed, b.gamePlayed);

const sameList = (a: readonly bigint[], b: readonly bigint[]): boolean => a.length === b.length && a.every((id, at) => id === b[at]);

const samePresence = (a: RichPresence, b: RichPresence): boolean => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && a[key] === b[key]);
};

/** FriendFlags bits (EFriendFlags fits in 16 bits); friends$ and the flat functions that take them check it alike. */
export const friendFlagsArgument = (value: unknown): number => integerIn('friendFlags', value, 0, 0xffff);

const avatarSizeArgument = (value: unknown): AvatarSize => {
  if (value === 'small' || value === 'medium' || value === 'large') return value;
  throw new InvalidArgument('size', `expected 'small', 'medium' or 'large', got ${describeValue(value)}`);
};

/** Builds the reactive forms of a live client session. */
export const friendsReactive = (context: FriendsReactiveContext): FriendsReactive => {
  const { state, port, streams } = context;

  const readPersona = (steamId: bigint): Persona => ({
    steamId,
    name: port.getFriendPersonaName(steamId),
    state: port.getFriendPersonaState(steamId) as PersonaState,
    relationship: port.getFriendRelationship(steamId) as FriendRelationship,
    steamLevel: port.getFriendSteamLevel(steamId),
    nickname: port.getPlayerNickname(steamId),
    gamePlayed: readFriendGame(port, steamId),
  });

  const readList = (flags: number): readonly bigint[] => {
    const count = Math.min(port.getFriendCount(flags), MAX_LISTED_USERS);
    const users: bigint[] = [];
    for (let index = 0; index < count; index += 1) {
      const user = port.getFriendByIndex(index, flags);
      if (user !== 0n) users.push(user);
    }
    return users;
  };

  const readPresence = (steamId: bigint): RichPresence => {
    const count = Math.min(port.getFriendRichPresenceKeyCount(steamId), MAX_RICH_PRESENCE_KEYS);
    const entries: [string, string][] = [];
    for (let index = 0; index < count; index += 1) {
      const key = port.getFriendRichPresenceKeyByIndex(steamId, index);
      if (key !== '') entries.push([key, port.getFriendRichPresence(steamId, key)]);
    }
    // fromEntries defines own data properties, so a key named "__proto__" is just a key.
    return Object.freeze(Object.fromEntries(entries));
  };

  /**
   * Reads with `read` at subscribe time (after `prepare`, which may say to wait for the first
   * trigger instead, holding the pump until then, or until the call-result timeout: Steam may say
   * it will send the data and never do, and a held pump runs at its fast rate), and again on every
   * `trigger$` value; completes at shutdown.
   */
  const following = <A>(read: () => A, trigger$: Observable<unknown>, prepare: () => 'now' | 'wait'): Observable<A> =>
    new Observable<A>((subscriber) => {
      if (!state.live) {
        subscriber.complete();
        return undefined;
      }
      let release: (() => void) | undefined;
      const stopHolding = (): void => {
        const held = release;
        release = undefined;
        held?.();
      };
      const subscription: Subscription = trigger$.subscribe({
        next: () => {
          stopHolding();
          subscriber.next(read());
        },
        error: (error: unknown) => subscriber.error(error),
      });
      // No answer in time: what Steam has now, and the pump is let go; later changes still come.
      const giveUp = (): void => {
        if (release === undefined) return;
        stopHolding();
        subscriber.next(read());
      };
      const forgetShutdown = state.whenShutdown(() => {
        stopHolding();
        subscriber.complete();
      });
      const teardown = (): void => {
        subscription.unsubscribe();
        forgetShutdown();
        stopHolding();
      };
      // Listening first, so an answer in the same frame is not missed.
      try {
        if (prepare() === 'wait') {
          release = state.pump.await();
          subscription.add(deadline$(state.callResultTimeoutMs, state.scheduler).subscribe(giveUp));
        } else subscriber.next(read());
      } catch (error) {
        // The read failed (a library without the interface): rxjs hands the error to the subscriber,
        // but the teardown below would never be returned, leaving the listeners registered.
        teardown();
        throw error;
      }
      return teardown;
    });

  const persona$ = (steamId: SteamIdInput): Observable<Persona> => {
    ensureLive(state);
    const id = steamIdArgument('steamId', steamId);
    return following(
      () => readPersona(id),
      streams.personaStateChange$.pipe(filter((change) => change.steamId === id)),
      () => (port.requestUserInformation(id, false) ? 'wait' : 'now'),
    ).pipe(distinctUntilChanged(samePersona));
  };

  const friends$ = (friendFlags: number): Observable<readonly bigint[]> => {
    ensureLive(state);
    const flags = friendFlagsArgument(friendFlags);
    return following(
      () => readList(flags),
      streams.personaStateChange$.pipe(filter((change) => (change.changeFlags & LIST_CHANGES) !== 0)),
      () => 'now',
    ).pipe(distinctUntilChanged(sameList));
  };

  const richPresence$ = (steamId: SteamIdInput): Observable<RichPresence> => {
    ensureLive(state);
    const id = steamIdArgument('steamId', steamId);
    return following(
      () => readPresence(id),
      streams.friendRichPresenceUpdate$.pipe(filter((update) => update.friendSteamId === id)),
      () => {
        port.requestFriendRichPresence(id);
        return 'now';
      },
    ).pipe(distinctUntilChanged(samePresence));
  };

  const avatar$ = (steamId: SteamIdInput, size: AvatarSize, timeoutMs?: number): Observable<Either<AvatarError, SteamImage>> => {
    ensureLive(state);
    const id = steamIdArgument('steamId', steamId);
    const which = avatarSizeArgument(size);
    const waitMs = timeoutMs === undefined ? state.callResultTimeoutMs : integerIn('timeoutMs', timeoutMs, 0, INT32_MAX);
    const handleOf = (): number =>
      which === 'small' ? port.getSmallFriendAvatar(id) : which === 'medium' ? port.getMediumFriendAvatar(id) : port.getLargeFriendAvatar(id);
    return new Observable<Either<AvatarError, SteamImage>>((subscriber) => {
      if (answeredDead(state, subscriber)) return undefined;
      const answer = (value: Either<AvatarError, SteamImage>): void => {
        subscriber.next(value);
        subscriber.complete();
      };
      const first = handleOf();
      if (first > 0) {
        answer(context.readImage(first));
        return undefined;
      }
      // 0 from a user Steam knows means no avatar; from one it does not, "ask first".
      const awaitingPersona = first === 0 && port.requestUserInformation(id, false);
      if (first === 0 && !awaitingPersona) {
        answer(left(new NoAvatar(id)));
        return undefined;
      }
      const loaded$ = streams.avatarImageLoaded$.pipe(
        filter((loaded) => loaded.steamId === id),
        map(() => 'loaded' as const),
      );
      const personaArrived$ = streams.personaStateChange$.pipe(
        filter((change) => change.steamId === id),
        map(() => 'persona' as const),
      );
      const subscription = merge(loaded$, personaArrived$).subscribe({
        next: (why) => {
          const handle = handleOf();
          if (handle > 0) answer(context.readImage(handle));
          // The persona arrived and still no avatar (and none loading): there is none. A change that
          // is not the answer (a name-only one, say) leaves Steam still fetching: wait on.
          else if (handle === 0 && why === 'persona' && !port.requestUserInformation(id, false)) answer(left(new NoAvatar(id)));
        },
        error: (error: unknown) => subscriber.error(error),
      });
      subscription.add(deadline$(waitMs, state.scheduler).subscribe(() => answer(left(timedOut(`avatar of ${id}`, waitMs)))));
      subscription.add(state.whenShutdown(() => answer(left(notInitialized(state.name)))));
      subscription.add(state.pump.await());
      return subscription;
    });
  };

  return {
    persona$,
    friends$,
    avatar$,
    richPresence$,
    overlayActive$: untilShutdown(
      state,
      streams.gameOverlayActivated$.pipe(
        map((activated) => activated.active),
        distinctUntilChanged(),
      ),
    ),
  };
};
