import middy from '@middy/core';
import type { ConnectContactFlowEvent } from 'aws-lambda';
import type { UrgentEscalationParameters, UrgentEscalationResult } from '../../contracts/connect-lambdas';
import { LanguageSchema } from '../../contracts/hotlines';
import { logger } from '../shared/logger';
import { appealDeps } from './deps';
import { escalateUrgentCall } from './urgent-calls';

const deps = appealDeps({ urgentTopic: true });

/**
 * Invoked by the 111 contact flow when a caller chooses "urgent" (`escalateUrgentCall`). Returns
 * `{outcome: 'escalated'}`; throws when nobody could be alerted, so the flow marks the escalation failed
 * and the specialist alerts by hand.
 */
export const handler = middy<ConnectContactFlowEvent, UrgentEscalationResult>().handler(async (event) => {
  const contact = event.Details.ContactData;
  const parameters = event.Details.Parameters as Partial<UrgentEscalationParameters>;
  logger.appendKeys({ contactId: contact.ContactId });
  try {
    await escalateUrgentCall(deps, {
      contactId: contact.ContactId,
      ...(contact.CustomerEndpoint?.Address ? { phone: contact.CustomerEndpoint.Address } : {}),
      language: LanguageSchema.catch(deps.settings.defaultLanguage).parse(parameters.lang),
    });
    return { outcome: 'escalated' };
  } finally {
    logger.resetKeys();
  }
});
