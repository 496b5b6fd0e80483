import { BadRequestError, NotFoundError, TooManyRequestsError } from '../shared/errors';
import type { AppealRepository } from './adapters/appeal-store';
import { countRequest } from './adapters/rate-counter';
import { rateWindow, STATUS_LOOKUPS_PER_MINUTE } from './domain/rate-limit';
import { formatRegistrationNumber, parseRegistrationNumber } from './domain/registration-number';

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
  repo: AppealRepository,
  hotline: string,
  keyed: string,
  caller: string,
  nowMs = Date.now(),
): Promise<StatusAnswer> {
  const count = await countRequest(repo.tableName, rateWindow(caller, nowMs));
  if (count > STATUS_LOOKUPS_PER_MINUTE) {
    throw new TooManyRequestsError('Too many status lookups; try again in a minute');
  }
  const parsed = parseRegistrationNumber(keyed);
  if (!parsed.ok) throw new BadRequestError('not a valid registration number');
  // A number of the other hotline is not found here; saying so would tell which hotline it belongs to.
  const appeal = parsed.hotline === hotline ? await repo.get(parsed.number) : undefined;
  if (!appeal) throw new NotFoundError('No appeal with this registration number');
  return {
    number: formatRegistrationNumber(appeal.number),
    status: appeal.status,
    receivedAt: appeal.receivedAt,
    ...(appeal.deadline ? { deadline: appeal.deadline } : {}),
    updatedAt: appeal.updatedAt,
  };
}
