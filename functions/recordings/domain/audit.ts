import { addCalendarDays, isCalendarDay } from '../../sla/domain/calendar-day';
import { InvalidRecordingRequestError } from './errors';

/**
 * The audit log of recording requests: who asked for what, when it was handed over and every URL issued.
 * Entries are only ever added. Actors are IAM identities (role ARN and session), never a person's name.
 */
export type AuditAction =
  | 'request_registered'
  | 'request_breached'
  | 'request_fulfilled'
  | 'request_no_recordings'
  | 'url_issued'
  | 'audit_read';

/** The function acting on its own (a background search), not on behalf of a caller. */
export const SYSTEM_ACTOR = { arn: 'qoldau:recordings', session: 'system' } as const;

export interface AuditActor {
  readonly arn: string;
  readonly session: string;
}

export interface AuditEvent {
  readonly action: AuditAction;
  readonly at: string;
  readonly actor: AuditActor;
  readonly requestId?: string;
  readonly contactId?: string;
  /** Expiry of an issued URL. */
  readonly expiresAt?: string;
  readonly details?: Readonly<Record<string, string | number | boolean | readonly string[]>>;
}

/** Longest range one audit read may cover. */
export const MAX_AUDIT_DAYS = 31;

/** The Almaty days from `from` to `to`, both included. */
export function auditDays(from: string, to: string): string[] {
  if (!isCalendarDay(from) || !isCalendarDay(to)) {
    throw new InvalidRecordingRequestError('from, to: must be calendar days YYYY-MM-DD');
  }
  if (to < from) throw new InvalidRecordingRequestError(`to: ${to} is before from ${from}`);
  const days: string[] = [];
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) {
    if (days.length === MAX_AUDIT_DAYS) {
      throw new InvalidRecordingRequestError(`from, to: at most ${MAX_AUDIT_DAYS} days per read`);
    }
    days.push(day);
  }
  return days;
}
