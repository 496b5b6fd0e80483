import { CONTACT_ATTRIBUTES } from '../../contracts/connect-lambdas';
import { FlowBuilder } from '../builder/flow-builder';
import type { FlowDocument } from '../builder/types';

export const UCC_1414_AGENT_WHISPER_FLOW_NAME = '1414-agent-whisper';

/**
 * AGENT_WHISPER flow, set as the `AgentWhisper` hook before every 1414 queue transfer. It runs when an
 * operator accepts the call: it stores the operator's user name (`$.Agent.UserName`) in the `agent`
 * attribute, which the disconnect contact inherits, so the post-call survey can say whose consultation the
 * caller rated (Connect's documented use of contact attributes for post-call surveys). Then it whispers the
 * queue name to the operator, as Connect's default agent whisper does, since a hook replaces that default:
 * an operator of the multilingual routing profile learns the caller's language (`ucc-kk`, `ucc-ru`,
 * `ucc-en`) before greeting them. Whatever fails, the flow ends and operator and caller are joined.
 */
export function build1414AgentWhisperFlow(): FlowDocument {
  return new FlowBuilder(UCC_1414_AGENT_WHISPER_FLOW_NAME, 'AGENT_WHISPER')
    .enableLogging('start-logging', 'remember-operator')
    .setAttributes('remember-operator', { [CONTACT_ATTRIBUTES.agent]: '$.Agent.UserName' }, 'queue-name')
    .say('queue-name', { Text: '$.Queue.Name' }, 'join')
    .endFlow('join')
    .build();
}
