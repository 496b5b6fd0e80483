import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { PromptAudioError, placeholderWav } from '../../../contact-flows/index';
import { ConnectPrompts } from './connect-prompts';

const INSTANCE = 'arn:aws:connect:eu-central-1:123456789012:instance/00000000-0000-4000-8000-000000000111';

function promptsWith(files: Record<string, Buffer>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoldau-recordings-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return () =>
    new ConnectPrompts(new Stack(new App(), 'Prompts'), 'Prompts', {
      hotline: '111',
      instanceArn: INSTANCE,
      recordingsDir: dir,
      speakPlaceholders: false,
    });
}

/** 16-bit PCM at 8 kHz: what a recording tool writes unless told otherwise. */
function pcm16Wav(): Buffer {
  const data = Buffer.alloc(16000);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

describe('supplied prompt recordings', () => {
  it('replace their placeholder when Connect can play them', () => {
    const build = promptsWith({ 'family-main-menu.wav': placeholderWav('recorded by the voice artist') });
    expect(build().promptArns['family-main-menu']).toBeDefined();
  });

  it('stop synthesis, naming the file and the fix, when they are not 8 kHz mono mu-law', () => {
    const build = promptsWith({ 'family-main-menu.wav': pcm16Wav() });

    expect(build).toThrow(PromptAudioError);
    expect(build).toThrow(
      /family-main-menu\.wav cannot be a Connect prompt: it is PCM 16-bit, not 8-bit mu-law; convert it with/,
    );
  });
});
