import type { FlowRole } from '../../../contact-flows/registry';
import type { HotlineId } from '../../../contracts/hotlines';

/**
 * Template metadata by which the local Connect stand-in recognises the Connect resources CDK synthesizes,
 * so nothing is declared a second time in local code. Each key names one resource type's marker.
 */
export const CONNECT_METADATA = {
  /** On `AWS::Connect::ContactFlow`: {@link FlowMetadata}. */
  flow: 'qoldau:flow',
  /** On `AWS::Connect::Prompt`: {@link PromptMetadata}. */
  prompt: 'qoldau:prompt',
  /** On `AWS::Connect::Queue`: {@link QueueMetadata}. */
  queue: 'qoldau:queue',
  /** On `AWS::Connect::IntegrationAssociation` of a Lambda: {@link LambdaMetadata}. */
  lambda: 'qoldau:lambda',
  /** On the custom resource that associates a phone number with its flow: {@link PhoneNumberMetadata}. */
  phoneNumber: 'qoldau:phone-number',
} as const;

export interface FlowMetadata {
  readonly hotline: HotlineId;
  /** Key in `flowDefinitions[hotline]`, e.g. `main` or `survey`. */
  readonly key: string;
  readonly role: FlowRole;
}

export interface PromptMetadata {
  /** Manifest key of a recorded prompt, or the hold-music prompt's name. */
  readonly key: string;
  readonly kind: 'speech' | 'music';
}

export interface QueueMetadata {
  readonly language: string;
}

export interface PhoneNumberMetadata {
  readonly label: string;
  /** What callers dial, as published (`1414`, `8 800 080 7777`). */
  readonly published: string;
  readonly carrierRouted: boolean;
  /** Key of the flow the number is associated with. */
  readonly flow: string;
}

export interface LambdaMetadata {
  /** The function's name in the flow contracts (`contracts/connect-lambdas.ts`), e.g. `appealStatus`. */
  readonly name: string;
}
