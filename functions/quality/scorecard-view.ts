import { appealsRegisteredBetween } from './adapters/registered-appeals';
import { appealFactOf } from './domain/appeal-fact';
import { scorecardCsv } from './domain/csv';
import {
  type ScorecardFacts,
  type ScorecardRow,
  type ScorecardTrend,
  teamSeries,
  trendOf,
  weekScorecard,
} from './domain/scorecard';
import { previousWeek, weeksSpan } from './domain/week';
import type { ScorecardEnvironment } from './environment';
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

/** Appeals registered from the desktop in the weeks, with their SLA outcome as of `now`. */
async function appealFacts(env: ScorecardEnvironment, weeks: readonly string[], now: number) {
  const span = weeksSpan(weeks[0]!, weeks.at(-1)!);
  const appeals = await appealsRegisteredBetween(env.appealsTable, span.from, span.to);
  const at = new Date(now).toISOString();
  return {
    calls: [],
    evaluations: [],
    practice: [],
    appeals: appeals.map((appeal) => appealFactOf(appeal, at)),
  } satisfies ScorecardFacts;
}

/** The scorecard of `week`, its trends and the team series of `weeks` weeks ending with it. */
export async function scorecardView(
  env: ScorecardEnvironment,
  week: string,
  weeks: number,
  now = Date.now(),
): Promise<ScorecardView> {
  const list = [week];
  while (list.length < Math.max(weeks, 2)) list.unshift(previousWeek(list[0]!));
  const [data, appeals] = await Promise.all([
    Promise.all(list.map((each) => readWeek(env, each))),
    appealFacts(env, list, now),
  ]);
  const facts = mergeFacts([...data.map(factsOf), appeals]);
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
