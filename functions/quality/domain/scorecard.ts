import { type IsoWeek, isoWeekOf, previousWeek } from './week';

/**
 * Scorecards: per operator and ISO week, the facts a centre's incentive policy can rest on (caller ratings,
 * evaluation and practice scores, handle time, appeals registered and how their SLA went), and per team the
 * same with the change against the week before. Ratings of calls the operator did not cause (transfers)
 * are counted apart and never enter the operator's rating average.
 */

export interface CallFact {
  readonly contactId: string;
  readonly operator: string;
  /** Almaty day of the call. */
  readonly day: string;
  readonly handleSeconds: number;
  readonly rating?: number;
  readonly transferred: boolean;
}

export interface EvaluationFact {
  readonly operator: string;
  /** Almaty day of the evaluated call: the score belongs to the week the call was taken. */
  readonly day: string;
  readonly percent: number;
  readonly criticalFail: boolean;
}

export interface PracticeFact {
  readonly operator: string;
  readonly day: string;
  readonly percent: number;
}

/** How an appeal's answer deadline went; `none` when no answer was owed (see `appeal-fact.ts`). */
export type SlaOutcome = 'met' | 'breached' | 'open' | 'none';

export interface AppealFact {
  /** Who registered the appeal (their desktop username, the same as their Connect agent username). */
  readonly operator: string;
  /** Almaty day the appeal was registered. */
  readonly day: string;
  readonly sla: SlaOutcome;
}

export interface ScorecardFacts {
  readonly calls: readonly CallFact[];
  readonly evaluations: readonly EvaluationFact[];
  readonly practice: readonly PracticeFact[];
  readonly appeals: readonly AppealFact[];
}

export interface Average {
  readonly count: number;
  /** Mean with one decimal (two for ratings); null when there is nothing to average. */
  readonly average: number | null;
}

export interface ScorecardRow {
  readonly week: IsoWeek;
  /** An operator's login, or `TEAM` for the whole hotline. */
  readonly operator: string;
  readonly calls: number;
  readonly averageHandleSeconds: number | null;
  /** Ratings of the operator's own calls. */
  readonly ratings: Average & { readonly low: number };
  /** Ratings of transferred calls, set apart. */
  readonly transferredRatings: Average;
  readonly evaluations: Average & { readonly criticalFails: number };
  readonly practice: Average;
  /** Appeals the operator registered in the week and how their answer deadlines went (as of now). */
  readonly appeals: {
    readonly registered: number;
    readonly slaMet: number;
    readonly slaBreached: number;
    readonly slaOpen: number;
    /** Share answered in time of those decided (met + breached), 0-100 with one decimal; null when none is. */
    readonly slaMetPercent: number | null;
  };
}

export interface ScorecardTrend {
  readonly week: IsoWeek;
  readonly previousWeek: IsoWeek;
  /** Change of the averages against the previous week (null when either side has none). */
  readonly ratingChange: number | null;
  readonly evaluationChange: number | null;
  readonly practiceChange: number | null;
  /** Appeals registered against the week before (null when the operator has no row that week). */
  readonly appealsChange: number | null;
  readonly slaMetPercentChange: number | null;
}

export const TEAM = 'TEAM';

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

function average(values: readonly number[], digits = 1): Average {
  return {
    count: values.length,
    average: values.length === 0 ? null : round(values.reduce((a, b) => a + b, 0) / values.length, digits),
  };
}

function rowOf(
  week: IsoWeek,
  operator: string,
  facts: ScorecardFacts,
  lowRatingAtMost: number,
): ScorecardRow {
  const own = facts.calls.filter((call) => !call.transferred);
  const transferred = facts.calls.filter((call) => call.transferred);
  const ratings = own.flatMap((call) => (call.rating === undefined ? [] : [call.rating]));
  return {
    week,
    operator,
    calls: facts.calls.length,
    averageHandleSeconds: average(
      facts.calls.map((call) => call.handleSeconds),
      0,
    ).average,
    ratings: { ...average(ratings, 2), low: ratings.filter((rating) => rating <= lowRatingAtMost).length },
    transferredRatings: average(
      transferred.flatMap((call) => (call.rating === undefined ? [] : [call.rating])),
      2,
    ),
    evaluations: {
      ...average(facts.evaluations.map((evaluation) => evaluation.percent)),
      criticalFails: facts.evaluations.filter((evaluation) => evaluation.criticalFail).length,
    },
    practice: average(facts.practice.map((result) => result.percent)),
    appeals: appealCounts(facts.appeals),
  };
}

function appealCounts(appeals: readonly AppealFact[]): ScorecardRow['appeals'] {
  const count = (outcome: SlaOutcome) => appeals.filter((appeal) => appeal.sla === outcome).length;
  const slaMet = count('met');
  const slaBreached = count('breached');
  const decided = slaMet + slaBreached;
  return {
    registered: appeals.length,
    slaMet,
    slaBreached,
    slaOpen: count('open'),
    slaMetPercent: decided === 0 ? null : round((slaMet / decided) * 100, 1),
  };
}

function select(
  facts: ScorecardFacts,
  keep: (fact: { operator: string; day: string }) => boolean,
): ScorecardFacts {
  return {
    calls: facts.calls.filter(keep),
    evaluations: facts.evaluations.filter(keep),
    practice: facts.practice.filter(keep),
    appeals: facts.appeals.filter(keep),
  };
}

/** One row per operator seen in the week (sorted by login), then the team row. */
export function weekScorecard(facts: ScorecardFacts, week: IsoWeek, lowRatingAtMost = 2): ScorecardRow[] {
  const inWeek = select(facts, (fact) => isoWeekOf(fact.day) === week);
  const operators = new Set<string>();
  for (const list of [inWeek.calls, inWeek.evaluations, inWeek.practice, inWeek.appeals])
    for (const fact of list) operators.add(fact.operator);
  return [
    ...[...operators].sort().map((operator) =>
      rowOf(
        week,
        operator,
        select(inWeek, (fact) => fact.operator === operator),
        lowRatingAtMost,
      ),
    ),
    rowOf(week, TEAM, inWeek, lowRatingAtMost),
  ];
}

const change = (now: number | null, before: number | null) =>
  now === null || before === null ? null : round(now - before, 2);

/** How a row moved against the same operator's (or the team's) row of the week before. */
export function trendOf(current: ScorecardRow, previous: ScorecardRow | undefined): ScorecardTrend {
  return {
    week: current.week,
    previousWeek: previousWeek(current.week),
    ratingChange: change(current.ratings.average, previous?.ratings.average ?? null),
    evaluationChange: change(current.evaluations.average, previous?.evaluations.average ?? null),
    practiceChange: change(current.practice.average, previous?.practice.average ?? null),
    appealsChange: change(current.appeals.registered, previous?.appeals.registered ?? null),
    slaMetPercentChange: change(current.appeals.slaMetPercent, previous?.appeals.slaMetPercent ?? null),
  };
}

/** Team rows of consecutive weeks ending with `lastWeek`, oldest first: what the supervisor's charts draw. */
export function teamSeries(
  facts: ScorecardFacts,
  lastWeek: IsoWeek,
  weeks: number,
  lowRatingAtMost = 2,
): ScorecardRow[] {
  const list: IsoWeek[] = [lastWeek];
  while (list.length < weeks) list.unshift(previousWeek(list[0]!));
  return list.map((week) => weekScorecard(facts, week, lowRatingAtMost).at(-1)!);
}
