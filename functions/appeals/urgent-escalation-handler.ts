import middy from '@middy/core';
import { LanguageSchema } from '../../contracts/hotlines';
import { logger } from '../shared/logger';
import { appealDeps } from './deps';
import type { UrgentEscalationRequest } from './domain/urgent-call';
import { escalateUrgentCall } from './urgent-calls';

const deps = appealDeps({ urgentTopic: true });

/**
 * The register's half of an urgent call, invoked asynchronously by the 111 IVR function
 * (`urgent-ivr-handler.ts`) once it has alerted the state bodies: registers the urgent appeal, e-mails the
 * configured recipients, starts the acknowledgement clock and publishes the registered case. Throws on a
 * fault so Lambda tries again and, after its retries, parks the event in the failures queue; the contact id
 * makes it happen once per call however often it runs.
 */
export const handler = middy<UrgentEscalationRequest, void>().handler(async (event) => {
  if (typeof event?.contactId !== 'string' || event.contactId.length === 0) {
    // No retry can fix it, but thrown it ends in the failures queue (after Lambda's retries) instead of vanishing.
    throw new Error('An urgent escalation needs the contactId of the call');
  }
  logger.appendKeys({ contactId: event.contactId });
  try {
    await escalateUrgentCall(deps, {
      contactId: event.contactId,
      ...(event.phone ? { phone: event.phone } : {}),
      language: LanguageSchema.catch(deps.settings.defaultLanguage).parse(event.language),
    });
  } finally {
    logger.resetKeys();
  }
});
