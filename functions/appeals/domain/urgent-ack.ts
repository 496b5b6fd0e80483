import { addMinutes } from '../../sla/domain/deadline';
import type { Actor, Appeal, AppealEvent, UrgentAcknowledgement } from './appeal';
import { NotUrgentError } from './errors';
import { formatRegistrationNumber } from './registration-number';

/**
 * The acknowledgement of an urgent 111 case: the configured state bodies are alerted at once, and one of
 * them must confirm it took the case within `sla.urgentAckMinutes`, round the clock. The clock starts at
 * the first alert (a repeated escalation keeps it); the first acknowledgement stops it and later ones
 * change nothing, so recording one twice is harmless.
 */

export interface UrgentAckClock {
  /** When the state bodies were alerted. */
  readonly escalatedAt: string;
  /** When an acknowledgement is due, in Almaty time. */
  readonly deadline: string;
}

export function urgentAckClock(escalatedAt: string, minutes: number): UrgentAckClock {
  return { escalatedAt, deadline: addMinutes(escalatedAt, minutes) };
}

export interface AcknowledgementInput {
  /** Who acknowledged, as they gave it (e.g. "Duty officer Sultanov, police 102"). */
  readonly by: string;
  readonly bodyId?: string;
  readonly note?: string;
  /** Whether it came by the deadline, as the SLA timer saw it when it was stopped. */
  readonly sla?: 'met' | 'late';
}

/**
 * Whether an appeal can be acknowledged now: throws `NotUrgentError` for an appeal that was never urgent,
 * and gives the standing acknowledgement when there is one (the first one stays; recording again is harmless).
 */
export function acknowledgementState(
  appeal: Pick<Appeal, 'number' | 'urgent' | 'urgentAcknowledgement'>,
):
  | { readonly kind: 'awaited' }
  | { readonly kind: 'already'; readonly acknowledgement: UrgentAcknowledgement } {
  if (!appeal.urgent) throw new NotUrgentError(formatRegistrationNumber(appeal.number));
  return appeal.urgentAcknowledgement
    ? { kind: 'already', acknowledgement: appeal.urgentAcknowledgement }
    : { kind: 'awaited' };
}

/** The acknowledgement as the appeal keeps it, and its `urgent_acknowledged` history event. */
export function acknowledgementOf(
  appeal: Pick<Appeal, 'urgentAckDeadline'>,
  input: AcknowledgementInput,
  actor: Actor,
  at: string,
): { readonly acknowledgement: UrgentAcknowledgement; readonly event: AppealEvent } {
  const by = input.by.trim();
  const bodyId = input.bodyId?.trim() || undefined;
  const note = input.note?.trim() || undefined;
  const sla = input.sla ? { sla: input.sla } : {};
  const acknowledgement: UrgentAcknowledgement = {
    at,
    by,
    ...(bodyId ? { bodyId } : {}),
    recordedBy: actor.id,
    ...sla,
  };
  const event: AppealEvent = {
    type: 'urgent_acknowledged',
    at,
    actor,
    by,
    ...(bodyId ? { bodyId } : {}),
    ...(note ? { note } : {}),
    ...(appeal.urgentAckDeadline ? { deadline: appeal.urgentAckDeadline } : {}),
    ...sla,
  };
  return { acknowledgement, event };
}
