import type { ScorecardRow } from './scorecard';

export const SCORECARD_CSV_COLUMNS = [
  'week',
  'operator',
  'calls',
  'average_handle_seconds',
  'ratings',
  'rating_average',
  'low_ratings',
  'transferred_ratings',
  'transferred_rating_average',
  'evaluations',
  'evaluation_average',
  'critical_fails',
  'practice_calls',
  'practice_average',
  'appeals_registered',
  'sla_met',
  'sla_breached',
  'sla_open',
  'sla_met_percent',
] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A text cell a spreadsheet would
 * read as a formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe, so an exported login cannot run.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function scorecardCsv(rows: readonly ScorecardRow[]): string {
  const lines = rows.map((row) =>
    [
      row.week,
      row.operator,
      row.calls,
      row.averageHandleSeconds,
      row.ratings.count,
      row.ratings.average,
      row.ratings.low,
      row.transferredRatings.count,
      row.transferredRatings.average,
      row.evaluations.count,
      row.evaluations.average,
      row.evaluations.criticalFails,
      row.practice.count,
      row.practice.average,
      row.appeals.registered,
      row.appeals.slaMet,
      row.appeals.slaBreached,
      row.appeals.slaOpen,
      row.appeals.slaMetPercent,
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[SCORECARD_CSV_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}
