/**
 * Voice through the public API on the simulated Steam (20 ms frames of a 440 Hz tone, a 200 ms
 * tail after stop): voice$ piped through decompress gives PCM, stop$ gives the tail then
 * completes, unsubscribing drains Steam's buffer, bad rates are refused before Steam.
 */
import { isRight, left, right, type Either } from 'fp-ts/Either';
import { take, tap, timer } from 'rxjs';
import { EVoiceResult } from '../../native/enums';
import { VOICE_NATIVE_SAMPLE_RATE } from '../../simulated';
import { steamInit } from '../../src/init/steam-init';
import { thrown } from '../support/misuse';
import { newScheduler, rightOf, world } from './simulated-kit';

/** One captured frame is 20 ms. */
const FRAME_MS = 20;

/** `count` emissions of `value`, one every FRAME_MS from FRAME_MS on, then `end` FRAME_MS later. */
const everyFrame = (count: number, end: string): string =>
  `${FRAME_MS}ms a` + ` ${FRAME_MS - 1}ms a`.repeat(count - 1) + ` ${FRAME_MS - 1}ms ${end}`;

const peak = (pcm: Int16Array): number => pcm.reduce((highest, sample) => Math.max(highest, Math.abs(sample)), 0);

describe('voice$ with decompress', () => {
  it('marbles: a PCM frame per game frame, the 200 ms tail after stop$, then completion when Steam says NotRecording', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { player, frames } = world(scheduler, { voiceTailMs: 200 });
      const { client } = player();
      frames(1000, FRAME_MS);
      const pcm: Array<Either<unknown, Int16Array>> = [];
      // One microphone per client: a single voice$ subscription, observed by the marble and the tap.
      const voice$ = client.voice$({ stop$: timer(100, scheduler) }).pipe(
        client.decompress(48000),
        tap((frame) => pcm.push(frame)),
      );
      // Frames at 20..100 while recording, 120..300 from the tail, NotRecording at 320.
      expectObservable(voice$).toBe(everyFrame(15, '|'), {
        a: right(expect.any(Int16Array)),
      });
      flush();
      expect(pcm).toHaveLength(15);
      for (const frame of pcm) {
        const samples = rightOf(frame);
        expect(samples).toBeInstanceOf(Int16Array);
        // 20 ms at 48 kHz, mono.
        expect(samples.length).toBe(960);
        expect(peak(samples)).toBeGreaterThan(6000);
        expect(peak(samples)).toBeLessThan(9000);
      }
    });
  });

  it('the same recording gives the same PCM on every run', () => {
    const record = (): number[] => {
      const scheduler = newScheduler();
      const samples: number[] = [];
      scheduler.run(({ flush }) => {
        const { player, frames } = world(scheduler);
        const { client } = player({ accountId: 5 });
        frames(200, FRAME_MS);
        client
          .voice$()
          .pipe(client.decompress(24000), take(3))
          .subscribe((frame) => samples.push(...rightOf(frame)));
        flush();
      });
      return samples;
    };
    const first = record();
    expect(first).toHaveLength(3 * 480);
    expect(record()).toEqual(first);
  });

  it('unsubscribing stops recording and reads the tail out of Steam until it is off', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { steam } = world(scheduler, { voiceTailMs: 200 });
      const process = steam.createProcess({ user: steam.addUser() });
      const client = rightOf(steamInit({ backend: 'core', core: process, pump: 'manual' }));
      timer(FRAME_MS, FRAME_MS, scheduler)
        .pipe(take(30))
        .subscribe(() => client.runCallbacks());
      const seen: Uint8Array[] = [];
      const subscription = client.voice$().subscribe((frame) => seen.push(rightOf(frame)));
      const states: string[] = [];
      const pending: number[] = [];
      scheduler.schedule(() => subscription.unsubscribe(), 90);
      for (const at of [50, 150, 330]) {
        scheduler.schedule(() => {
          states.push(steam.inspect.client(process)?.voice.state ?? 'none');
          pending.push(steam.inspect.client(process)?.voice.pendingBytes ?? -1);
        }, at);
      }
      flush();
      expect(seen).toHaveLength(4);
      expect(states).toEqual(['recording', 'tail', 'off']);
      expect(pending[2]).toBe(0);
      expect(steam.inspect.callCounts(process)['user.stopVoiceRecording']).toBe(1);
    });
  });

  it('shutting down while recording completes voice$ and turns the microphone off', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { steam } = world(scheduler);
      const process = steam.createProcess({ user: steam.addUser() });
      const client = rightOf(steamInit({ backend: 'core', core: process, pump: 'manual' }));
      timer(FRAME_MS, FRAME_MS, scheduler)
        .pipe(take(10))
        .subscribe(() => client.runCallbacks());
      let completed = -1;
      let frames = 0;
      client.voice$().subscribe({ next: () => (frames += 1), complete: () => (completed = scheduler.now()) });
      scheduler.schedule(() => client.shutdown(), 70);
      flush();
      expect(frames).toBe(3);
      expect(completed).toBe(70);
      expect(steam.inspect.client(process)).toBeNull();
    });
  });
});

describe('synchronous voice calls', () => {
  it('getAvailableVoice, getVoice() and decompressVoice: three 20 ms frames become 3 x 480 samples at 24 kHz', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { player } = world(scheduler);
      const { client } = player();
      expect(client.getVoiceOptimalSampleRate()).toBe(VOICE_NATIVE_SAMPLE_RATE);
      expect(client.getAvailableVoice().result).toBe(EVoiceResult.NotRecording);
      client.startVoiceRecording();
      let available = { result: -1, buffer: -1 };
      let pcm: Int16Array = new Int16Array();
      scheduler.schedule(() => {
        available = client.getAvailableVoice();
        const read = rightOf(client.getVoice());
        expect(read.written).toBe(available.buffer);
        pcm = rightOf(client.decompressVoice(read.buffer, 24000));
      }, 60);
      flush();
      expect(available.result).toBe(EVoiceResult.OK);
      expect(pcm.length).toBe(3 * 480);
      expect(peak(pcm)).toBeGreaterThan(6000);
    });
  });

  it('decompressVoice refuses rates outside 11025..48000 as InvalidArgument; corrupt data is a VoiceError', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { player } = world(scheduler);
      const { client } = player();
      for (const rate of [8000, 11024, 48001, 96000, 22050.5]) {
        expect(thrown(() => client.decompressVoice(Uint8Array.of(1, 2, 3), rate))).toMatchObject({ _tag: 'InvalidArgument', argument: 'sampleRate' });
      }
      expect(client.decompressVoice(Uint8Array.from({ length: 11 }, (_, index) => index + 1), 24000)).toEqual(
        left(expect.objectContaining({ _tag: 'VoiceError', result: EVoiceResult.DataCorrupted })),
      );
      expect(isRight(client.decompressVoice(Uint8Array.of(1), 11025))).toBe(false);
    });
  });
});
