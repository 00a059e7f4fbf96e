/**
 * The simulated voice codec: G.711 mu-law frames with a small header, so compressed voice is real,
 * decodable data (half the size of 16-bit PCM) and corruption is detected.
 *
 * Frame layout (several frames concatenate into one GetVoice packet):
 *   0  "SV" magic         2
 *   2  codec (1 = mu-law) 1
 *   3  payload checksum   1  sum of payload bytes mod 256
 *   4  sample rate        4  uint32 LE
 *   8  sample count       2  uint16 LE
 *  10  mu-law samples     n
 *
 * DecompressVoice outputs 16-bit little-endian mono PCM at any rate in 11025..48000 (linear
 * interpolation from the frame's rate). Other rates are refused with UnsupportedCodec: Steam's
 * decoder does not produce them, and the data itself is fine, so DataCorrupted would mislead.
 */
import { EVoiceResult } from '../native/enums';
import type { VoiceIo } from '../native/steam-core';

export const VOICE_FRAME_HEADER_SIZE = 10;
/** The codec's native rate (GetVoiceOptimalSampleRate). */
export const VOICE_NATIVE_SAMPLE_RATE = 24000;
/** The lowest sample rate DecompressVoice accepts. */
export const MIN_DECOMPRESS_SAMPLE_RATE = 11025;
/** The highest sample rate DecompressVoice accepts. */
export const MAX_DECOMPRESS_SAMPLE_RATE = 48000;
const CODEC_MU_LAW = 1;
const MU_LAW_BIAS = 0x84;
const MU_LAW_CLIP = 32635;

export const muLawEncodeSample = (sample: number): number => {
  const sign = sample < 0 ? 0x80 : 0;
  const magnitude = Math.min(Math.abs(sample), MU_LAW_CLIP) + MU_LAW_BIAS;
  // The segment is the position of the highest set bit among bits 7..14.
  let exponent = 7;
  for (let mask = 0x4000; (magnitude & mask) === 0 && exponent > 0; mask >>= 1) exponent -= 1;
  const mantissa = (magnitude >> (exponent + 3)) & 0x0f;
  return ~(sign | (exponent << 4) | mantissa) & 0xff;
};

export const muLawDecodeSample = (code: number): number => {
  const value = ~code & 0xff;
  const sign = value & 0x80;
  const exponent = (value >> 4) & 0x07;
  const mantissa = value & 0x0f;
  const magnitude = (((mantissa << 3) + MU_LAW_BIAS) << exponent) - MU_LAW_BIAS;
  return sign === 0 ? magnitude : -magnitude;
};

/** One frame; at most 65535 samples. */
export const encodeVoiceFrame = (samples: Int16Array, sampleRate: number): Uint8Array => {
  if (samples.length > 0xffff) throw new Error('steamworks-rx: a voice frame holds at most 65535 samples');
  const bytes = new Uint8Array(VOICE_FRAME_HEADER_SIZE + samples.length);
  const data = new DataView(bytes.buffer);
  let checksum = 0;
  for (let index = 0; index < samples.length; index += 1) {
    const code = muLawEncodeSample(samples[index] ?? 0);
    bytes[VOICE_FRAME_HEADER_SIZE + index] = code;
    checksum = (checksum + code) & 0xff;
  }
  bytes[0] = 0x53;
  bytes[1] = 0x56;
  bytes[2] = CODEC_MU_LAW;
  bytes[3] = checksum;
  data.setUint32(4, sampleRate >>> 0, true);
  data.setUint16(8, samples.length, true);
  return bytes;
};

/** One frame of a simulated voice packet, decoded. */
export interface DecodedVoiceFrame {
  /** The sample rate the frame was encoded at. */
  readonly sampleRate: number;
  /** Its 16-bit mono samples. */
  readonly samples: Int16Array;
}

/** Every frame of a packet, or null when any byte does not belong to a well-formed frame. */
export const decodeVoiceFrames = (compressed: Uint8Array): readonly DecodedVoiceFrame[] | null => {
  const frames: DecodedVoiceFrame[] = [];
  const data = new DataView(compressed.buffer, compressed.byteOffset, compressed.byteLength);
  let at = 0;
  while (at < compressed.byteLength) {
    if (compressed.byteLength - at < VOICE_FRAME_HEADER_SIZE) return null;
    if (compressed[at] !== 0x53 || compressed[at + 1] !== 0x56 || compressed[at + 2] !== CODEC_MU_LAW) return null;
    const sampleRate = data.getUint32(at + 4, true);
    const count = data.getUint16(at + 8, true);
    const start = at + VOICE_FRAME_HEADER_SIZE;
    if (sampleRate < 8000 || sampleRate > MAX_DECOMPRESS_SAMPLE_RATE || start + count > compressed.byteLength) return null;
    const samples = new Int16Array(count);
    let checksum = 0;
    for (let index = 0; index < count; index += 1) {
      const code = compressed[start + index] ?? 0;
      checksum = (checksum + code) & 0xff;
      samples[index] = muLawDecodeSample(code);
    }
    if (checksum !== compressed[at + 3]) return null;
    frames.push({ sampleRate, samples });
    at = start + count;
  }
  return frames;
};

/** Linear-interpolation resampling; deterministic integer output. */
export const resample = (samples: Int16Array, fromRate: number, toRate: number): Int16Array => {
  if (fromRate === toRate) return samples.slice();
  const outputCount = Math.round((samples.length * toRate) / fromRate);
  const output = new Int16Array(outputCount);
  const last = samples.length - 1;
  for (let index = 0; index < outputCount; index += 1) {
    const position = (index * fromRate) / toRate;
    const left = Math.min(Math.floor(position), last);
    const right = Math.min(left + 1, last);
    const fraction = position - left;
    output[index] = Math.round((samples[left] ?? 0) * (1 - fraction) + (samples[right] ?? 0) * fraction);
  }
  return output;
};

/** DecompressVoice semantics: OK, BufferTooSmall (bytesWritten = bytes needed), DataCorrupted, UnsupportedCodec, NoData. */
export const decompressVoice = (compressed: Uint8Array, destination: Uint8Array, sampleRate: number): VoiceIo => {
  if (!Number.isInteger(sampleRate) || sampleRate < MIN_DECOMPRESS_SAMPLE_RATE || sampleRate > MAX_DECOMPRESS_SAMPLE_RATE) {
    return { result: EVoiceResult.UnsupportedCodec, bytesWritten: 0 };
  }
  if (compressed.byteLength === 0) return { result: EVoiceResult.NoData, bytesWritten: 0 };
  const frames = decodeVoiceFrames(compressed);
  if (frames === null) return { result: EVoiceResult.DataCorrupted, bytesWritten: 0 };
  const pieces = frames.map((frame) => resample(frame.samples, frame.sampleRate, sampleRate));
  const needed = pieces.reduce((total, piece) => total + piece.length * 2, 0);
  if (needed > destination.byteLength) return { result: EVoiceResult.BufferTooSmall, bytesWritten: needed };
  const out = new DataView(destination.buffer, destination.byteOffset, destination.byteLength);
  let at = 0;
  for (const piece of pieces) {
    for (const sample of piece) {
      out.setInt16(at, sample, true);
      at += 2;
    }
  }
  return { result: EVoiceResult.OK, bytesWritten: needed };
};
