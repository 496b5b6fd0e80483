import { CONTACT_ATTRIBUTES } from '../../contracts/connect-lambdas';
import type { Language } from '../../contracts/hotlines';
import { FlowBuilder } from '../builder/flow-builder';
import type { EventHookName, FlowDocument } from '../builder/types';
import { isSpoken, perLanguage, TTS_VOICES } from './languages';
import { HOOK_ACTION_NAMES } from './queue-tail';
import type { Speaker } from './speaker';

export interface QueueTransferFlowOptions {
  readonly flowName: string;
  readonly languages: readonly Language[];
  readonly defaultLanguage: Language;
  readonly speaker: Speaker;
  /** Where the caller waits if the queue the operator chose is full or fails: their language's queue. */
  readonly fallbackQueueArns: Readonly<Partial<Record<Language, string>>>;
  readonly hooks: Partial<Record<EventHookName, string>>;
}

/**
 * QUEUE_TRANSFER flow behind the operators' quick connects: the caller first hears that they are being
 * transferred to another specialist, then joins the queue the quick connect names. Recording and the
 * hooks are set again because the transfer starts a new contact.
 */
export function buildQueueTransferFlow(options: QueueTransferFlowOptions): FlowDocument {
  const { speaker } = options;
  const flow = new FlowBuilder(options.flowName);
  const notice = (language: Language) =>
    isSpoken(language) ? perLanguage('voice', language) : perLanguage('notice', language);
  const hookIds = (Object.keys(HOOK_ACTION_NAMES) as EventHookName[]).flatMap((hook) => {
    const flowArn = options.hooks[hook];
    return flowArn === undefined ? [] : [{ hook, id: HOOK_ACTION_NAMES[hook], flowArn }];
  });
  const afterNotice = hookIds[0]?.id ?? 'transfer';

  flow
    .enableLogging('start-logging', 'record-calls')
    .recordAgentAndCustomer('record-calls', 'transfer-language')
    .compare(
      'transfer-language',
      `$.Attributes.${CONTACT_ATTRIBUTES.language}`,
      options.languages.map((language) => ({ operand: language, next: notice(language) })),
      notice(options.defaultLanguage),
    );
  for (const language of options.languages) {
    const id = (name: string) => perLanguage(name, language);
    if (isSpoken(language)) flow.setVoice(id('voice'), TTS_VOICES[language], id('notice'));
    flow.say(id('notice'), speaker.shared('transfer-notice', language), afterNotice);
  }
  hookIds.forEach((h, index) => {
    flow.setEventHook(h.id, h.hook, h.flowArn, hookIds[index + 1]?.id ?? 'transfer');
  });
  flow.transferToQueue('transfer', { onAtCapacity: 'busy-language', onError: 'busy-language' }).compare(
    'busy-language',
    `$.Attributes.${CONTACT_ATTRIBUTES.language}`,
    options.languages.map((language) => ({ operand: language, next: perLanguage('busy', language) })),
    perLanguage('busy', options.defaultLanguage),
  );
  for (const language of options.languages) {
    const id = (name: string) => perLanguage(name, language);
    const fallbackQueue = options.fallbackQueueArns[language];
    if (fallbackQueue === undefined)
      throw new Error(`${options.flowName}: no fallback queue for "${language}"`);
    flow
      .say(id('busy'), speaker.shared('operators-busy', language), id('fallback-queue'))
      .setQueue(id('fallback-queue'), fallbackQueue, 'transfer', 'transfer');
  }
  return flow.build();
}
