/**
 * The microphone every simulated user has unless a test injects one: a steady 440 Hz tone, a pure
 * function of virtual time so the same scenario always yields the same compressed bytes.
 */
import type { VoiceSource } from './simulated-options';

const TONE_HZ = 440;
const AMPLITUDE = 8000;

/** A microphone that hears a steady sine tone: `frequencyHz` (default 440) at peak `amplitude` (default 8000). */
export const toneVoiceSource =
  (frequencyHz: number = TONE_HZ, amplitude: number = AMPLITUDE): VoiceSource =>
  (startMs, sampleCount, sampleRate) => {
    const samples = new Int16Array(sampleCount);
    // Work in whole samples from time zero so consecutive frames join without a phase jump.
    const firstSample = Math.round((startMs * sampleRate) / 1000);
    for (let index = 0; index < sampleCount; index += 1) {
      const seconds = (firstSample + index) / sampleRate;
      samples[index] = Math.round(amplitude * Math.sin(2 * Math.PI * frequencyHz * seconds));
    }
    return samples;
  };

/** The microphone every simulated user has unless a test gives one: a 440 Hz tone. */
export const defaultVoiceSource: VoiceSource = toneVoiceSource();

/** A microphone that hears nothing (recording stays at NoData). */
export const silentVoiceSource: VoiceSource = (_startMs, sampleCount) => new Int16Array(sampleCount);
