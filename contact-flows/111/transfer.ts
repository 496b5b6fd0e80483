import { CONTACT_ATTRIBUTES } from '../../contracts/connect-lambdas';
import type { Language } from '../../contracts/hotlines';
import { FlowBuilder } from '../builder/flow-builder';
import type { FlowDocument } from '../builder/types';
import { HOTLINE_LANGUAGES, isSpoken, perLanguage, TTS_VOICES } from '../shared/languages';
import { addQueueTail, queueTailEntry } from '../shared/queue-tail';
import { buildQueueTransferFlow } from '../shared/queue-transfer-flow';
import { Speaker } from '../shared/speaker';
import type { Family111TransferRefs, Family111TransferTo1414Refs } from './refs';
import { addTransferTo1414 } from './transfer-to-1414-steps';

export const FAMILY_111_TRANSFER_FLOW_NAME = '111-transfer-to-queue';
export const FAMILY_111_TRANSFER_TO_1414_FLOW_NAME = '111-transfer-to-1414';

/** Behind the 111 specialists' queue quick connects: "transferring you to another specialist", then the queue. */
export function build111TransferFlow(refs: Family111TransferRefs): FlowDocument {
  return buildQueueTransferFlow({
    flowName: FAMILY_111_TRANSFER_FLOW_NAME,
    languages: HOTLINE_LANGUAGES['111'],
    defaultLanguage: 'kk',
    speaker: new Speaker('family', refs.promptArns),
    fallbackQueueArns: refs.queueArns,
    hooks: { CustomerQueue: refs.customerQueueFlowArn },
  });
}

/**
 * QUEUE_TRANSFER flow behind the "To 1414" quick connect: when a question belongs to the Unified Contact
 * Center, the specialist transfers the caller here; they hear why and are connected to 1414. If 1414
 * cannot be reached they come back to a 111 specialist in their language.
 */
export function build111TransferTo1414Flow(refs: Family111TransferTo1414Refs): FlowDocument {
  const flow = new FlowBuilder(FAMILY_111_TRANSFER_TO_1414_FLOW_NAME);
  const speaker = new Speaker('family', refs.promptArns);
  const languages = HOTLINE_LANGUAGES['111'];
  const start = (language: Language) => perLanguage(isSpoken(language) ? 'voice' : 'to-1414', language);

  flow
    .enableLogging('start-logging', 'record-calls')
    .recordAgentAndCustomer('record-calls', 'transfer-language')
    .compare(
      'transfer-language',
      `$.Attributes.${CONTACT_ATTRIBUTES.language}`,
      languages.map((language) => ({ operand: language, next: start(language) })),
      start('kk'),
    );
  for (const language of languages) {
    if (isSpoken(language))
      flow.setVoice(perLanguage('voice', language), TTS_VOICES[language], perLanguage('to-1414', language));
    addTransferTo1414(flow, {
      language,
      speaker,
      phoneNumber: refs.ucc1414PhoneNumber,
      onFailure: queueTailEntry.withNotice(language),
    });
    addQueueTail(flow, {
      language,
      speaker,
      queueArn: refs.queueArns[language],
      hooks: { CustomerQueue: refs.customerQueueFlowArn },
    });
  }
  return flow.build();
}
