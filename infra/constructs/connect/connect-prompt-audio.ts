import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Generated prompt audio lives outside the repository; files are named by content, so reuse is safe. */
const AUDIO_DIR = path.join(os.tmpdir(), 'qoldau-prompt-audio');

/**
 * Writes generated audio to a file named by its SHA-256 (once; concurrent synths write to a temporary name
 * and rename, so a reader never sees half a file) and returns its path, for an S3 file asset.
 */
export function promptAudioFile(audio: Buffer): string {
  const file = path.join(AUDIO_DIR, `${createHash('sha256').update(audio).digest('hex')}.wav`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(AUDIO_DIR, { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  fs.writeFileSync(temporary, audio);
  fs.renameSync(temporary, file);
  return file;
}
