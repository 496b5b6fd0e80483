import { createRequire } from 'node:module';

/**
 * Prompt audio for Connect: 8 kHz mono mu-law WAV, the telephony format Connect's prompts take. Encoding
 * and decoding are `wavefile`'s (a kept library, not our own codec). Placeholders stand in until the voice
 * artist's recordings arrive; supplied recordings are checked here before they reach a deployment. Pure:
 * the CDK step writes the files, and speech (espeak-ng) is produced there and handed in as WAV.
 */

// Through require: wavefile is CommonJS, and a default import of it is undefined under some ESM loaders
// (Vite's, in the test runner's global setup).
const { WaveFile } = createRequire(import.meta.url)('wavefile') as typeof import('wavefile');

export const PROMPT_SAMPLE_RATE = 8000;
/** WAVE_FORMAT_MULAW in the `fmt ` chunk. */
export const MU_LAW_FORMAT = 7;
/** Connect prompts must be shorter than 5 minutes and 50 MB. */
export const MAX_PROMPT_SECONDS = 300;
export const MAX_PROMPT_BYTES = 50 * 1024 * 1024;
/** About how long a speaker takes per character, so a placeholder is as long as its recording will be. */
const SECONDS_PER_CHARACTER = 0.07;
const MIN_SECONDS = 0.5;
/** Placeholders stay well under Connect's limit. */
const MAX_PLACEHOLDER_SECONDS = 240;
const BEEP_SECONDS = 0.15;
const BEEP_HZ = 440;
const AMPLITUDE = 0.2;
/** Between the languages of a multilingual placeholder. */
const PAUSE_SECONDS = 0.4;

/** Samples in -1..1 at 8 kHz as an 8 kHz mono mu-law WAV. */
export function muLawWav(samples: Float32Array): Buffer {
  const pcm = Int16Array.from(samples, (s) => Math.round(Math.max(-1, Math.min(1, s)) * 32767));
  const wav = new WaveFile();
  wav.fromScratch(1, PROMPT_SAMPLE_RATE, '16', pcm);
  wav.toMuLaw();
  return Buffer.from(wav.toBuffer());
}

/** A tone with 10 ms fades so it does not click. */
function tone(samples: Float32Array, from: number, seconds: number, hz: number): void {
  const count = Math.min(Math.round(seconds * PROMPT_SAMPLE_RATE), samples.length - from);
  const fade = Math.round(0.01 * PROMPT_SAMPLE_RATE);
  for (let i = 0; i < count; i++) {
    const envelope = Math.min(1, i / fade, (count - i) / fade);
    samples[from + i] = AMPLITUDE * envelope * Math.sin((2 * Math.PI * hz * i) / PROMPT_SAMPLE_RATE);
  }
}

/** How long the placeholder for this text lasts. */
export function placeholderSeconds(text: string): number {
  return Math.min(MAX_PLACEHOLDER_SECONDS, Math.max(MIN_SECONDS, [...text].length * SECONDS_PER_CHARACTER));
}

/** A short beep followed by silence, as long as the text would take to say (when no voice is installed). */
export function placeholderWav(text: string): Buffer {
  const samples = new Float32Array(Math.round(placeholderSeconds(text) * PROMPT_SAMPLE_RATE));
  tone(samples, 0, BEEP_SECONDS, BEEP_HZ);
  return muLawWav(samples);
}

/** A calm four-note figure repeated for `seconds`, standing in for licensed hold music. */
export function holdMusicWav(seconds = 30): Buffer {
  const notes = [392, 494, 587, 494]; // G4 B4 D5 B4
  const noteSeconds = 0.5;
  const samples = new Float32Array(Math.round(seconds * PROMPT_SAMPLE_RATE));
  const step = noteSeconds * PROMPT_SAMPLE_RATE;
  for (let n = 0; n * step < samples.length; n++) {
    tone(samples, Math.round(n * step), noteSeconds * 0.9, notes[n % notes.length] as number);
  }
  return muLawWav(samples);
}

