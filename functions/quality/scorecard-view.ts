import { scorecardCsv } from './domain/csv';
import {
  type ScorecardRow,
  type ScorecardTrend,
  teamSeries,
  trendOf,
  weekScorecard,
} from './domain/scorecard';
import { previousWeek } from './domain/week';
import type { QualityEnvironment } from './environment';
import { factsOf, mergeFacts, readWeek } from './week-view';

export interface ScorecardView {
  readonly week: string;
  /** One row per operator, then the team. */
  readonly rows: ScorecardRow[];
  /** Each row's change against the week before. */
  readonly trends: Record<string, ScorecardTrend>;
  /** The team's rows of the last `weeks` weeks, oldest first (the charts). */
  readonly series: ScorecardRow[];
  readonly csv: string;
}

/** The scorecard of `week`, its trends and the team series of `weeks` weeks ending with it. */
export async function scorecardView(
  env: QualityEnvironment,
  week: string,
  weeks: number,
): Promise<ScorecardView> {
  const list = [week];
  while (list.length < Math.max(weeks, 2)) list.unshift(previousWeek(list[0]!));
  const facts = mergeFacts((await Promise.all(list.map((each) => readWeek(env, each)))).map(factsOf));
  const low = env.settings.lowRatingAtMost;
  const rows = weekScorecard(facts, week, low);
  const before = new Map(weekScorecard(facts, previousWeek(week), low).map((row) => [row.operator, row]));
  return {
    week,
    rows,
    trends: Object.fromEntries(rows.map((row) => [row.operator, trendOf(row, before.get(row.operator))])),
    series: teamSeries(facts, week, weeks, low),
    csv: scorecardCsv(rows),
  };
}
