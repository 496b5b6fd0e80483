import { CONTACT_ATTRIBUTES, type Ucc1414Topic } from '../../contracts/connect-lambdas';
import type { Language } from '../../contracts/hotlines';
import { FlowBuilder } from '../builder/flow-builder';
import type { FlowDocument } from '../builder/types';
import { addAppealStatusLookup, appealStatusEntry } from '../shared/appeal-status';
import { addLanguageMenu } from '../shared/language-menu';
import { HOTLINE_LANGUAGES, perLanguage, type Ucc1414Language } from '../shared/languages';
import { addQueueTail, queueTailEntry } from '../shared/queue-tail';
import { Speaker } from '../shared/speaker';
import type { Ucc1414MainRefs } from './refs';

export const UCC_1414_MAIN_FLOW_NAME = '1414-main';

const topicAction = (topic: Ucc1414Topic, language: Language) => perLanguage(`topic-${topic}`, language);

function addMainMenu(
  flow: FlowBuilder,
  speaker: Speaker,
  refs: Ucc1414MainRefs,
  language: Ucc1414Language,
): void {
  const id = (name: string) => perLanguage(name, language);
  const toOperator = topicAction('general', language);

  flow
    .menu(id('main-menu'), speaker.play('ucc-main-menu', language), {
      keys: {
        '1': topicAction('egov', language),
        '2': topicAction('eds', language),
        '3': topicAction('gov-is', language),
        '4': appealStatusEntry(language),
        '0': toOperator,
      },
      timeoutSeconds: 6,
      onTimeout: toOperator,
      onInvalid: id('main-retry'),
      onError: toOperator,
    })
    // A wrong key is asked about once more; a second wrong key goes to an operator.
    .loop(id('main-retry'), 1, { again: id('main-invalid'), done: toOperator })
    .say(id('main-invalid'), speaker.shared('invalid-choice', language), id('main-menu'));

  const topics: Ucc1414Topic[] = ['egov', 'eds', 'gov-is', 'general', 'appeal-status'];
  for (const topic of topics) {
    flow.setAttributes(
      topicAction(topic, language),
      { [CONTACT_ATTRIBUTES.topic]: topic },
      queueTailEntry.withNotice(language),
    );
  }

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
    hooks: {
      CustomerRemaining: refs.surveyFlowArn,
      CustomerQueue: refs.customerQueueFlowArn,
      AgentWhisper: refs.agentWhisperFlowArn,
    },
  });
}

/**
 * Inbound flow of the Unified Contact Center 1414.
 * Language menu (1 kk, 2 ru, 3 en; silence or a wrong key twice: kk), then the main menu:
 * 1 state services and egov.kz, 2 digital signature (NCA PKI), 3 state bodies' information systems
 * (each sets `topic` and queues to the caller's language queue), 4 appeal status by registration number,
 * 0 or silence an operator; a wrong key is asked once more, then an operator.
 * Before queuing it sets the post-call survey (CustomerRemaining), the customer-queue flow and the agent
 * whisper (which tells the survey which operator took the call); a hook that fails still queues the caller.
 */
export function build1414MainFlow(refs: Ucc1414MainRefs): FlowDocument {
  const flow = new FlowBuilder(UCC_1414_MAIN_FLOW_NAME);
  const speaker = new Speaker('ucc', refs.promptArns);
  const languages = HOTLINE_LANGUAGES['1414'];

  flow.enableLogging('start-logging', 'record-calls').recordAgentAndCustomer('record-calls', 'language-menu');
  addLanguageMenu(flow, {
    prompt: speaker.play('ucc-language-menu', 'kk'),
    languages,
    defaultLanguage: 'kk',
    retryOnTimeout: true,
    next: (language) => perLanguage('main-menu', language),
  });
  for (const language of languages) addMainMenu(flow, speaker, refs, language);
  return flow.build();
}
