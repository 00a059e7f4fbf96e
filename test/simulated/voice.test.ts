import { TestScheduler } from 'rxjs/testing';
import { EVoiceResult } from '../../native/enums';
import {
  createSimulatedSteam,
  decodeVoiceFrames,
  encodeVoiceFrame,
  silentVoiceSource,
  VOICE_NATIVE_SAMPLE_RATE,
  type VoiceSource,
} from '../../simulated';
import type { UserPort } from '../../native/steam-core';
import { unwrap } from './simulated-test-kit';

const newScheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

const voiceScenario = (scheduler: TestScheduler, voiceSource?: VoiceSource) => {
  const steam = createSimulatedSteam({ scheduler, voiceTailMs: 200 });
  const core = steam.createProcess({ user: steam.addUser(voiceSource === undefined ? {} : { voiceSource }) });
  return { steam, core, user: unwrap(core.initClient()).user };
};

/** The recording state GetVoice reports at each of the given virtual times. */
const resultsAt = (scheduler: TestScheduler, user: UserPort, times: readonly number[]): number[] => {
  const results: number[] = [];
  for (const time of times) scheduler.schedule(() => results.push(user.getVoice(new Uint8Array(65536)).result), time);
  return results;
};

describe('voice recording states', () => {
  it('NotRecording when off, NoData before a frame, OK with frames, a 200 ms tail after stop, then NotRecording', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { steam, core, user } = voiceScenario(scheduler);
      expect(user.getAvailableVoice()).toEqual({ result: EVoiceResult.NotRecording, compressedBytes: 0 });
      user.startVoiceRecording();
      expect(steam.inspect.client(core)?.voice).toEqual({ state: 'recording', recording: true, pendingBytes: 0 });
      expect(user.getAvailableVoice().result).toBe(EVoiceResult.NoData);
      scheduler.schedule(() => user.stopVoiceRecording(), 100);
      const results = resultsAt(scheduler, user, [10, 40, 100, 200, 299, 300, 301]);
      const states: string[] = [];
      for (const time of [150, 310]) scheduler.schedule(() => states.push(steam.inspect.client(core)?.voice.state ?? ''), time);
      flush();
      expect(results).toEqual([
        EVoiceResult.NoData, // 10 ms: no whole 20 ms frame yet
        EVoiceResult.OK,
        EVoiceResult.OK,
        EVoiceResult.OK, // the tail keeps capturing after stop
        EVoiceResult.OK,
        EVoiceResult.OK, // the last tail frame ends at 300
        EVoiceResult.NotRecording,
      ]);
      expect(states).toEqual(['tail', 'off']);
    });
  });

  it('GetAvailableVoice counts the compressed bytes; a short buffer gets BufferTooSmall and loses nothing', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { user } = voiceScenario(scheduler);
      user.startVoiceRecording();
      let available = 0;
      let first = { result: -1, bytesWritten: -1 };
      let second = { result: -1, bytesWritten: -1 };
      let packet = new Uint8Array();
      scheduler.schedule(() => {
        available = user.getAvailableVoice().compressedBytes;
        first = user.getVoice(new Uint8Array(available - 1));
        const buffer = new Uint8Array(available);
        second = user.getVoice(buffer);
        packet = buffer;
      }, 60);
      flush();
      const frameBytes = 10 + (VOICE_NATIVE_SAMPLE_RATE * 20) / 1000;
      expect(available).toBe(3 * frameBytes);
      expect(first).toEqual({ result: EVoiceResult.BufferTooSmall, bytesWritten: 0 });
      expect(second).toEqual({ result: EVoiceResult.OK, bytesWritten: available });
      expect(decodeVoiceFrames(packet)?.length).toBe(3);
      expect(user.getAvailableVoice().result).toBe(EVoiceResult.NoData);
    });
  });

  it('a silent microphone never produces data', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { user } = voiceScenario(scheduler, silentVoiceSource);
      user.startVoiceRecording();
      const results = resultsAt(scheduler, user, [100, 500]);
      flush();
      expect(results).toEqual([EVoiceResult.NoData, EVoiceResult.NoData]);
    });
  });

  it('the same scenario yields the same compressed bytes', () => {
    const capture = (): Uint8Array => {
      const scheduler = newScheduler();
      let bytes = new Uint8Array();
      scheduler.run(({ flush }) => {
        const { user } = voiceScenario(scheduler);
        scheduler.schedule(() => user.startVoiceRecording(), 7);
        scheduler.schedule(() => {
          const buffer = new Uint8Array(8192);
          bytes = buffer.slice(0, user.getVoice(buffer).bytesWritten);
        }, 90);
        flush();
      });
      return bytes;
    };
    const first = capture();
    expect(first.length).toBeGreaterThan(0);
    expect(capture()).toEqual(first);
  });
});

