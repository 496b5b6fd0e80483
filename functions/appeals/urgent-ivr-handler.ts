import middy from '@middy/core';
import type { ConnectContactFlowEvent } from 'aws-lambda';
import type { UrgentEscalationParameters, UrgentEscalationResult } from '../../contracts/connect-lambdas';
import { LanguageSchema } from '../../contracts/hotlines';
import { logger } from '../shared/logger';
import { registerDeps, urgentTopicArn } from './deps';
import { escalateUrgent, SYSTEM_ACTORS } from './follow-ups';
import { registerNewAppeal } from './register';

const deps = { ...registerDeps(), urgentTopicArn: urgentTopicArn() };

/**
 * Invoked by the 111 contact flow when a caller chooses "urgent": registers an urgent appeal (channel
 * `ivr`) and alerts the configured state bodies at once, before the caller reaches a specialist. The
 * caller's number is stored only as a keyed hash; the Connect contact id links the appeal to the call.
 * Returns `{outcome: 'escalated'}`; throws when nobody could be alerted, so the flow marks the
 * escalation failed and the specialist alerts by hand.
 */
export const handler = middy<ConnectContactFlowEvent, UrgentEscalationResult>().handler(async (event) => {
  const contact = event.Details.ContactData;
  const parameters = event.Details.Parameters as Partial<UrgentEscalationParameters>;
  const language = LanguageSchema.catch(deps.settings.defaultLanguage).parse(parameters.lang);
  logger.appendKeys({ contactId: contact.ContactId });
  try {
    const outcome = await registerNewAppeal(deps, {
      channel: 'ivr',
      receivedAt: new Date().toISOString(),
      language,
      topic: 'urgent',
      text: '',
      applicant: {
        ...(contact.CustomerEndpoint?.Address ? { phone: contact.CustomerEndpoint.Address } : {}),
      },
      files: [],
      urgent: true,
      actor: SYSTEM_ACTORS.ivr,
      submissionKey: `connect:${contact.ContactId}`,
      // One urgent appeal per call, however often the flow invokes this (a retry, a loop in the flow).
      marker: { key: `connect:${contact.ContactId}`, outcome: 'registered' },
      extras: { contactId: contact.ContactId },
      contactHashOnly: true,
    });
    if (outcome.kind === 'duplicate') {
      logger.info('Urgent call already escalated', { appealNumber: outcome.marker.number });
      return { outcome: 'escalated' };
    }
    const escalation = await escalateUrgent(deps, outcome.appeal, SYSTEM_ACTORS.ivr);
    await deps.repo.completeMarker(`connect:${contact.ContactId}`);
    logger.info('Urgent call escalated', {
      appealNumber: outcome.appeal.number,
      notified: escalation.notified.length,
    });
    return { outcome: 'escalated' };
  } finally {
    logger.resetKeys();
  }
});
