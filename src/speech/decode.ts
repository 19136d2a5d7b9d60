import decode from "audio-decode";

/**
 * Decoding of a recorded answer into mono PCM. `audio-decode` (audiojs,
 * https://github.com/audiojs/audio-decode) sniffs the container and decodes in
 * pure JS/WASM: WAV, and the WebM/Opus that Chrome's MediaRecorder produces,
 * among others. Channels are mixed down by averaging.
 */

/** Longest answer we analyse: 5 minutes. Longer uploads are refused before decoding work piles up. */
export const MAX_AUDIO_MS = 5 * 60 * 1000;

export class AudioDecodeError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "AudioDecodeError";
  }
}

export type DecodedAudio = { samples: Float32Array; sampleRate: number; durationMs: number };

export async function decodeAudio(bytes: Uint8Array): Promise<DecodedAudio> {
  if (!(bytes instanceof Uint8Array) || bytes.byteLength === 0) {
    throw new AudioDecodeError("The audio is empty: no bytes were received.");
  }
  let decoded: { channelData: Float32Array[]; sampleRate: number };
  try {
    decoded = await decode(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AudioDecodeError(`The audio could not be decoded (${reason}). Supported: WAV, WebM/Opus, Ogg, MP3, M4A, FLAC.`, { cause: error });
  }
  const channels = decoded.channelData.filter((c) => c.length > 0);
  const sampleRate = decoded.sampleRate;
  if (channels.length === 0 || !(sampleRate > 0)) {
    throw new AudioDecodeError("The audio is corrupt or truncated: it decoded to no samples.");
  }
  const samples = mixDown(channels);
  return { samples, sampleRate, durationMs: (samples.length / sampleRate) * 1000 };
}

/** Average the channels into one; a mono input is returned as is (no copy). */
export function mixDown(channels: Float32Array[]): Float32Array {
  const first = channels[0];
  if (!first) return new Float32Array(0);
  if (channels.length === 1) return first;
  const length = Math.min(...channels.map((c) => c.length));
  const out = new Float32Array(length);
  for (const channel of channels) {
    for (let i = 0; i < length; i++) out[i] = (out[i] ?? 0) + (channel[i] ?? 0);
  }
  const scale = 1 / channels.length;
  for (let i = 0; i < length; i++) out[i] = (out[i] ?? 0) * scale;
  return out;
}

/** True when the audio is no longer than `maxMs` (MAX_AUDIO_MS by default). */
export function isWithinMaxDuration(durationMs: number, maxMs: number = MAX_AUDIO_MS): boolean {
  return Number.isFinite(durationMs) && durationMs <= maxMs;
}

/** Throws AudioDecodeError when the audio is longer than `maxMs`. */
export function assertMaxDuration(durationMs: number, maxMs: number = MAX_AUDIO_MS): void {
  if (!isWithinMaxDuration(durationMs, maxMs)) {
    const seconds = Math.round(durationMs / 1000);
    throw new AudioDecodeError(`The recording is ${seconds} s long; answers are limited to ${Math.round(maxMs / 1000)} s.`);
  }
}
