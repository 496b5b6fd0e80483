import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Language } from '../../../contracts/hotlines';

/** Generated prompt audio lives outside the repository; files are named by content, so reuse is safe. */
const AUDIO_DIR = path.join(os.tmpdir(), 'qoldau-prompt-audio');

function writeOnce(file: string, content: Buffer): void {
  if (fs.existsSync(file)) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Concurrent synths write to a temporary name and rename, so a reader never sees half a file.
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
}

/** Writes audio to a file named by its SHA-256 (once) and returns its path, for an S3 file asset. */
export function promptAudioFile(audio: Buffer): string {
  const file = path.join(AUDIO_DIR, `${createHash('sha256').update(audio).digest('hex')}.wav`);
  writeOnce(file, audio);
  return file;
}

/**
 * Audio made by `make`, kept on disk under `key` (which must say everything the audio depends on), so
 * repeated synths (every infra test builds the app) convert each spoken prompt once per machine.
 */
export function cachedAudio(key: string, make: () => Buffer): Buffer {
  const file = path.join(AUDIO_DIR, 'made', `${createHash('sha256').update(key).digest('hex')}.wav`);
  if (fs.existsSync(file)) return fs.readFileSync(file);
  const audio = make();
  writeOnce(file, audio);
  return audio;
}

/** espeak-ng's voice for each language (Debian's `espeak-ng` package ships all three). */
const ESPEAK_VOICES: Readonly<Record<Language, string>> = { kk: 'kk', ru: 'ru', en: 'en' };

let espeakVersion: string | null | undefined;

/** The installed espeak-ng's version line, or null when it is not installed. */
export function espeakNgVersion(): string | null {
  if (espeakVersion === undefined) {
    const probe = spawnSync('espeak-ng', ['--version'], { encoding: 'utf8' });
    espeakVersion = probe.status === 0 ? probe.stdout.trim() : null;
  }
  return espeakVersion;
}

/**
 * `text` spoken by espeak-ng's voice for `language`, as the PCM WAV it writes; null when espeak-ng is not
 * installed. Cached on disk by voice, version and text: a synth speaks each prompt once per machine.
 */
export function speak(language: Language, text: string): Buffer | null {
  const version = espeakNgVersion();
  if (version === null) return null;
  const voice = ESPEAK_VOICES[language];
  const digest = createHash('sha256').update(`${version}\n${voice}\n${text}`).digest('hex');
  const file = path.join(AUDIO_DIR, 'speech', `${digest}.wav`);
  if (!fs.existsSync(file)) {
    const temporary = `${file}.${process.pid}.tmp.wav`;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const run = spawnSync('espeak-ng', ['-v', voice, '-s', '150', '-w', temporary, text], {
      encoding: 'utf8',
    });
    if (run.status !== 0) {
      throw new Error(`espeak-ng could not speak a ${language} prompt: ${run.stderr || run.error?.message}`);
    }
    fs.renameSync(temporary, file);
  }
  return fs.readFileSync(file);
}
