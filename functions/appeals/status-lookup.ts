import { BadRequestError, NotFoundError, TooManyRequestsError } from '../shared/errors';
import { type RateLimit, rateWindow } from './domain/rate-limit';
import { formatRegistrationNumber, parseRegistrationNumber } from './domain/registration-number';
import type { AppealStore } from './ports';

/**
 * `GET /appeals/{number}/status`: where an appeal stands, by its number as keyed in or typed. It tells
 * status and dates only, never what the appeal says or who wrote it, and every caller has a small
 * allowance per minute (counted before the number is even read) so numbers cannot be enumerated.
 */
export interface StatusAnswer {
  readonly number: string;
  readonly status: string;
  readonly receivedAt: string;
  readonly deadline?: string;
  readonly updatedAt: string;
}

export async function lookUpStatus(
  store: AppealStore,
  hotline: string,
  keyed: string,
  limits: readonly RateLimit[],
  nowMs: number,
): Promise<StatusAnswer> {
  const counts = await Promise.all(
    limits.map((limit) => store.countRequest(rateWindow(limit.caller, nowMs))),
  );
  if (limits.some((limit, i) => (counts[i] ?? 0) > limit.perMinute)) {
    throw new TooManyRequestsError('Too many status lookups; try again in a minute');
  }
  const parsed = parseRegistrationNumber(keyed);
  if (!parsed.ok) throw new BadRequestError('not a valid registration number');
  // A number of the other hotline is not found here; saying so would tell which hotline it belongs to.
  const appeal = parsed.hotline === hotline ? await store.get(parsed.number) : undefined;
  if (!appeal) throw new NotFoundError('No appeal with this registration number');
  return {
    number: formatRegistrationNumber(appeal.number),
    status: appeal.status,
    receivedAt: appeal.receivedAt,
    ...(appeal.deadline ? { deadline: appeal.deadline } : {}),
    updatedAt: appeal.updatedAt,
  };
}
