import type { HotlineId } from '../../../contracts/hotlines';
import { type ScorecardRow, type ScorecardTrend, TEAM } from './scorecard';

export interface SummaryLetter {
  readonly subject: string;
  readonly text: string;
}

const show = (value: number | null, unit = '') => (value === null ? '-' : `${value}${unit}`);
const signed = (value: number | null) => (value === null ? '' : ` (${value >= 0 ? '+' : ''}${value})`);

function line(row: ScorecardRow, trend: ScorecardTrend | undefined): string {
  const name = row.operator === TEAM ? 'Team' : row.operator;
  return [
    name.padEnd(20),
    `calls ${row.calls}`,
    `rating ${show(row.ratings.average)}${signed(trend?.ratingChange ?? null)} (${row.ratings.low} low, ${row.transferredRatings.count} transferred apart)`,
    `evaluations ${row.evaluations.count}: ${show(row.evaluations.average, '%')}${signed(trend?.evaluationChange ?? null)}` +
      (row.evaluations.criticalFails > 0 ? `, ${row.evaluations.criticalFails} critical` : ''),
    `practice ${row.practice.count}: ${show(row.practice.average, '%')}`,
    `appeals ${row.appeals.registered}${signed(trend?.appealsChange ?? null)}: ${row.appeals.slaMet} in time, ${row.appeals.slaBreached} late, ${row.appeals.slaOpen} open` +
      (row.appeals.slaMetPercent === null
        ? ''
        : ` (${row.appeals.slaMetPercent}% in time${signed(trend?.slaMetPercentChange ?? null)})`),
  ].join(' | ');
}

/**
 * The weekly summary supervisors receive: the team first, then each operator, with the change against the
 * week before. Plain text (read on a phone as well); the CSV of the same rows is attached by the sender.
 */
export function weeklySummary(
  hotline: HotlineId,
  week: string,
  rows: readonly ScorecardRow[],
  trends: Readonly<Record<string, ScorecardTrend>>,
): SummaryLetter {
  const team = rows.find((row) => row.operator === TEAM);
  const operators = rows.filter((row) => row.operator !== TEAM);
  const text = [
    `Quality summary of hotline ${hotline}, week ${week}.`,
    '',
    ...(team ? [line(team, trends[TEAM]), ''] : []),
    ...(operators.length === 0
      ? ['No answered calls, evaluations, practice calls or registered appeals this week.']
      : operators.map((row) => line(row, trends[row.operator]))),
    '',
    'Ratings of transferred calls are counted apart and not in an operator’s average. Appeals are those the',
    'operator registered from the desktop; late counts answered late and unanswered past the deadline. The scorecard and its',
    'CSV are on the supervisor screen of the agent desktop (Quality > Scorecard) and `npm run quality -- scorecard`.',
  ].join('\n');
  return { subject: `qoldau ${hotline}: quality summary ${week}`, text };
}
