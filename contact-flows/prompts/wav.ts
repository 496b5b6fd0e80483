/**
 * Placeholder audio for Connect prompts until the recordings arrive: 8 kHz, 16-bit, mono PCM WAV, the
 * format Connect recommends for telephony prompts. Pure, so a CDK build step can write the files.
 */

export const PROMPT_SAMPLE_RATE = 8000;
const BYTES_PER_SAMPLE = 2;
const HEADER_BYTES = 44;
/** About how long a speaker takes per character, so a placeholder is as long as its recording will be. */
const SECONDS_PER_CHARACTER = 0.07;
const MIN_SECONDS = 0.5;
/** Connect prompts must stay under 5 minutes. */
const MAX_SECONDS = 240;
const BEEP_SECONDS = 0.15;
const BEEP_HZ = 440;
const AMPLITUDE = 0.2;

function wavFromSamples(samples: Float32Array): Buffer {
  const dataBytes = samples.length * BYTES_PER_SAMPLE;
  const wav = Buffer.alloc(HEADER_BYTES + dataBytes);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + dataBytes, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16); // PCM format chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(PROMPT_SAMPLE_RATE, 24);
  wav.writeUInt32LE(PROMPT_SAMPLE_RATE * BYTES_PER_SAMPLE, 28); // byte rate
  wav.writeUInt16LE(BYTES_PER_SAMPLE, 32); // block align
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(dataBytes, 40);
  samples.forEach((s, i) => {
    wav.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), HEADER_BYTES + i * BYTES_PER_SAMPLE);
  });
  return wav;
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
  return Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, [...text].length * SECONDS_PER_CHARACTER));
}

/** A short beep followed by silence, as long as the text would take to say. */
export function placeholderWav(text: string): Buffer {
  const samples = new Float32Array(Math.round(placeholderSeconds(text) * PROMPT_SAMPLE_RATE));
  tone(samples, 0, BEEP_SECONDS, BEEP_HZ);
  return wavFromSamples(samples);
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
  return wavFromSamples(samples);
}
