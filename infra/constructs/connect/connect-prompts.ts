import * as connect from 'aws-cdk-lib/aws-connect';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';
import { Construct } from 'constructs';
import {
  FAMILY_111_HOLD_MUSIC_PROMPT_NAME,
  holdMusicWav,
  placeholderWav,
  recordedPrompts,
  UCC_1414_HOLD_MUSIC_PROMPT_NAME,
} from '../../../contact-flows/index';
import type { HotlineId } from '../../../contracts/hotlines';
import { CONNECT_METADATA, type PromptMetadata } from './connect-metadata';
import { promptAudioFile } from './connect-prompt-audio';

const HOLD_MUSIC_PROMPT: Readonly<Record<HotlineId, string>> = {
  '1414': UCC_1414_HOLD_MUSIC_PROMPT_NAME,
  '111': FAMILY_111_HOLD_MUSIC_PROMPT_NAME,
};

export interface ConnectPromptsProps {
  readonly hotline: HotlineId;
  readonly instanceArn: string;
}

/**
 * The prompt library: one Connect prompt per recorded prompt of the manifest (Kazakh texts and the
 * multilingual language menu: Polly has no Kazakh voice) and the hold music. Until the voice artist's
 * recordings arrive, each prompt's audio is a placeholder generated at synth time (a beep, then silence as
 * long as the text takes to say) and uploaded as an S3 file asset that CloudFormation hands to Connect.
 * Russian and English are spoken by Polly from the manifest and need no audio.
 */
export class ConnectPrompts extends Construct {
  /** Prompt ARNs by manifest key. */
  public readonly promptArns: Readonly<Record<string, string>>;
  public readonly holdMusicPromptArn: string;

  constructor(scope: Construct, id: string, props: ConnectPromptsProps) {
    super(scope, id);
    const arns: Record<string, string> = {};
    for (const prompt of recordedPrompts(props.hotline)) {
      arns[prompt.key] = this.prompt(prompt.key, placeholderWav(prompt.text), props.instanceArn, 'speech');
    }
    this.promptArns = arns;
    const holdMusic = HOLD_MUSIC_PROMPT[props.hotline];
    this.holdMusicPromptArn = this.prompt(holdMusic, holdMusicWav(), props.instanceArn, 'music');
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
