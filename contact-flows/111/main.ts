import {
  CONTACT_ATTRIBUTES,
  type Family111Topic,
  FLOW_LAMBDA_SECONDS,
  type UrgentEscalationState,
} from '../../contracts/connect-lambdas';
import type { Language } from '../../contracts/hotlines';
import { FlowBuilder } from '../builder/flow-builder';
import type { FlowDocument } from '../builder/types';
import { addAppealStatusLookup, appealStatusEntry } from '../shared/appeal-status';
import { addLanguageMenu } from '../shared/language-menu';
import { type Family111Language, HOTLINE_LANGUAGES, perLanguage } from '../shared/languages';
import { addQueueTail, queueTailEntry } from '../shared/queue-tail';
import { Speaker } from '../shared/speaker';
import type { Family111MainRefs } from './refs';
import { addTransferTo1414 } from './transfer-to-1414-steps';

export const FAMILY_111_MAIN_FLOW_NAME = '111-main';

/** Urgent calls are routed before every other call in the queue (Connect's default priority is 5). */
export const URGENT_QUEUE_PRIORITY = 1;
const URGENT_LAMBDA_SECONDS = FLOW_LAMBDA_SECONDS.urgentEscalation;

const topicAction = (topic: Family111Topic, language: Language) => perLanguage(`topic-${topic}`, language);

/**
 * 1 urgent: mark the contact, alert the state bodies through the urgentEscalation Lambda at once, and queue
 * at priority 1. The Lambda's answer only changes the `urgentEscalation` attribute (sent/failed) the
 * specialist sees; the caller is queued either way.
 */
function addUrgent(flow: FlowBuilder, speaker: Speaker, refs: Family111MainRefs, language: Language): void {
  const id = (name: string) => perLanguage(name, language);
  const escalation = (state: UrgentEscalationState) => ({ [CONTACT_ATTRIBUTES.urgentEscalation]: state });

  flow
    .setAttributes(
      topicAction('urgent', language),
      { [CONTACT_ATTRIBUTES.urgent]: 'true', [CONTACT_ATTRIBUTES.topic]: 'urgent' },
      id('urgent-alert'),
    )
    .invokeLambda(id('urgent-alert'), {
      functionArn: refs.urgentEscalationLambdaArn,
      timeoutSeconds: URGENT_LAMBDA_SECONDS,
      parameters: { lang: language },
      next: id('urgent-alert-sent'),
      onError: id('urgent-alert-failed'),
    })
    .setAttributes(id('urgent-alert-sent'), escalation('sent'), id('urgent-priority'))
    .setAttributes(id('urgent-alert-failed'), escalation('failed'), id('urgent-priority'))
    .setQueuePriority(id('urgent-priority'), URGENT_QUEUE_PRIORITY, id('urgent-hold'))
    .say(id('urgent-hold'), speaker.play('family-urgent-hold', language), queueTailEntry.direct(language));
}

function addMainMenu(
  flow: FlowBuilder,
  speaker: Speaker,
  refs: Family111MainRefs,
  language: Family111Language,
): void {
  const id = (name: string) => perLanguage(name, language);
  const consultation = topicAction('consultation', language);

  flow
    .menu(id('main-menu'), speaker.play('family-main-menu', language), {
      keys: {
        '1': topicAction('urgent', language),
        '2': consultation,
        '3': appealStatusEntry(language),
        '4': topicAction('state-services', language),
      },
      timeoutSeconds: 6,
      onTimeout: consultation,
      onInvalid: id('main-retry'),
      onError: consultation,
    })
    .loop(id('main-retry'), 1, { again: id('main-invalid'), done: consultation })
    .say(id('main-invalid'), speaker.shared('invalid-choice', language), id('main-menu'));

  addUrgent(flow, speaker, refs, language);
  for (const topic of ['consultation', 'appeal-status'] as const) {
    flow.setAttributes(
      topicAction(topic, language),
      { [CONTACT_ATTRIBUTES.topic]: topic },
      queueTailEntry.withNotice(language),
    );
  }
  flow.setAttributes(
    topicAction('state-services', language),
    { [CONTACT_ATTRIBUTES.topic]: 'state-services' },
    perLanguage('to-1414', language),
  );
  addTransferTo1414(flow, {
    language,
    speaker,
    phoneNumber: refs.ucc1414PhoneNumber,
    onFailure: queueTailEntry.withNotice(language),
  });
  addAppealStatusLookup(flow, {
    language,
    speaker,
    appealStatusLambdaArn: refs.appealStatusLambdaArn,
    mainMenu: id('main-menu'),
    toOperator: topicAction('appeal-status', language),
  });
  addQueueTail(flow, {
    language,
    speaker,
    queueArn: refs.queueArns[language],
    ...(refs.callback === undefined ? {} : { callback: refs.callback }),
    hooks: { CustomerQueue: refs.customerQueueFlowArn },
  });
}

/**
 * Inbound flow of the 111 contact center. Language menu (1 kk, 2 ru; silence: kk at once, a wrong key is
 * asked about once more). Main menu: 1 a threat to the life or health of a child or a woman (urgent),
 * 2 consultation on family, women's and children's rights (also on silence), 3 appeal status,
 * 4 state services: the caller is told and transferred to the Unified Contact Center 1414, or to a 111
 * specialist if that call fails. Every call that reaches a specialist is recorded, as the 111 rules expect.
 */
export function build111MainFlow(refs: Family111MainRefs): FlowDocument {
  const flow = new FlowBuilder(FAMILY_111_MAIN_FLOW_NAME);
  const speaker = new Speaker('family', refs.promptArns);
  const languages = HOTLINE_LANGUAGES['111'];

  flow.enableLogging('start-logging', 'record-calls').recordAgentAndCustomer('record-calls', 'language-menu');
  addLanguageMenu(flow, {
    prompt: speaker.play('family-language-menu', 'kk'),
    languages,
    defaultLanguage: 'kk',
    // A frightened caller who presses nothing should not wait through the menu twice.
    retryOnTimeout: false,
    next: (language) => perLanguage('main-menu', language),
  });
  for (const language of languages) addMainMenu(flow, speaker, refs, language);
  return flow.build();
}
