/**
 * Benchmark 5: voice frames per second through voice$ and decompress(48000) on the simulated
 * Steam (20 ms frames of a tone, virtual time): several talking clients, one game frame per voice
 * frame. The baseline is voice$ alone (compressed frames, no decoding), in the same run.
 */
import { isLeft } from 'fp-ts/Either';
import { take, timer } from 'rxjs';
import { createSimulatedSteam, VOICE_FRAME_MS } from '../simulated';
import type { SteamClient } from '../src/client/steam-client';
import { steamInit } from '../src/init/steam-init';
import type { BenchResult } from './bench-result';
import { rightOf } from './right-of';
import { alternate, elapsedNs, now } from './timing';
import { VirtualClock } from './virtual-clock';

const TALKERS = 10;
const TALK_MS = 10_000;
const TRIALS = 3;
const SAMPLE_RATE = 48_000;

/** Frames per wall-clock second for one recording session of every talker. */
const trial = (decode: boolean): number => {
  const scheduler = new VirtualClock();
  const steam = createSimulatedSteam({ scheduler, latencyMs: 20 });
  const clients: SteamClient[] = [];
  for (let index = 0; index < TALKERS; index += 1) {
    clients.push(rightOf(steamInit({ backend: 'simulated', steam, user: steam.addUser(), pump: 'manual' })));
  }
  let frames = 0;
  let failures = 0;
  const stop$ = timer(TALK_MS, scheduler);
  for (const client of clients) {
    const voice$ = client.voice$({ stop$ });
    if (decode) {
      voice$.pipe(client.decompress(SAMPLE_RATE)).subscribe((pcm) => {
        if (isLeft(pcm) || pcm.right.length !== (SAMPLE_RATE * VOICE_FRAME_MS) / 1000) failures += 1;
        else frames += 1;
      });
    } else {
      voice$.subscribe(() => {
        frames += 1;
      });
    }
  }
  // One game frame per voice frame, for the talk time and the tail after stop$.
  const gameFrames = (TALK_MS + 1_000) / VOICE_FRAME_MS;
  timer(VOICE_FRAME_MS, VOICE_FRAME_MS, scheduler)
    .pipe(take(gameFrames))
    .subscribe(() => {
      for (const client of clients) client.runCallbacks();
    });
  const start = now();
  scheduler.flush();
  const seconds = elapsedNs(start) / 1e9;
  for (const client of clients) client.shutdown();
  steam.dispose();
  const expectedAtLeast = (TALKERS * TALK_MS) / VOICE_FRAME_MS;
  if (failures > 0 || frames < expectedAtLeast) throw new Error(`bench: ${frames} voice frames (${failures} failed), expected ${expectedAtLeast}+`);
  return frames / seconds;
};

export const voiceThroughput = (): BenchResult[] => {
  const figures = alternate(TRIALS, { decoded: () => trial(true), compressed: () => trial(false) });
  return [
    {
      name: `voice$ + decompress(${SAMPLE_RATE}), ${TALKERS} talkers (simulated)`,
      value: figures.decoded,
      unit: 'frames/s',
      baseline: { name: 'voice$ alone (no decompress)', value: figures.compressed, unit: 'frames/s' },
      ratio: figures.decoded / figures.compressed,
      note: `${VOICE_FRAME_MS} ms frames; real time needs ${1000 / VOICE_FRAME_MS} frames/s per talker`,
    },
  ];
};
