/**
 * The voice chat scenario on the simulated Steam: three peers (each its own simulated machine, a
 * Steam user whose microphone hears a different tone) on a simulated network with latency,
 * jitter and some loss; each talks in turn while the others listen. Prints who heard whom: frames,
 * seconds of audio and the tone's frequency, recovered from the decompressed samples.
 */
import * as E from 'fp-ts/Either';
import { asyncScheduler, lastValueFrom, merge, reduce, takeUntil, timer, type SchedulerLike } from 'rxjs';
import { steamInit, type SteamClient } from '../../src';
import { createSimulatedSteam, toneVoiceSource } from '../../src/testing';
import { emptyTally, heardOf, logged, member$, tallyAfter, type Member, type Tally } from './voice-chat';

export interface VoiceChatOptions {
  /** Where lines go. Default console.log. */
  readonly log?: (line: string) => void;
  /** The clock of the simulated Steam and the script. Default the real clock. */
  readonly scheduler?: SchedulerLike;
}

export interface VoiceChatResult {
  readonly tally: Tally;
  /** [listener, speaker, what was heard] for every pair. */
  readonly pairs: ReadonlyArray<readonly [string, string, ReturnType<typeof heardOf>]>;
}

/** Who talks when (ms from the start) and what their microphone hears. */
const CAST = [
  { name: 'alice', toneHz: 220, talks: { fromMs: 100, toMs: 700 } },
  { name: 'bob', toneHz: 440, talks: { fromMs: 800, toMs: 1400 } },
  { name: 'carol', toneHz: 660, talks: { fromMs: 1500, toMs: 2100 } },
] as const;
/** Time for the last frames (and the microphone's tail) to land. */
const END_MS = 2600;

export const runVoiceChat = async (options: VoiceChatOptions = {}): Promise<E.Either<string, VoiceChatResult>> => {
  const log = options.log ?? ((line: string) => console.log(line));
  const scheduler = options.scheduler ?? asyncScheduler;
  // A decent home connection: 25 ms each way, up to 15 ms of jitter, 3 % of packets lost.
  const steam = createSimulatedSteam({ scheduler, network: { seed: 'voice-chat', link: { latencyMs: 25, jitterMs: 15, loss: 0.03 } } });
  const clients: SteamClient[] = [];
  try {
    const members: Member[] = [];
    for (const cast of CAST) {
      const user = steam.addUser({ name: cast.name, voiceSource: toneVoiceSource(cast.toneHz) });
      const opened = steamInit({ backend: 'simulated', steam, user });
      if (E.isLeft(opened)) return E.left(`${cast.name}: ${opened.left.message}`);
      clients.push(opened.right);
      members.push({ name: cast.name, steamId: user, client: opened.right, talks: cast.talks });
      log(`${cast.name} (${user}) joins; their microphone hears ${cast.toneHz} Hz; talks ${cast.talks.fromMs}-${cast.talks.toMs} ms`);
    }
    log(`Voice goes unreliably on NetworkingMessages channel 7; the network: 25 ms each way, jitter up to 15 ms, 3 % loss`);
    const room$ = merge(...members.map((member) => member$(member, members, scheduler))).pipe(
      logged(log),
      takeUntil(timer(END_MS, scheduler)),
      reduce(tallyAfter, emptyTally),
    );
    const tally = await lastValueFrom(room$);
    const pairs = members.flatMap((listener) =>
      members.filter((speaker) => speaker !== listener).map((speaker) => [listener.name, speaker.name, heardOf(tally, listener.name, speaker.name)] as const),
    );
    for (const [listener, speaker, heard] of pairs) {
      const sent = tally.sent.get(speaker) ?? 0;
      log(
        heard === null
          ? `${listener} heard nothing from ${speaker}`
          : `${listener} heard ${speaker}: ${heard.frames} of ${sent} frames, ${heard.seconds.toFixed(2)} s of audio, a ${Math.round(heard.frequencyHz)} Hz tone`,
      );
    }
    return E.right({ tally, pairs });
  } finally {
    for (const client of clients) client.shutdown();
    steam.dispose();
  }
};
