import type { FlowDocument } from '../builder/types';
import { buildCustomerQueueFlow } from '../shared/customer-queue-flow';
import { HOTLINE_LANGUAGES } from '../shared/languages';
import { Speaker } from '../shared/speaker';
import type { Family111CustomerQueueRefs } from './refs';

export const FAMILY_111_CUSTOMER_QUEUE_FLOW_NAME = '111-customer-queue';

/** What 111 callers hear while waiting: how many calls are waiting (Polly in ru; a recording per count in kk), then hold music. */
export function build111CustomerQueueFlow(refs: Family111CustomerQueueRefs): FlowDocument {
  return buildCustomerQueueFlow({
    flowName: FAMILY_111_CUSTOMER_QUEUE_FLOW_NAME,
    languages: HOTLINE_LANGUAGES['111'],
    defaultLanguage: 'kk',
    speaker: new Speaker('family', refs.promptArns),
    holdMusicPromptArn: refs.holdMusicPromptArn,
  });
}
