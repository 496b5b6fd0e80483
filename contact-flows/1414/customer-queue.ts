import type { FlowDocument } from '../builder/types';
import { buildCustomerQueueFlow } from '../shared/customer-queue-flow';
import { HOTLINE_LANGUAGES } from '../shared/languages';
import { Speaker } from '../shared/speaker';
import type { Ucc1414CustomerQueueRefs } from './refs';

export const UCC_1414_CUSTOMER_QUEUE_FLOW_NAME = '1414-customer-queue';

/** What 1414 callers hear while waiting: how many calls are waiting (Polly in ru, en; a recording per count in kk), then hold music. */
export function build1414CustomerQueueFlow(refs: Ucc1414CustomerQueueRefs): FlowDocument {
  return buildCustomerQueueFlow({
    flowName: UCC_1414_CUSTOMER_QUEUE_FLOW_NAME,
    languages: HOTLINE_LANGUAGES['1414'],
    defaultLanguage: 'kk',
    speaker: new Speaker('ucc', refs.promptArns),
    holdMusicPromptArn: refs.holdMusicPromptArn,
  });
}
