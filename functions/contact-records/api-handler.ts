import { ENV, readEnv } from '../shared/env';
import { BadRequestError, NotFoundError } from '../shared/errors';
import { type ApiEvent, httpHandler, jsonResult } from '../shared/http';
import {
  planStaffing,
  STAFFING_MODELS,
  StaffingInputError,
  type StaffingModel,
} from '../staffing/domain/plan';
import { planWeek } from '../staffing/domain/week-plan';
import { DayRangeError, daysOfRange } from './domain/day-range';
import { type PlanRecord, planRecordOf } from './domain/summary';
import { readRange, readRangePage } from './read-range';

const env = readEnv([ENV.contactRecordsTable, ENV.hotline, ENV.averageWaitTargetSeconds]);

/** Most records one page of `GET /contact-records` carries (about 300 kB of JSON). */
export const MAX_PAGE_SIZE = 1000;

const NO_STORE = { 'cache-control': 'no-store' };

function rangeOf(event: ApiEvent): string[] {
  const query = event.queryStringParameters ?? {};
  try {
    return daysOfRange(query['from'], query['to']);
  } catch (error) {
    if (error instanceof DayRangeError) throw new BadRequestError(error.message);
    throw error;
  }
}

function limitOf(value: string | undefined): number {
  if (value === undefined) return MAX_PAGE_SIZE;
  const limit = Number(value);
  if (!/^\d+$/.test(value) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new BadRequestError(
      `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}, got ${JSON.stringify(value)}`,
    );
  }
  return limit;
}

function numberOf(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed)) {
    throw new BadRequestError(`${name} must be a number, got ${JSON.stringify(value)}`);
  }
  return parsed;
}

/** `GET /contact-records?from=YYYY-MM-DD&to=YYYY-MM-DD[&limit=N][&nextToken=T]`: one page of summaries. */
async function contactRecords(event: ApiEvent) {
  const days = rangeOf(event);
  const query = event.queryStringParameters ?? {};
  const limit = limitOf(query['limit']);
  try {
    const page = await readRangePage(
      env[ENV.contactRecordsTable],
      env[ENV.hotline],
      days,
      limit,
      query['nextToken'],
    );
    return jsonResult(200, { hotline: env[ENV.hotline], from: days[0], to: days.at(-1), ...page }, NO_STORE);
  } catch (error) {
    if (error instanceof DayRangeError) throw new BadRequestError(error.message);
    throw error;
  }
}

/**
 * `GET /staffing/plan?from=YYYY-MM-DD&to=YYYY-MM-DD[&model=erlang-c|erlang-a][&targetWait=S][&shrinkage=F]
 * [&patience=S]`: the operators each hour of the week needs, from the stored contact records (the desktop's
 * heat map; `npm run staffing` computes the same plan from `GET /contact-records`).
 */
async function staffingPlan(event: ApiEvent) {
  const days = rangeOf(event);
  const query = event.queryStringParameters ?? {};
  const model = query['model'] ?? 'erlang-c';
  if (!(STAFFING_MODELS as readonly string[]).includes(model)) {
    throw new BadRequestError(`model must be ${STAFFING_MODELS.join(' or ')}, got ${JSON.stringify(model)}`);
  }
  const targetWaitSeconds =
    numberOf('targetWait', query['targetWait']) ?? Number(env[ENV.averageWaitTargetSeconds]);
  const shrinkage = numberOf('shrinkage', query['shrinkage']);
  const patienceSeconds = numberOf('patience', query['patience']);
  try {
    // Checks the figures once, with the planner's own messages, before reading anything.
    planStaffing({
      callsPerHour: 1,
      ahtSeconds: 1,
      targetWaitSeconds,
      ...(shrinkage === undefined ? {} : { shrinkage }),
    });
    const summaries = await readRange(env[ENV.contactRecordsTable], env[ENV.hotline], days);
    const records = summaries
      .map(planRecordOf)
      .filter((record): record is PlanRecord => record !== undefined);
    const plan = planWeek(records, {
      from: days[0]!,
      to: days.at(-1)!,
      model: model as StaffingModel,
      targetWaitSeconds,
      ...(shrinkage === undefined ? {} : { shrinkage }),
      ...(patienceSeconds === undefined ? {} : { patienceSeconds }),
    });
    return jsonResult(200, { hotline: env[ENV.hotline], contacts: records.length, ...plan }, NO_STORE);
  } catch (error) {
    if (error instanceof StaffingInputError) throw new BadRequestError(error.message);
    throw error;
  }
}

/** The contact-record routes (supervisors): summaries of a range of days, and the staffing plan from them. */
export const handler = httpHandler(async (event) => {
  if (event.routeKey === 'GET /contact-records') return contactRecords(event);
  if (event.routeKey === 'GET /staffing/plan') return staffingPlan(event);
  throw new NotFoundError(`No route ${event.routeKey}`);
});
