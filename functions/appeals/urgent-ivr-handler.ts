import type { UrgentEscalationResult } from '../../contracts/connect-lambdas';
import type { HotlineId } from '../../contracts/hotlines';
import { ENV, readEnv } from '../shared/env';
import { logger } from '../shared/logger';
import { asyncRegister, leanUrgentTopic, urgentCallClaims } from './adapters/urgent-lean';
import { callLanguage, type UrgentEscalationRequest } from './domain/urgent-call';
import { alertUrgentCall, type UrgentAlertDeps } from './urgent-alert';

// Lean on purpose (no AWS SDK, no schema library, no middy): the caller holds while this starts. The
// register's paperwork runs in `urgent-escalation-handler.ts`, which this function invokes asynchronously.
const env = readEnv([
  ENV.hotline,
  ENV.languages,
  ENV.appealsTable,
  ENV.urgentTopic,
  ENV.urgentEscalationFunction,
]);
const languages = env[ENV.languages].split(',');
const deps: UrgentAlertDeps = {
  hotline: env[ENV.hotline] as HotlineId,
  claims: urgentCallClaims(env[ENV.appealsTable]),
  topic: leanUrgentTopic(env[ENV.urgentTopic]),
  register: asyncRegister(env[ENV.urgentEscalationFunction]),
  now: () => new Date(),
  log: logger,
};

/** The part of Connect's event this function reads. */
interface UrgentCallEvent {
  readonly Details?: {
    readonly ContactData?: {
      readonly ContactId?: unknown;
      readonly CustomerEndpoint?: { readonly Address?: unknown } | null;
    };
    readonly Parameters?: { readonly lang?: unknown };
  };
}

/**
 * Invoked by the 111 contact flow when a caller chooses "urgent" (`urgentEscalation`). Returns
 * `{outcome: 'escalated'}` once the state bodies are alerted and the registration is handed over; throws when
 * they could not be alerted, so the flow marks the escalation failed and the specialist alerts by hand.
 */
export async function handler(event: UrgentCallEvent): Promise<UrgentEscalationResult> {
  const request = urgentCallOf(event);
  logger.appendKeys({ contactId: request.contactId });
  try {
    await alertUrgentCall(deps, request);
    return { outcome: 'escalated' };
  } finally {
    logger.resetKeys();
  }
}

/** Only the contact id is required: an urgent caller never fails on a parameter the flow left out. */
function urgentCallOf(event: UrgentCallEvent): UrgentEscalationRequest {
  const contact = event.Details?.ContactData;
  const contactId = contact?.ContactId;
  if (typeof contactId !== 'string' || contactId.length === 0) {
    throw new Error('Not a Connect contact flow event: Details.ContactData.ContactId is missing');
  }
  const phone = contact?.CustomerEndpoint?.Address;
  const language = callLanguage(event.Details?.Parameters?.lang, languages);
  return {
    contactId,
    ...(typeof phone === 'string' && phone.length > 0 ? { phone } : {}),
    ...(language ? { language } : {}),
  };
}
