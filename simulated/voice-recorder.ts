/**
 * One client's voice capture, modelled lazily on the scheduler's clock: audio is captured in
 * 20 ms frames from StartVoiceRecording on, keeps coming for a tail after StopVoiceRecording
 * (people release push-to-talk early), then recording is off. Silent frames are not sent, as
 * Steam drops silence. Reads never lose data: a short buffer gets BufferTooSmall and keeps it all.
 */
import { EVoiceResult } from '../native/enums';
import type { VoiceIo } from '../native/steam-core';
import type { VoiceSource } from './simulated-options';
import { encodeVoiceFrame, VOICE_NATIVE_SAMPLE_RATE } from './voice-codec';

/** Length of one captured voice frame, in milliseconds. */
export const VOICE_FRAME_MS = 20;
const SAMPLES_PER_FRAME = (VOICE_NATIVE_SAMPLE_RATE * VOICE_FRAME_MS) / 1000;

/** A microphone's state: `off`, `recording`, or `tail` (still capturing for voiceTailMs after StopVoiceRecording). */
export type VoiceRecordingState = 'off' | 'recording' | 'tail';

export class VoiceRecorder {
  /** Start of the frame not yet captured; null when recording is off. */
  private capturedUpTo: number | null = null;
  private stoppedAt: number | null = null;
  private frames: Uint8Array[] = [];

  constructor(
    private readonly now: () => number,
    private readonly source: VoiceSource,
    private readonly tailMs: number,
  ) {}

  start(): void {
    this.capture();
    if (this.capturedUpTo === null) this.capturedUpTo = this.now();
    this.stoppedAt = null;
  }

  stop(): void {
    this.capture();
    if (this.capturedUpTo !== null && this.stoppedAt === null) this.stoppedAt = this.now();
  }

  /** Drops everything at once (shutdown): no tail, no pending data. */
  reset(): void {
    this.capturedUpTo = null;
    this.stoppedAt = null;
    this.frames = [];
  }

  state(): VoiceRecordingState {
    this.capture();
    if (this.capturedUpTo === null) return 'off';
    return this.stoppedAt === null ? 'recording' : 'tail';
  }

  pendingBytes(): number {
    this.capture();
    return this.frames.reduce((total, frame) => total + frame.byteLength, 0);
  }

  available(): { readonly result: number; readonly compressedBytes: number } {
    const compressedBytes = this.pendingBytes();
    if (compressedBytes > 0) return { result: EVoiceResult.OK, compressedBytes };
    return { result: this.capturedUpTo === null ? EVoiceResult.NotRecording : EVoiceResult.NoData, compressedBytes: 0 };
  }

  read(buffer: Uint8Array): VoiceIo {
    const { result, compressedBytes } = this.available();
    if (result !== EVoiceResult.OK) return { result, bytesWritten: 0 };
    if (compressedBytes > buffer.byteLength) return { result: EVoiceResult.BufferTooSmall, bytesWritten: 0 };
    let at = 0;
    for (const frame of this.frames) {
      buffer.set(frame, at);
      at += frame.byteLength;
    }
    this.frames = [];
    return { result: EVoiceResult.OK, bytesWritten: at };
  }

  /** Captures every whole frame that ended by now (or by the end of the tail). */
  private capture(): void {
    if (this.capturedUpTo === null) return;
    const now = this.now();
    const end = this.stoppedAt === null ? now : Math.min(now, this.stoppedAt + this.tailMs);
    while (this.capturedUpTo + VOICE_FRAME_MS <= end) {
      const samples = this.source(this.capturedUpTo, SAMPLES_PER_FRAME, VOICE_NATIVE_SAMPLE_RATE);
      if (samples.some((sample) => sample !== 0)) this.frames.push(encodeVoiceFrame(samples, VOICE_NATIVE_SAMPLE_RATE));
      this.capturedUpTo += VOICE_FRAME_MS;
    }
    if (this.stoppedAt !== null && now >= this.stoppedAt + this.tailMs) {
      this.capturedUpTo = null;
      this.stoppedAt = null;
    }
  }
}
