import { URGENT_REGISTRATION_SECONDS } from '../../contracts/connect-lambdas';
import type { Language } from '../../contracts/hotlines';
import { logger } from '../shared/logger';
import type { StoredAppeal } from './adapters/appeal-items';
import { escalateUrgent, SYSTEM_ACTORS, type UrgentDeps } from './follow-ups';
import { type Marker, nowIso } from './ports';
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
  let appeal: StoredAppeal;
  if (outcome.kind === 'duplicate') {
    const unfinished = await unfinishedEscalation(deps, outcome.marker);
    if (!unfinished) {
      logger.info('Urgent call already escalated', { appealNumber: outcome.marker.number });
      return;
    }
    // Registered by an earlier run that failed before everyone was alerted (Lambda's retry of the
    // asynchronous invocation): alert now rather than never.
    logger.info('Finishing the escalation of an urgent call', { appealNumber: unfinished.number });
    appeal = unfinished;
  } else {
    appeal = outcome.appeal;
  }
  const escalation = await escalateUrgent(deps, appeal, SYSTEM_ACTORS.ivr);
  await deps.store.completeMarker(key);
  logger.info('Urgent call escalated', {
    appealNumber: appeal.number,
    notified: escalation.notified.length,
  });
}

/**
 * The appeal of a marker an earlier run left pending (registered, not yet escalated), if that run is over:
 * older than the function's timeout, so two runs never alert at the same time (a pending marker younger
 * than that is a run still in progress, which alerts by itself).
 */
async function unfinishedEscalation(deps: UrgentCallDeps, marker: Marker): Promise<StoredAppeal | undefined> {
  if (marker.state !== 'pending' || !marker.number) return undefined;
  const age = deps.clock.now().getTime() - Date.parse(marker.claimedAt);
  if (!(age > URGENT_REGISTRATION_SECONDS * 1000)) return undefined;
  return deps.store.get(marker.number);
}
