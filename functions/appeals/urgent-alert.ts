import type { Logger } from '@aws-lambda-powertools/logger';
import type { HotlineId } from '../../contracts/hotlines';
import {
  URGENT_CALL_MESSAGE_TYPE,
  type UrgentEscalationRequest,
  urgentCallTopicMessage,
  urgentCallTopicSubject,
} from './domain/urgent-call';

/**
 * The part of an urgent call the caller waits on (111's "urgent" choice, `urgent-ivr-handler.ts`): claim
 * the call, alert the state bodies on the urgent topic, and hand the registration to the register, which
 * runs asynchronously with Lambda's retries (`urgent-escalation-handler.ts`). Whether anyone was alerted is
 * known before the flow moves on, so the specialist alerts by hand exactly when the alert did not go out.
 */

/** Once-per-call bookkeeping: the flow may invoke the function again for the same call (a loop, a retry). */
export interface UrgentCallClaims {
  /** False when this call was already alerted; a claim whose alert failed may be taken again. */
  claim(contactId: string, at: string): Promise<boolean>;
  markAlerted(contactId: string, topicMessageId: string): Promise<void>;
}

export interface UrgentAlertDeps {
  readonly hotline: HotlineId;
  readonly claims: UrgentCallClaims;
  readonly topic: { publish(subject: string, message: string, type: string): Promise<string> };
  readonly register: { escalate(request: UrgentEscalationRequest): Promise<void> };
  readonly now: () => Date;
  readonly log: Pick<Logger, 'info' | 'error'>;
}

export type UrgentAlertOutcome = 'alerted' | 'already-alerted';

/** Thrown when the state bodies could not be alerted: the flow takes its error branch. */
export class UrgentAlertError extends Error {
  override readonly name = 'UrgentAlertError';
}

/**
 * Publishes the alert and hands over the registration in parallel, and succeeds only when both did: an alert
 * without a registration would leave no appeal and no acknowledgement clock, a registration without the
 * topic alert leaves the state bodies' duty phones silent. Either way the specialist alerts by hand; the
 * part that did go out is never taken back (an alert twice is better than none).
 */
export async function alertUrgentCall(
  deps: UrgentAlertDeps,
  call: UrgentEscalationRequest,
): Promise<UrgentAlertOutcome> {
  const at = deps.now().toISOString();
  if (!(await deps.claims.claim(call.contactId, at))) {
    deps.log.info('Urgent call already alerted');
    return 'already-alerted';
  }
  const alert = { hotline: deps.hotline, contactId: call.contactId, at, ...languageOf(call) };
  const [published, handedOver] = await Promise.allSettled([
    deps.topic.publish(
      urgentCallTopicSubject(alert),
      urgentCallTopicMessage(alert),
      URGENT_CALL_MESSAGE_TYPE,
    ),
    deps.register.escalate(call),
  ]);
  if (published.status === 'rejected') {
    deps.log.error('The urgent alert could not be published', { error: published.reason as Error });
  }
  if (handedOver.status === 'rejected') {
    deps.log.error('The urgent appeal could not be handed to the register', {
      error: handedOver.reason as Error,
    });
  }
  if (published.status === 'rejected' || handedOver.status === 'rejected') {
    throw new UrgentAlertError(
      published.status === 'rejected'
        ? 'The state bodies could not be alerted on the urgent topic'
        : 'The urgent appeal could not be handed to the register',
    );
  }
  try {
    await deps.claims.markAlerted(call.contactId, published.value);
  } catch (error) {
    // The alert is out: a repeat of the flow would alert once more, which is better than failing the call.
    deps.log.error('The urgent call could not be marked alerted', { error: error as Error });
  }
  deps.log.info('Urgent call alerted; registration handed to the register', {
    topicMessageId: published.value,
  });
  return 'alerted';
}

function languageOf(call: UrgentEscalationRequest) {
  return call.language ? { language: call.language } : {};
}
