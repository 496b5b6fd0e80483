import { almatyDayOf, parseInstant } from './almaty-time';
import { addCalendarDays, type CalendarDay } from './calendar-day';
import type { SlaOutcomeItem, WaitSample } from './quality-keys';

/**
 * The quality report: calls and average wait against the target, appeals open and overdue, SLA met %, and
 * post-call ratings per operator, queue and day. Pure roll-ups of what the stores hold; the same figures feed the API,
 * `npm run report -- quality` and the local `/reports` page.
 */

export interface RatingInput {
  readonly rating: number | null;
  readonly declined: boolean;
  readonly agent: string | null;
  readonly queue: string | null;
  readonly at: string;
}

export interface RatingSummary {
  /** Answers with a score (1-5). */
  readonly rated: number;
  readonly declined: number;
  /** Average score, two decimals; null when nobody rated. */
  readonly average: number | null;
}

export interface SlaSummary {
  readonly met: number;
  readonly breached: number;
  /** Answered after a breach: counted as breached already, shown for follow-up. */
  readonly late: number;
  /** met / (met + breached), one decimal; null when nothing came due. */
  readonly metPercent: number | null;
}

export interface WaitSummary {
  /** Callers queued, answered and abandoned while on the line (callbacks are counted apart). */
  readonly queued: number;
  readonly answered: number;
  readonly abandoned: number;
  /** Callbacks booked instead of waiting (callback contacts queued), and those an operator took. */
  readonly callbacks: number;
  readonly callbacksAnswered: number;
  /**
   * Average queue answer time of everything answered, callbacks included (a callback's time in the queue is
   * waiting too, so offering callbacks cannot flatter the figure), one decimal; null without answers. This
   * is the figure held to the target.
   */
  readonly averageWaitSeconds: number | null;
  /** The same for callers answered on the line only, callbacks left out. */
  readonly averageWaitWithoutCallbacksSeconds: number | null;
  readonly withinTarget: boolean | null;
}

export interface DayFigures {
  readonly day: CalendarDay;
  readonly calls: WaitSummary;
  readonly sla: {
    readonly appeals: SlaSummary;
    readonly recordings: SlaSummary;
    /** Urgent appeals acknowledged by the state bodies within `sla.urgentAckMinutes`. */
    readonly urgentAcks: SlaSummary;
  };
  readonly ratings: RatingSummary;
}

/**
 * Appeals open and overdue when the report was made, as the dashboard shows them. A count of now, not of the
 * report's days: the register keeps no past backlog, and supervisors act on today's.
 */
export interface AppealBacklog {
  readonly open: number;
  /** Open appeals whose deadline has passed. */
  readonly overdue: number;
  /** When they were counted (ISO-8601). */
  readonly countedAt: string;
}

export interface QualityReport {
  readonly hotline: string;
  readonly from: CalendarDay;
  readonly to: CalendarDay;
  readonly averageWaitTargetSeconds: number;
  readonly backlog: AppealBacklog;
  readonly totals: Omit<DayFigures, 'day'>;
  readonly days: readonly DayFigures[];
  readonly operators: ReadonlyArray<{ readonly operator: string } & RatingSummary>;
  readonly queues: ReadonlyArray<{ readonly queue: string } & RatingSummary>;
}

export interface QualityInputs {
  readonly hotline: string;
  readonly from: CalendarDay;
  readonly to: CalendarDay;
  readonly averageWaitTargetSeconds: number;
  readonly backlog: AppealBacklog;
  readonly ratings: readonly RatingInput[];
  readonly outcomes: readonly SlaOutcomeItem[];
  readonly waits: readonly WaitSample[];
}

/** Longest range a report covers: a quarter, enough for the regulator's quarterly figures. */
export const MAX_REPORT_DAYS = 92;

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: CalendarDay, to: CalendarDay): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) days.push(day);
  return days;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function summarizeRatings(ratings: readonly RatingInput[]): RatingSummary {
  const scores = ratings
    .filter((entry) => !entry.declined && entry.rating !== null)
    .map((entry) => entry.rating!);
  const sum = scores.reduce((total, score) => total + score, 0);
  return {
    rated: scores.length,
    declined: ratings.filter((entry) => entry.declined).length,
    average: scores.length === 0 ? null : round(sum / scores.length, 2),
  };
}

