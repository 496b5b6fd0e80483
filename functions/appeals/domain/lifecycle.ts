import type { Actor, Appeal, AppealEvent, AppealStatus, AttachmentRef, Referral, Role } from './appeal';
import { MissingTransitionDetailError, RoleNotAllowedError, TransitionNotAllowedError } from './errors';

/**
 * How an appeal moves from registration to closure, and who may move it.
 *
 * - Operators and supervisors take an appeal up, refer it to a state body and record that it was answered.
 * - An answered appeal is closed by the operator who answered it or a supervisor. Closing an appeal that
 *   was never answered (a duplicate, spam, a withdrawal) is a supervisor's decision with a reason, so an
 *   appeal cannot quietly disappear from the queue and its deadline.
 * - `closed` is final; only a supervisor reopens it, with a reason, back to `in_progress`.
 * - When the applicant writes again after the answer, the system puts the appeal back `in_progress` so
 *   someone reads it. A reply to a closed appeal is recorded but does not reopen it (that stays a
 *   supervisor's decision).
 * - A referred appeal can be referred again to another body; its status stays `referred`.
 *
 * SLA events (started, reminded, met, breached, cancelled) are recorded by the SLA capability through
 * `recordEvent`; status changes here do not decide them.
 */

const STAFF: readonly Role[] = ['operator', 'supervisor'];
const SUPERVISOR: readonly Role[] = ['supervisor'];

/** For each status, the statuses it may go to and the roles that may move it there. */
export const TRANSITIONS: Readonly<Record<AppealStatus, Partial<Record<AppealStatus, readonly Role[]>>>> = {
  registered: { in_progress: STAFF, referred: STAFF, answered: STAFF, closed: SUPERVISOR },
  in_progress: { referred: STAFF, answered: STAFF, closed: SUPERVISOR },
  referred: { in_progress: STAFF, referred: STAFF, answered: STAFF, closed: SUPERVISOR },
  answered: { in_progress: [...STAFF, 'system'], closed: STAFF },
  closed: { in_progress: SUPERVISOR },
};

export type StatusChange =
  | { readonly to: 'in_progress'; readonly reason?: string }
  | { readonly to: 'referred'; readonly referral: Referral }
  | { readonly to: 'answered' }
  | { readonly to: 'closed'; readonly reason?: string };

export interface LifecycleResult {
  readonly appeal: Appeal;
  /** The events appended to the history by this step, to write or publish. */
  readonly events: readonly AppealEvent[];
}

/** Statuses `role` may move an appeal in `status` to (for the buttons a desk shows). */
export function allowedNextStatuses(status: AppealStatus, role: Role): AppealStatus[] {
  return Object.entries(TRANSITIONS[status])
    .filter(([, roles]) => roles?.includes(role))
    .map(([to]) => to as AppealStatus);
}

/**
 * Moves an appeal to another status. Throws `TransitionNotAllowedError` for a move the lifecycle does
 * not have, `RoleNotAllowedError` when the actor's role may not make it, and
 * `MissingTransitionDetailError` when a reopening or an unanswered closure has no reason.
 */
export function changeStatus(
  appeal: Appeal,
  change: StatusChange,
  actor: Actor,
  at: string,
): LifecycleResult {
  const from = appeal.status;
  const roles = TRANSITIONS[from][change.to];
  if (!roles) throw new TransitionNotAllowedError(from, change.to, Object.keys(TRANSITIONS[from]));
  if (!roles.includes(actor.role)) throw new RoleNotAllowedError(actor.role, from, change.to);
  const reason = 'reason' in change ? change.reason?.trim() || undefined : undefined;
  if (needsReason(from, change.to) && !reason) {
    throw new MissingTransitionDetailError(change.to, `a reason when the appeal is ${from}`);
  }
  const events: AppealEvent[] = [];
  if (from !== change.to) {
    events.push({ type: 'status_changed', at, actor, from, to: change.to, ...(reason ? { reason } : {}) });
  }
  if (change.to === 'referred') {
    const { bodyId, note } = change.referral;
    if (bodyId.trim() === '')
      throw new MissingTransitionDetailError('referred', 'the id of the body referred to');
    events.push({ type: 'referred', at, actor, bodyId, note });
  }
  const referral = change.to === 'referred' ? { referral: change.referral } : {};
  return {
    appeal: { ...appeal, ...referral, status: change.to, history: [...appeal.history, ...events] },
    events,
  };
}

// Reopening and closing an unanswered appeal are the two moves someone will later ask "why?" about.
function needsReason(from: AppealStatus, to: AppealStatus): boolean {
  return (from === 'closed' && to === 'in_progress') || (to === 'closed' && from !== 'answered');
}

/** Events recorded without changing the status; registration, status changes and replies have their own steps. */
export type RecordableEvent = Exclude<
  AppealEvent,
  { type: 'registered' | 'status_changed' | 'referred' | 'reply_received' }
>;

/** Appends an event that does not move the appeal: an acknowledgement, correspondence, SLA steps, urgent notices. */
export function recordEvent(appeal: Appeal, event: RecordableEvent): LifecycleResult {
  return { appeal: { ...appeal, history: [...appeal.history, event] }, events: [event] };
}

export interface InboundReply {
  readonly messageId?: string;
  readonly text: string;
  readonly attachments: readonly AttachmentRef[];
}

/**
 * The applicant wrote again in the appeal's thread. The reply always joins the history; an answered
 * appeal goes back to `in_progress` (the answer may not have settled it), any other status stays.
 */
export function receiveReply(appeal: Appeal, reply: InboundReply, at: string, actor: Actor): LifecycleResult {
  const received: AppealEvent = {
    type: 'reply_received',
    at,
    actor,
    text: reply.text,
    attachments: reply.attachments,
    ...(reply.messageId ? { messageId: reply.messageId } : {}),
  };
  const withReply: Appeal = { ...appeal, history: [...appeal.history, received] };
  if (appeal.status !== 'answered') return { appeal: withReply, events: [received] };
  const reopened = changeStatus(withReply, { to: 'in_progress', reason: 'the applicant replied' }, actor, at);
  return { appeal: reopened.appeal, events: [received, ...reopened.events] };
}
