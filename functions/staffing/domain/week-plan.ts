import { estimatePatienceSeconds } from './erlang-a';
import { planStaffing, StaffingInputError, type StaffingModel } from './plan';

/**
 * The staffing plan per hour of the week (Asia/Almaty) from contact records: calls offered and average
 * handle time of each hour, averaged over the weeks of the range, and the operators each hour needs.
 */

/** The part of a contact record (CTR) the plan reads. */
export interface StaffingRecord {
  readonly InitiationMethod?: string | null;
  readonly Queue?: { readonly EnqueueTimestamp?: string | null; readonly Duration?: number | null } | null;
  readonly Agent?: {
    readonly AgentInteractionDuration?: number | null;
    readonly AfterContactWorkDuration?: number | null;
  } | null;
}

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface HourPlan {
  readonly day: Weekday;
  /** Hour of the day in Almaty, 0..23. */
  readonly hour: number;
  /** Calls that entered a queue in this hour, per week (callbacks included: they need an operator too). */
  readonly callsOffered: number;
  /** Talk plus after-call work of the answered calls of this hour; the range's average when none was answered. */
  readonly ahtSeconds: number | null;
  readonly agents: number;
  readonly scheduled: number;
}

export interface WeekPlan {
  readonly from: string;
  readonly to: string;
  readonly model: StaffingModel;
  readonly patienceSeconds: number | null;
  readonly targetWaitSeconds: number;
  readonly shrinkage: number;
  /** 7 × 24 hours, Monday 00:00 first. */
  readonly hours: readonly HourPlan[];
  /** Operator-hours on the phones the week needs, and those to roster after shrinkage. */
  readonly operatorHours: number;
  readonly scheduledOperatorHours: number;
}

export interface WeekPlanOptions {
  readonly from: string;
  readonly to: string;
  readonly model?: StaffingModel;
  readonly targetWaitSeconds?: number;
  readonly shrinkage?: number;
  /** Overrides the patience estimated from abandoned calls (Erlang A). */
  readonly patienceSeconds?: number;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ALMATY_OFFSET_MS = 5 * 3_600_000;
const DAY_MS = 86_400_000;
/** Longest range read at once, as the quality report allows. */
export const MAX_RANGE_DAYS = 92;

/** Epoch ms of 00:00 UTC of a `YYYY-MM-DD` day, refusing impossible dates. */
function parseDay(name: string, value: string): number {
  const match = DAY.exec(value);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) {
    throw new StaffingInputError(`--${name} must be a day like 2026-11-23, got ${JSON.stringify(value)}`);
  }
  return ms;
}

/** Monday = 0 … Sunday = 6 of a UTC-midnight day. */
const weekdayOf = (dayMs: number) => (new Date(dayMs).getUTCDay() + 6) % 7;

/** How many times each weekday occurs in the range (the divisor that turns totals into "per week"). */
export function validateRange(
  from: string,
  to: string,
): { startMs: number; endMs: number; perWeekday: number[] } {
  const start = parseDay('from', from);
  const end = parseDay('to', to);
  if (end < start) throw new StaffingInputError(`--from ${from} is after --to ${to}`);
  const days = (end - start) / DAY_MS + 1;
  if (days > MAX_RANGE_DAYS) {
    throw new StaffingInputError(`the range is ${days} days; read at most ${MAX_RANGE_DAYS} at once`);
  }
  const perWeekday = Array<number>(7).fill(0);
  for (let day = start; day <= end; day += DAY_MS) perWeekday[weekdayOf(day)]! += 1;
  // Almaty days: from 00:00 +05:00 of `from` to 24:00 +05:00 of `to`.
  return { startMs: start - ALMATY_OFFSET_MS, endMs: end + DAY_MS - ALMATY_OFFSET_MS, perWeekday };
}

interface Bucket {
  calls: number;
  handleSum: number;
  handled: number;
}

export function planWeek(records: readonly StaffingRecord[], options: WeekPlanOptions): WeekPlan {
  const { startMs, endMs, perWeekday } = validateRange(options.from, options.to);
  const buckets = Array.from({ length: 168 }, (): Bucket => ({ calls: 0, handleSum: 0, handled: 0 }));
  let waitSum = 0;
  let abandoned = 0;
  for (const record of records) {
    const enqueued = Date.parse(record.Queue?.EnqueueTimestamp ?? '');
    if (Number.isNaN(enqueued) || enqueued < startMs || enqueued >= endMs) continue;
    const local = enqueued + ALMATY_OFFSET_MS;
    const bucket = buckets[weekdayOf(local - (local % DAY_MS)) * 24 + new Date(local).getUTCHours()]!;
    bucket.calls += 1;
    waitSum += record.Queue?.Duration ?? 0;
    if (record.Agent) {
      bucket.handled += 1;
      bucket.handleSum +=
        (record.Agent.AgentInteractionDuration ?? 0) + (record.Agent.AfterContactWorkDuration ?? 0);
    } else if (record.InitiationMethod !== 'CALLBACK') {
      abandoned += 1;
    }
  }
  const handled = buckets.reduce((sum, bucket) => sum + bucket.handled, 0);
  const overallAht =
    handled === 0 ? null : buckets.reduce((sum, bucket) => sum + bucket.handleSum, 0) / handled;
  const model = options.model ?? 'erlang-c';
  const patienceSeconds =
    model === 'erlang-a' ? (options.patienceSeconds ?? estimatePatienceSeconds(waitSum, abandoned)) : null;
  if (model === 'erlang-a' && patienceSeconds === null) {
    throw new StaffingInputError(
      'no abandoned calls in the range to estimate patience from: give --patience SECONDS',
    );
  }

  const hours = buckets.map((bucket, index): HourPlan => {
    const day = WEEKDAYS[Math.floor(index / 24)]!;
    const hour = index % 24;
    const weeks = perWeekday[Math.floor(index / 24)]!;
    const callsOffered = weeks === 0 ? 0 : bucket.calls / weeks;
    const ahtSeconds = bucket.handled > 0 ? bucket.handleSum / bucket.handled : overallAht;
    if (callsOffered === 0 || ahtSeconds === null || ahtSeconds <= 0) {
      return { day, hour, callsOffered, ahtSeconds, agents: 0, scheduled: 0 };
    }
    const plan = planStaffing({
      callsPerHour: callsOffered,
      ahtSeconds,
      model,
      ...(options.targetWaitSeconds === undefined ? {} : { targetWaitSeconds: options.targetWaitSeconds }),
      ...(options.shrinkage === undefined ? {} : { shrinkage: options.shrinkage }),
      ...(patienceSeconds === null ? {} : { patienceSeconds }),
    });
    return { day, hour, callsOffered, ahtSeconds, agents: plan.agents, scheduled: plan.scheduled };
  });
  const reference = planStaffing({
    callsPerHour: 1,
    ahtSeconds: 1,
    ...(options.targetWaitSeconds === undefined ? {} : { targetWaitSeconds: options.targetWaitSeconds }),
    ...(options.shrinkage === undefined ? {} : { shrinkage: options.shrinkage }),
  });
  return {
    from: options.from,
    to: options.to,
    model,
    patienceSeconds,
    targetWaitSeconds: reference.targetWaitSeconds,
    shrinkage: reference.shrinkage,
    hours,
    operatorHours: hours.reduce((sum, hour) => sum + hour.agents, 0),
    scheduledOperatorHours: hours.reduce((sum, hour) => sum + hour.scheduled, 0),
  };
}