/** Any PCM WAV (a speech synthesizer's output) as samples in -1..1 at 8 kHz, mono. */
function toPromptSamples(wav: Buffer): Float32Array {
  const file = new WaveFile(wav);
  if ((file.fmt as { bitsPerSample: number }).bitsPerSample !== 16) file.toBitDepth('16');
  // Linear with the low-pass filter: telephone quality, and several times faster than sinc for long texts.
  file.toSampleRate(PROMPT_SAMPLE_RATE, { method: 'linear', LPF: true });
  const channels = file.getSamples(false, Float64Array) as unknown as Float64Array[] | Float64Array;
  const mono = Array.isArray(channels)
    ? (channels[0] as Float64Array).map(
        (_, i) => channels.reduce((sum, c) => sum + (c[i] ?? 0), 0) / channels.length,
      )
    : channels;
  return Float32Array.from(mono, (sample) => sample / 32768);
}

/** Spoken parts (one WAV per language, in order) as one prompt, with a short pause between them. */
export function spokenPromptWav(parts: readonly Buffer[]): Buffer {
  const pause = new Float32Array(Math.round(PAUSE_SECONDS * PROMPT_SAMPLE_RATE));
  const pieces = parts.flatMap((part, i) =>
    i === 0 ? [toPromptSamples(part)] : [pause, toPromptSamples(part)],
  );
  const joined = new Float32Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    joined.set(piece, at);
    at += piece.length;
  }
  return muLawWav(joined);
}

/** What a prompt file holds, as Connect would see it. */
export interface PromptAudioFormat {
  readonly format: number;
  readonly sampleRate: number;
  readonly channels: number;
  readonly bitsPerSample: number;
  readonly seconds: number;
}

export function promptAudioFormat(wav: Buffer): PromptAudioFormat {
  const file = new WaveFile(wav);
  const fmt = file.fmt as {
    audioFormat: number;
    sampleRate: number;
    numChannels: number;
    bitsPerSample: number;
    byteRate: number;
  };
  const dataBytes = (file.data as { chunkSize: number }).chunkSize;
  return {
    format: fmt.audioFormat,
    sampleRate: fmt.sampleRate,
    channels: fmt.numChannels,
    bitsPerSample: fmt.bitsPerSample,
    seconds: fmt.byteRate > 0 ? dataBytes / fmt.byteRate : 0,
  };
}

export class PromptAudioError extends Error {
  override name = 'PromptAudioError';
}

const FIX = 'convert it with e.g. `sox in.wav -r 8000 -c 1 -e mu-law out.wav`';

/**
 * Why Connect would not play this file as a prompt (empty when it would): an 8 kHz mono 8-bit mu-law WAV,
 * longer than nothing and shorter than 5 minutes and 50 MB.
 */
export function promptAudioProblems(wav: Buffer): string[] {
  if (wav.length > MAX_PROMPT_BYTES) return [`is ${wav.length} bytes; Connect takes prompts under 50 MB`];
  let format: PromptAudioFormat;
  try {
    format = promptAudioFormat(wav);
  } catch (error) {
    return [`is not a WAV file (${(error as Error).message}); ${FIX}`];
  }
  const problems: string[] = [];
  if (format.format !== MU_LAW_FORMAT || format.bitsPerSample !== 8) {
    problems.push(
      `is ${format.format === 1 ? 'PCM' : `format ${format.format}`} ${format.bitsPerSample}-bit, not 8-bit mu-law; ${FIX}`,
    );
  }
  if (format.sampleRate !== PROMPT_SAMPLE_RATE)
    problems.push(`is ${format.sampleRate} Hz, not 8000 Hz; ${FIX}`);
  if (format.channels !== 1) problems.push(`has ${format.channels} channels, not 1 (mono); ${FIX}`);
  if (!(format.seconds > 0)) problems.push('holds no audio');
  if (format.seconds >= MAX_PROMPT_SECONDS) {
    problems.push(`lasts ${Math.round(format.seconds)} s; Connect takes prompts under 5 minutes`);
  }
  return problems;
}

/** Throws, naming the file and every problem with it, unless Connect would play it as a prompt. */
export function checkPromptAudio(name: string, wav: Buffer): Buffer {
  const problems = promptAudioProblems(wav);
  if (problems.length > 0) {
    throw new PromptAudioError(
      `Prompt recording ${name} cannot be a Connect prompt: it ${problems.join('; it ')}`,
    );
  }
  return wav;
}
