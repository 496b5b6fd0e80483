import type { RatingItem } from '../../contracts/keys/rating-keys';
import { addCalendarDays } from '../sla/domain/calendar-day';
import { callsOfWeek, evaluationsOfWeek, practiceOfWeek, ratingsOfDays } from './adapters/quality-store';
import type { AnsweredCall } from './domain/call-fact';
import { type SampleReason, sampleWeek } from './domain/sampling';
import type { ScorecardFacts } from './domain/scorecard';
import { weekDays } from './domain/week';
import type { QualityEnvironment } from './environment';
import type { StoredEvaluation, StoredPractice } from './records';

/** A call of the week as the supervisor's list shows it. */
export interface WeekCall extends AnsweredCall {
  readonly rating: number | null;
  /** Why the sample picked it, or null when it was not sampled. */
  readonly sampled: SampleReason | null;
  readonly evaluation: { readonly percent: number; readonly criticalFail: boolean } | null;
}

export interface WeekData {
  readonly calls: WeekCall[];
  readonly evaluations: StoredEvaluation[];
  readonly practice: StoredPractice[];
}

/** Ratings are filed by the day of the answer: a call late on Sunday may be rated on Monday. */
function ratingByContact(ratings: readonly RatingItem[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of ratings) if (item.rating !== null) map.set(item.contactId, item.rating);
  return map;
}

/** Everything quality knows of one week: answered calls with their rating, sample and evaluation. */
export async function readWeek(env: QualityEnvironment, week: string): Promise<WeekData> {
  const days = weekDays(week);
  const [calls, ratings, evaluations, practice] = await Promise.all([
    callsOfWeek(env.table, week),
    ratingsOfDays(env.ratingsTable, [...days, addCalendarDays(days[6]!, 1)]),
    evaluationsOfWeek(env.table, week),
    practiceOfWeek(env.table, week),
  ]);
  const rating = ratingByContact(ratings);
  const sample = new Map(
    sampleWeek(
      calls.map((call) => ({
        contactId: call.contactId,
        operator: call.operator,
        transferred: call.transferred,
        ...(rating.has(call.contactId) ? { rating: rating.get(call.contactId)! } : {}),
      })),
      {
        perOperator: env.settings.samplePerOperator,
        lowRatingAtMost: env.settings.lowRatingAtMost,
        seed: `${env.hotline}:${week}`,
      },
    ).map((entry) => [entry.contactId, entry.reason]),
  );
  const evaluated = new Map(evaluations.map((evaluation) => [evaluation.contactId, evaluation]));
  return {
    calls: calls
      .map((call) => {
        const evaluation = evaluated.get(call.contactId);
        return {
          ...call,
          rating: rating.get(call.contactId) ?? null,
          sampled: sample.get(call.contactId) ?? null,
          evaluation: evaluation
            ? { percent: evaluation.score.percent, criticalFail: evaluation.score.criticalFail }
            : null,
        };
      })
      .sort((a, b) => a.operator.localeCompare(b.operator) || a.initiatedAt.localeCompare(b.initiatedAt)),
    evaluations,
    practice,
  };
}

/** The scorecard's facts of a week's calls, evaluations and practice (appeals come from the register). */
export function factsOf(data: WeekData): ScorecardFacts {
  return {
    calls: data.calls.map((call) => ({
      contactId: call.contactId,
      operator: call.operator,
      day: call.day,
      handleSeconds: call.handleSeconds,
      transferred: call.transferred,
      ...(call.rating === null ? {} : { rating: call.rating }),
    })),
    evaluations: data.evaluations.map((evaluation) => ({
      operator: evaluation.operator,
      day: evaluation.day,
      percent: evaluation.score.percent,
      criticalFail: evaluation.score.criticalFail,
    })),
    practice: data.practice.map((result) => ({
      operator: result.operator,
      day: result.day,
      percent: result.score.percent,
    })),
    appeals: [],
  };
}

export function mergeFacts(list: readonly ScorecardFacts[]): ScorecardFacts {
  return {
    calls: list.flatMap((facts) => facts.calls),
    evaluations: list.flatMap((facts) => facts.evaluations),
    practice: list.flatMap((facts) => facts.practice),
    appeals: list.flatMap((facts) => facts.appeals),
  };
}
