import * as fs from 'node:fs';
import * as path from 'node:path';
import * as connect from 'aws-cdk-lib/aws-connect';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';
import { Construct } from 'constructs';
import {
  checkPromptAudio,
  FAMILY_111_HOLD_MUSIC_PROMPT_NAME,
  holdMusicWav,
  placeholderWav,
  type RecordedPrompt,
  recordedPrompts,
  spokenPromptWav,
  UCC_1414_HOLD_MUSIC_PROMPT_NAME,
} from '../../../contact-flows/index';
import type { HotlineId } from '../../../contracts/hotlines';
import { REPO_ROOT } from '../core/qoldau-function';
import { CONNECT_METADATA, type PromptMetadata } from './connect-metadata';
import { cachedAudio, espeakNgVersion, promptAudioFile, speak } from './connect-prompt-audio';

/** Where the voice artist's recordings go, one `<prompt key>.wav` each (8 kHz mono mu-law). */
export const PROMPT_RECORDINGS_DIR = path.join(REPO_ROOT, 'contact-flows', 'prompts', 'recordings');

const HOLD_MUSIC_PROMPT: Readonly<Record<HotlineId, string>> = {
  '1414': UCC_1414_HOLD_MUSIC_PROMPT_NAME,
  '111': FAMILY_111_HOLD_MUSIC_PROMPT_NAME,
};

export interface ConnectPromptsProps {
  readonly hotline: HotlineId;
  readonly instanceArn: string;
  /** Folder of supplied recordings, `<prompt key>.wav`. @default PROMPT_RECORDINGS_DIR */
  readonly recordingsDir?: string;
  /**
   * Speak placeholders with espeak-ng when it is installed (Kazakh voice for Kazakh prompts). @default true
   */
  readonly speakPlaceholders?: boolean;
}

/**
 * The prompt library: one Connect prompt per recorded prompt of the manifest (Kazakh texts and the
 * multilingual language menu: Polly has no Kazakh voice) and the hold music. Until the voice artist's
 * recordings arrive, each prompt's audio is a placeholder generated at synth time: its text spoken by
 * espeak-ng's voices (Kazakh for Kazakh prompts) when espeak-ng is installed, so a test call is
 * intelligible, otherwise a beep and silence as long as the text takes to say. A supplied recording
 * (`<recordingsDir>/<key>.wav`) replaces its placeholder after a check that Connect can play it (8 kHz mono
 * mu-law WAV under 5 minutes); a bad one stops synthesis naming the file and the fix. Every file is uploaded
 * as an S3 file asset that CloudFormation hands to Connect. Russian and English are spoken by Polly from the
 * manifest and need no audio.
 */
export class ConnectPrompts extends Construct {
  /** Prompt ARNs by manifest key. */
  public readonly promptArns: Readonly<Record<string, string>>;
  public readonly holdMusicPromptArn: string;

  constructor(scope: Construct, id: string, props: ConnectPromptsProps) {
    super(scope, id);
    const recordingsDir = props.recordingsDir ?? PROMPT_RECORDINGS_DIR;
    const speaks = props.speakPlaceholders ?? true;
    const arns: Record<string, string> = {};
    for (const prompt of recordedPrompts(props.hotline)) {
      const audio = supplied(recordingsDir, prompt.key) ?? placeholder(prompt, speaks);
      arns[prompt.key] = this.prompt(prompt.key, audio, props.instanceArn, 'speech');
    }
    this.promptArns = arns;
    const holdMusic = HOLD_MUSIC_PROMPT[props.hotline];
    const music = supplied(recordingsDir, holdMusic) ?? holdMusicWav();
    this.holdMusicPromptArn = this.prompt(holdMusic, music, props.instanceArn, 'music');
  }

  private prompt(key: string, audio: Buffer, instanceArn: string, kind: PromptMetadata['kind']): string {
    const scope = new Construct(this, key);
    const asset = new s3assets.Asset(scope, 'Audio', { path: promptAudioFile(audio) });
    const prompt = new connect.CfnPrompt(scope, 'Prompt', {
      instanceArn,
      name: key,
      description: kind === 'music' ? 'Hold music (placeholder)' : 'Recorded prompt (placeholder audio)',
      s3Uri: asset.s3ObjectUrl,
    });
    prompt.addMetadata(CONNECT_METADATA.prompt, { key, kind } satisfies PromptMetadata);
    return prompt.attrPromptArn;
  }
}

/** The voice artist's recording of `key`, checked, or undefined when none was supplied. */
function supplied(dir: string, key: string): Buffer | undefined {
  const file = path.join(dir, `${key}.wav`);
  if (!fs.existsSync(file)) return undefined;
  return checkPromptAudio(path.relative(process.cwd(), file) || file, fs.readFileSync(file));
}

/** The text spoken by espeak-ng, language by language, or a beep when it is not installed. */
function placeholder(prompt: RecordedPrompt, speaks: boolean): Buffer {
  const voice = speaks ? espeakNgVersion() : null;
  if (voice === null) return placeholderWav(prompt.text);
  return cachedAudio(`spoken prompt v1\n${voice}\n${JSON.stringify(prompt.parts)}`, () =>
    spokenPromptWav(prompt.parts.map((part) => speak(part.language, part.text) as Buffer)),
  );
}
