/**
 * Voice chat between peers over Steam's NetworkingMessages: each peer's microphone (voice$) is
 * read while it talks, every compressed frame goes to every other peer as an unreliable message
 * (voice tolerates loss; a late frame is worse than none), and each peer decompresses what it
 * hears, per speaker, at its optimal sample rate. Peers accept session requests only from the
 * room. Everything is a stream: subscribing joins the room, unsubscribing leaves it (the
 * microphone stops, the channel is no longer read).
 */
import { isLeft } from 'fp-ts/Either';
import { EMPTY, groupBy, map, merge, mergeMap, tap, timer, type Observable, type SchedulerLike } from 'rxjs';
import type { NetworkingIdentity, SteamClient } from '../../src';

/** The channel voice travels on. */
export const VOICE_CHANNEL = 7;

/** A member of the room. */
export interface Member {
  readonly name: string;
  readonly steamId: bigint;
  readonly client: Pick<SteamClient, 'networkingMessages' | 'voice$' | 'decompress' | 'getVoiceOptimalSampleRate'>;
  /** When this member holds push-to-talk, in ms from joining: [from, to). */
  readonly talks: { readonly fromMs: number; readonly toMs: number };
}

/** What happens in the room, as values. */
export type VoiceChatEvent =
  | { readonly kind: 'sent'; readonly speaker: string; readonly bytes: number; readonly to: number }
  | { readonly kind: 'heard'; readonly listener: string; readonly speaker: string; readonly pcm: Int16Array; readonly sampleRate: number }
  | { readonly kind: 'problem'; readonly who: string; readonly message: string };

const steamIdOf = (identity: NetworkingIdentity): bigint | null => ('steamId' in identity ? identity.steamId : null);

/** One member in the room: talking in its window, hearing everyone else. */
export const member$ = (me: Member, room: readonly Member[], scheduler: SchedulerLike): Observable<VoiceChatEvent> => {
  const messages = me.client.networkingMessages;
  const others = room.filter((member) => member.steamId !== me.steamId);
  const nameOf = new Map(room.map((member) => [member.steamId, member.name]));
  const sampleRate = me.client.getVoiceOptimalSampleRate();

  // Only the room may open a session with us.
  const accepting$ = messages.sessionRequest$.pipe(
    mergeMap((request) => {
      const from = steamIdOf(request.identityRemote);
      if (from !== null && nameOf.has(from)) request.accept();
      else request.decline();
      return EMPTY;
    }),
  );

  // Push-to-talk: the microphone records between fromMs and toMs (voice$ starts and stops it).
  const talking$ = timer(me.talks.fromMs, scheduler).pipe(
    mergeMap(() => me.client.voice$({ stop$: timer(me.talks.toMs - me.talks.fromMs, scheduler) })),
    mergeMap((frame): VoiceChatEvent[] => {
      if (isLeft(frame)) return [{ kind: 'problem', who: me.name, message: frame.left.message }];
      for (const other of others) {
        const sent = messages.send({ steamId: other.steamId }, frame.right, { channel: VOICE_CHANNEL });
        if (isLeft(sent)) return [{ kind: 'problem', who: me.name, message: `sending to ${other.name}: ${sent.left.message}` }];
      }
      return [{ kind: 'sent', speaker: me.name, bytes: frame.right.byteLength, to: others.length }];
    }),
  );

  // Every speaker's frames, decompressed on their own stream (a bad frame stays that speaker's problem).
  const hearing$ = messages.channel$(VOICE_CHANNEL).pipe(
    groupBy((message) => steamIdOf(message.identityPeer) ?? 0n),
    mergeMap((speaker$) => {
      const speaker = nameOf.get(speaker$.key) ?? `unknown ${speaker$.key}`;
      return speaker$.pipe(
        map((message) => message.data),
        me.client.decompress(sampleRate),
        map((pcm): VoiceChatEvent => (isLeft(pcm) ? { kind: 'problem', who: me.name, message: `from ${speaker}: ${pcm.left.message}` } : { kind: 'heard', listener: me.name, speaker, pcm: pcm.right, sampleRate })),
      );
    }),
  );

  return merge(accepting$, talking$, hearing$);
};

/** What one listener heard of one speaker. */
export interface Heard {
  readonly frames: number;
  readonly seconds: number;
  /** The tone's frequency, from the zero crossings of everything heard. */
  readonly frequencyHz: number;
}

/** Adds a decoded frame to what a listener heard of a speaker. */
export interface Tally {
  readonly sent: ReadonlyMap<string, number>;
  readonly heard: ReadonlyMap<string, { frames: number; samples: number; crossings: number; sampleRate: number; last: number }>;
  readonly problems: readonly string[];
}

export const emptyTally: Tally = { sent: new Map(), heard: new Map(), problems: [] };

const crossingsIn = (pcm: Int16Array, previous: number): { crossings: number; last: number } => {
  let crossings = 0;
  let last = previous;
  for (const sample of pcm) {
    if ((last < 0 && sample >= 0) || (last >= 0 && sample < 0)) crossings += 1;
    last = sample;
  }
  return { crossings, last };
};

/** The tally after one event (a fold: scan or reduce over the room's events). */
export const tallyAfter = (tally: Tally, event: VoiceChatEvent): Tally => {
  switch (event.kind) {
    case 'sent':
      return { ...tally, sent: new Map(tally.sent).set(event.speaker, (tally.sent.get(event.speaker) ?? 0) + 1) };
    case 'problem':
      return { ...tally, problems: [...tally.problems, `${event.who}: ${event.message}`] };
    case 'heard': {
      const key = `${event.listener} <- ${event.speaker}`;
      const before = tally.heard.get(key) ?? { frames: 0, samples: 0, crossings: 0, sampleRate: event.sampleRate, last: 0 };
      const { crossings, last } = crossingsIn(event.pcm, before.last);
      return {
        ...tally,
        heard: new Map(tally.heard).set(key, { frames: before.frames + 1, samples: before.samples + event.pcm.length, crossings: before.crossings + crossings, sampleRate: event.sampleRate, last }),
      };
    }
  }
};

/** What `listener` heard of `speaker`, or null for nothing. */
export const heardOf = (tally: Tally, listener: string, speaker: string): Heard | null => {
  const heard = tally.heard.get(`${listener} <- ${speaker}`);
  if (heard === undefined || heard.samples === 0) return null;
  const seconds = heard.samples / heard.sampleRate;
  // A sine crosses zero twice per period (frames lost in between add a little noise to this).
  return { frames: heard.frames, seconds, frequencyHz: heard.crossings / 2 / seconds };
};

/** Taps each event into `log` as a line (for the command line). */
export const logged =
  (log: (line: string) => void) =>
  (events$: Observable<VoiceChatEvent>): Observable<VoiceChatEvent> =>
    events$.pipe(
      tap((event) => {
        if (event.kind === 'problem') log(`[${event.who}] ${event.message}`);
      }),
    );
