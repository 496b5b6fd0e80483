import type { AppealStatus } from '../../appeals/domain/appeal';
import { deadlineOutcome } from '../../appeals/domain/report';
import { almatyDayOf, parseInstant } from '../../sla/domain/almaty-time';
import type { AppealFact, SlaOutcome } from './scorecard';

/**
 * An appeal an operator registered, as the register keeps it: who registered it, when, and its answer clock
 * (the deadline the SLA engine set, moved by calendar edits, and when the appeal was first answered).
 * Nothing about the applicant.
 */
export interface RegisteredAppeal {
  readonly registeredBy: string;
  readonly receivedAt: string;
  readonly status: AppealStatus;
  readonly deadline?: string;
  readonly answeredAt?: string;
}

/**
 * How the appeal's answer deadline went, by the same rule as the register's daily report to its overseers
 * (`deadlineOutcome`): answered by the deadline is `met`; answered late, or unanswered with the deadline
 * passed, is `breached` (the SLA engine has then recorded its breach); unanswered with the deadline ahead is
 * `open`; no deadline, or closed without an answer being owed (a duplicate, a withdrawal), is `none`: the
 * appeal counts as registered but in none of the SLA columns.
 */
export function slaOutcomeOf(
  appeal: Omit<RegisteredAppeal, 'registeredBy' | 'receivedAt'>,
  now: string,
): SlaOutcome {
  switch (deadlineOutcome(appeal, now)) {
    case 'met':
      return 'met';
    case 'missed':
      return 'breached';
    case 'pending':
      return 'open';
    case 'not_applicable':
      return 'none';
  }
}

/** The scorecard's fact of a registered appeal: the operator, the Almaty day of registration, the outcome. */
export function appealFactOf(appeal: RegisteredAppeal, now: string): AppealFact {
  return {
    operator: appeal.registeredBy,
    day: almatyDayOf(parseInstant(appeal.receivedAt)),
    sla: slaOutcomeOf(appeal, now),
  };
}