export function summarizeSla(outcomes: readonly SlaOutcomeItem[]): SlaSummary {
  const count = (outcome: SlaOutcomeItem['outcome']) =>
    outcomes.filter((item) => item.outcome === outcome).length;
  const met = count('met');
  const breached = count('breached');
  return {
    met,
    breached,
    late: count('late'),
    metPercent: met + breached === 0 ? null : round((100 * met) / (met + breached), 1),
  };
}

export function summarizeWaits(samples: readonly WaitSample[], targetSeconds: number): WaitSummary {
  const sum = (pick: (sample: WaitSample) => number) =>
    samples.reduce((total, sample) => total + pick(sample), 0);
  const answered = sum((sample) => sample.answered);
  const callersWait = sum((sample) => sample.waitSecondsSum);
  const callbacksAnswered = sum((sample) => sample.callbacksAnswered ?? 0);
  const callbacksWait = sum((sample) => sample.callbackWaitSecondsSum ?? 0);
  // Weighted by answered calls: a busy hour counts for more than a quiet one, as callers experience it.
  const averageOf = (total: number, count: number) => (count === 0 ? null : round(total / count, 1));
  const average = averageOf(callersWait + callbacksWait, answered + callbacksAnswered);
  return {
    queued: sum((sample) => sample.queued),
    answered,
    abandoned: sum((sample) => sample.abandoned),
    callbacks: sum((sample) => sample.callbacks ?? 0),
    callbacksAnswered,
    averageWaitSeconds: average,
    averageWaitWithoutCallbacksSeconds: averageOf(callersWait, answered),
    withinTarget: average === null ? null : average <= targetSeconds,
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

const dayOfInstant = (instant: string) => almatyDayOf(parseInstant(instant));

function figures(
  inputs: QualityInputs,
  ratings: readonly RatingInput[],
  outcomes: readonly SlaOutcomeItem[],
  waits: readonly WaitSample[],
) {
  return {
    calls: summarizeWaits(waits, inputs.averageWaitTargetSeconds),
    sla: {
      appeals: summarizeSla(outcomes.filter((item) => item.kind === 'appeal')),
      recordings: summarizeSla(outcomes.filter((item) => item.kind === 'recording')),
      urgentAcks: summarizeSla(outcomes.filter((item) => item.kind === 'urgent-ack')),
    },
    ratings: summarizeRatings(ratings),
  };
}

/** Rolls the stored records of a date range up into the report. Records outside the range are ignored. */
export function buildQualityReport(inputs: QualityInputs): QualityReport {
  const inRange = (day: CalendarDay) => day >= inputs.from && day <= inputs.to;
  const ratings = inputs.ratings.filter((entry) => inRange(dayOfInstant(entry.at)));
  const outcomes = inputs.outcomes.filter((item) => inRange(dayOfInstant(item.at)));
  const waits = inputs.waits.filter((sample) => inRange(dayOfInstant(sample.windowStart)));
  const ratingsByDay = groupBy(ratings, (entry) => dayOfInstant(entry.at));
  const outcomesByDay = groupBy(outcomes, (item) => dayOfInstant(item.at));
  const waitsByDay = groupBy(waits, (sample) => dayOfInstant(sample.windowStart));
  const byName = <K extends string>(key: K, groups: Map<string, RatingInput[]>) =>
    [...groups.entries()]
      .map(
        ([name, entries]) =>
          ({ [key]: name, ...summarizeRatings(entries) }) as { [P in K]: string } & RatingSummary,
      )
      .sort((a, b) => a[key].localeCompare(b[key]));
  return {
    hotline: inputs.hotline,
    from: inputs.from,
    to: inputs.to,
    averageWaitTargetSeconds: inputs.averageWaitTargetSeconds,
    backlog: inputs.backlog,
    totals: figures(inputs, ratings, outcomes, waits),
    days: daysBetween(inputs.from, inputs.to).map((day) => ({
      day,
      ...figures(
        inputs,
        ratingsByDay.get(day) ?? [],
        outcomesByDay.get(day) ?? [],
        waitsByDay.get(day) ?? [],
      ),
    })),
    operators: byName(
      'operator',
      groupBy(ratings, (entry) => entry.agent ?? 'unassigned'),
    ),
    queues: byName(
      'queue',
      groupBy(ratings, (entry) => entry.queue ?? 'no queue'),
    ),
  };
}

/** Urgent acknowledgements are 111's clock: reports show them for 111 and wherever one came due. */
export function hasUrgentClock(report: QualityReport): boolean {
  const { urgentAcks } = report.totals.sla;
  return report.hotline === '111' || urgentAcks.met + urgentAcks.breached > 0;
}
