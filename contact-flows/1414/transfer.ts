import type { FlowDocument } from '../builder/types';
import { HOTLINE_LANGUAGES } from '../shared/languages';
import { buildQueueTransferFlow } from '../shared/queue-transfer-flow';
import { Speaker } from '../shared/speaker';
import type { Ucc1414TransferRefs } from './refs';

export const UCC_1414_TRANSFER_FLOW_NAME = '1414-transfer-to-queue';

/**
 * Behind the 1414 operators' queue quick connects: "your call is being transferred to another
 * specialist" (the UCC rules require telling the caller), then the chosen queue. The survey, the
 * customer-queue flow and the agent whisper are attached again, since the transfer starts a new contact:
 * the operator who takes it over is the one the caller then rates.
 */
export function build1414TransferFlow(refs: Ucc1414TransferRefs): FlowDocument {
  return buildQueueTransferFlow({
    flowName: UCC_1414_TRANSFER_FLOW_NAME,
    languages: HOTLINE_LANGUAGES['1414'],
    defaultLanguage: 'kk',
    speaker: new Speaker('ucc', refs.promptArns),
    fallbackQueueArns: refs.queueArns,
    hooks: {
      CustomerRemaining: refs.surveyFlowArn,
      CustomerQueue: refs.customerQueueFlowArn,
      AgentWhisper: refs.agentWhisperFlowArn,
    },
  });
}
