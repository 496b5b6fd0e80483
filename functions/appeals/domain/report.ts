import type { HotlineId } from '../../../contracts/hotlines';
import { almatyDayOf, parseInstant } from '../../sla/domain/almaty-time';
import { metDeadline } from '../../sla/domain/deadline';
import type { AppealStatus, Channel } from './appeal';

/**
 * The periodic summary of received appeals that the hotline sends its overseers: how many came in, by
 * hotline, channel, topic, status and whether the answer deadline was met. One CSV row per combination
 * that occurred, so a spreadsheet pivot gives any total; no row carries anything about a person.
 */

export interface ReportedAppeal {
  readonly hotline: HotlineId;
  readonly channel: Channel;
  readonly topic?: string;
  readonly status: AppealStatus;
  readonly receivedAt: string;
  readonly deadline?: string;
  /** When the appeal was first answered. */
  readonly answeredAt?: string;
}

/**
 * `met`/`missed`: answered in time or late, or not answered and the deadline has passed (`missed`);
 * `pending`: not answered, deadline still ahead; `not_applicable`: no deadline, or closed without an
 * answer being owed (a duplicate, a withdrawal).
 */
export type DeadlineOutcome = 'met' | 'missed' | 'pending' | 'not_applicable';

export interface ReportRow {
  readonly hotline: HotlineId;
  readonly channel: Channel;
  readonly topic: string;
  readonly status: AppealStatus;
  readonly deadline: DeadlineOutcome;
  readonly count: number;
}

export interface ReportPeriod {
  /** Inclusive ISO instant. */
  readonly from: string;
  /** Exclusive ISO instant. */
  readonly to: string;
  /** The Almaty day covered, for names and subjects. */
  readonly day: string;
}

export const NO_TOPIC = '(none)';

export function deadlineOutcome(
  appeal: Pick<ReportedAppeal, 'status' | 'deadline' | 'answeredAt'>,
  now: string,
): DeadlineOutcome {
  if (appeal.deadline === undefined) return 'not_applicable';
  if (appeal.answeredAt !== undefined)
    return metDeadline(appeal.deadline, appeal.answeredAt) ? 'met' : 'missed';
  if (appeal.status === 'closed') return 'not_applicable';
  return metDeadline(appeal.deadline, now) ? 'pending' : 'missed';
}

/** Counts per combination, sorted so two reports of the same data are identical. */
export function summarizeAppeals(appeals: readonly ReportedAppeal[], now: string): ReportRow[] {
  const counts = new Map<string, ReportRow>();
  for (const appeal of appeals) {
    const row: Omit<ReportRow, 'count'> = {
      hotline: appeal.hotline,
      channel: appeal.channel,
      topic: appeal.topic?.trim() || NO_TOPIC,
      status: appeal.status,
      deadline: deadlineOutcome(appeal, now),
    };
    const key = JSON.stringify(row);
    counts.set(key, { ...row, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

export const REPORT_COLUMNS = ['hotline', 'channel', 'topic', 'status', 'deadline', 'count'] as const;

/**
 * One CSV field: quoted when it holds a separator, quote or line break; a leading `= + - @` (which a
 * spreadsheet would run as a formula: topics come from a public web form) is neutralised with a quote.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** The CSV (header row first, CRLF line ends as RFC 4180 says). */
export function reportCsv(rows: readonly ReportRow[]): string {
  const lines = [
    REPORT_COLUMNS.join(','),
    ...rows.map((row) => REPORT_COLUMNS.map((column) => csvField(row[column])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** The Almaty day before `now`: a report sent in the morning covers all of yesterday. */
export function previousAlmatyDay(now: string): ReportPeriod {
  const today = almatyDayOf(parseInstant(now));
  const todayStart = parseInstant(`${today}T00:00:00+05:00`);
  const from = new Date(todayStart - 86_400_000);
  return {
    from: from.toISOString(),
    to: new Date(todayStart).toISOString(),
    day: almatyDayOf(from.getTime()),
  };
}

/** Totals for the e-mail's text: appeals received, and how many deadlines were met or missed. */
export function reportTotals(rows: readonly ReportRow[]): Record<'received' | DeadlineOutcome, number> {
  const totals = { received: 0, met: 0, missed: 0, pending: 0, not_applicable: 0 };
  for (const row of rows) {
    totals.received += row.count;
    totals[row.deadline] += row.count;
  }
  return totals;
}
