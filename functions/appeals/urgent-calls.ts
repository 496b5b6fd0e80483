import type { Language } from '../../contracts/hotlines';
import { logger } from '../shared/logger';
import { escalateUrgent, SYSTEM_ACTORS, type UrgentDeps } from './follow-ups';
import { nowIso } from './ports';
import { type RegisterDeps, registerNewAppeal } from './register';

/**
 * A caller chose "urgent" in the 111 contact flow: an urgent appeal (channel `ivr`) is registered and the
 * configured state bodies are alerted at once, before the caller reaches a specialist. The caller's number
 * is stored only as a keyed hash; the Connect contact id links the appeal to the call, and makes the
 * escalation happen once per call however often the flow invokes it.
 */

export interface UrgentCall {
  readonly contactId: string;
  /** The caller's number as Connect gives it, if any. */
  readonly phone?: string;
  readonly language: Language;
}

export type UrgentCallDeps = RegisterDeps & UrgentDeps;

/** Throws when nobody could be alerted, so the flow takes its error branch and the specialist alerts by hand. */
export async function escalateUrgentCall(deps: UrgentCallDeps, call: UrgentCall): Promise<void> {
  const key = `connect:${call.contactId}`;
  const outcome = await registerNewAppeal(deps, {
    channel: 'ivr',
    receivedAt: nowIso(deps),
    language: call.language,
    topic: 'urgent',
    text: '',
    applicant: call.phone ? { phone: call.phone } : {},
    files: [],
    urgent: true,
    actor: SYSTEM_ACTORS.ivr,
    submissionKey: key,
    // One urgent appeal per call, however often the flow invokes this (a retry, a loop in the flow).
    marker: { key, outcome: 'registered' },
    extras: { contactId: call.contactId },
    contactHashOnly: true,
  });
  if (outcome.kind === 'duplicate') {
    logger.info('Urgent call already escalated', { appealNumber: outcome.marker.number });
    return;
  }
  const escalation = await escalateUrgent(deps, outcome.appeal, SYSTEM_ACTORS.ivr);
  await deps.store.completeMarker(key);
  logger.info('Urgent call escalated', {
    appealNumber: outcome.appeal.number,
    notified: escalation.notified.length,
  });
}