describe('DecompressVoice', () => {
  const tone = (count: number): Int16Array => Int16Array.from({ length: count }, (_, index) => Math.round(6000 * Math.sin(index / 5)));

  it('gives 16-bit PCM at the requested rate close to the captured signal', () => {
    const steam = createSimulatedSteam();
    const user = unwrap(steam.createProcess({ user: steam.addUser() }).initClient()).user;
    expect(user.getVoiceOptimalSampleRate()).toBe(VOICE_NATIVE_SAMPLE_RATE);
    const samples = tone(480);
    const compressed = encodeVoiceFrame(samples, VOICE_NATIVE_SAMPLE_RATE);
    const pcm = new Uint8Array(4096);
    expect(user.decompressVoice(compressed, pcm, VOICE_NATIVE_SAMPLE_RATE)).toEqual({ result: EVoiceResult.OK, bytesWritten: 960 });
    const decoded = new Int16Array(pcm.buffer, 0, 480);
    for (let index = 0; index < 480; index += 1) expect(Math.abs((decoded[index] ?? 0) - (samples[index] ?? 0))).toBeLessThan(400);
    expect(user.decompressVoice(compressed, new Uint8Array(8192), 48000)).toEqual({ result: EVoiceResult.OK, bytesWritten: 1920 });
    expect(user.decompressVoice(compressed, new Uint8Array(8192), 11025)).toEqual({ result: EVoiceResult.OK, bytesWritten: 2 * 221 });
    steam.dispose();
  });

  it('BufferTooSmall reports the size needed; garbage is DataCorrupted; rates outside 11025..48000 are UnsupportedCodec', () => {
    const steam = createSimulatedSteam();
    const user = unwrap(steam.createProcess({ user: steam.addUser() }).initClient()).user;
    const compressed = encodeVoiceFrame(tone(480), VOICE_NATIVE_SAMPLE_RATE);
    expect(user.decompressVoice(compressed, new Uint8Array(100), VOICE_NATIVE_SAMPLE_RATE)).toEqual({
      result: EVoiceResult.BufferTooSmall,
      bytesWritten: 960,
    });
    expect(user.decompressVoice(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]), new Uint8Array(100), 24000).result).toBe(
      EVoiceResult.DataCorrupted,
    );
    const flipped = compressed.slice();
    flipped[200] = (flipped[200] ?? 0) ^ 0x10;
    expect(user.decompressVoice(flipped, new Uint8Array(4096), 24000).result).toBe(EVoiceResult.DataCorrupted);
    expect(user.decompressVoice(compressed.slice(0, 300), new Uint8Array(4096), 24000).result).toBe(EVoiceResult.DataCorrupted);
    expect(user.decompressVoice(compressed, new Uint8Array(4096), 8000).result).toBe(EVoiceResult.UnsupportedCodec);
    expect(user.decompressVoice(compressed, new Uint8Array(4096), 96000).result).toBe(EVoiceResult.UnsupportedCodec);
    steam.dispose();
  });
});
