/**
 * Public API of contact-flows: flows as typed code, the prompt manifest, and the offline simulator.
 * CDK constructs loop over `flowDefinitions`; the local runtime drives `simulateContact`.
 */
export { build111CustomerQueueFlow } from './111/customer-queue';
export { build111MainFlow, URGENT_QUEUE_PRIORITY } from './111/main';
export * from './111/refs';
export { build111TransferFlow, build111TransferTo1414Flow } from './111/transfer';
export { build1414AgentWhisperFlow } from './1414/agent-whisper';
export { build1414CustomerQueueFlow } from './1414/customer-queue';
export { build1414MainFlow } from './1414/main';
export * from './1414/refs';
export { build1414SurveyFlow } from './1414/survey';
export { build1414TransferFlow } from './1414/transfer';
export { FlowBuilder, renderFlow } from './builder/flow-builder';
export type * from './builder/types';
export {
  ACTION_FLOW_TYPES,
  assertValidFlow,
  FlowValidationError,
  findFlowProblems,
} from './builder/validate';
export { appealStatusPromptSuffix } from './prompts/appeal-status-texts';
export * from './prompts/manifest';
export {
  checkPromptAudio,
  holdMusicWav,
  PROMPT_SAMPLE_RATE,
  PromptAudioError,
  placeholderSeconds,
  placeholderWav,
  promptAudioFormat,
  promptAudioProblems,
  spokenPromptWav,
} from './prompts/wav';
export * from './registry';
export { type CallbackOffer, ESTIMATED_WAIT, OLDEST_CONTACT_AGE } from './shared/callback-offer';
export { errorBranches, flowSafetyProblems, hookBeforeEveryQueueTransfer } from './shared/flow-checks';
export * from './shared/languages';
export { type CatalogEntries, createCatalog } from './simulator/catalog';
export * from './simulator/errors';
export {
  DEFAULT_UCC_1414_NUMBER,
  type LocalHotline,
  localHotline111,
  localHotline1414,
} from './simulator/local-hotline';
export { maskPhoneNumber } from './simulator/phone-numbers';
export { simulateContact } from './simulator/simulate';
export type * from './simulator/types';
