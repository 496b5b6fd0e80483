import type { AppealStatusResult } from '../../contracts/connect-lambdas';
import type { HotlineId, Language } from '../../contracts/hotlines';
import { logger } from '../shared/logger';
import { appealStatusView, readKeyedNumber, type StatusLookup, statusAnswer } from './domain/appeal-status';
import { type LookupBucket, lookupBucket } from './domain/lookup-limit';

export interface AppealStatusRequest {
  readonly digits: string;
  readonly language: Language;
  readonly contactId: string;
  /** E.164 of the caller, only to count their lookups; never logged or stored. */
  readonly callerNumber: string | undefined;
}

export interface AppealStatusDeps {
  readonly hotline: HotlineId;
  /** The appeal item of a registration number, or undefined. */
  readAppeal(number: string): Promise<Readonly<Record<string, unknown>> | undefined>;
  /** Counts one lookup against the bucket; false when the caller is over its limit. */
  countLookup(bucket: LookupBucket): Promise<boolean>;
  /** The secret that keys the caller's rate bucket (kept in the register's table). */
  hashSecret(): Promise<Uint8Array>;
  now(): number;
}

/**
 * The IVR's appeal-status lookup: a mistyped number is `invalid` at once (no read, nothing counted); a
 * well-formed one is counted against the caller's hourly limit while it is looked up. Over the limit, the
 * caller hears "not found" like for any unknown number, so the limit tells a guesser nothing.
 */
export async function lookUpAppealStatus(
  request: AppealStatusRequest,
  deps: AppealStatusDeps,
): Promise<AppealStatusResult> {
  const keyed = readKeyedNumber(request.digits, deps.hotline);
  let lookup: StatusLookup;
  if (!keyed.ok) {
    lookup = keyed.reason === 'invalid' ? { kind: 'invalid' } : { kind: 'not_found' };
  } else {
    // The count and the read go out together: the caller waits for one round trip, not two.
    const [allowed, item] = await Promise.all([
      deps
        .hashSecret()
        .then((secret) => deps.countLookup(lookupBucket(request.callerNumber, deps.now(), secret))),
      deps.readAppeal(keyed.number),
    ]);
    if (!allowed) {
      logger.warn('Appeal status lookups over the hourly limit: answered as not found', {
        contactId: request.contactId,
      });
      lookup = { kind: 'not_found' };
    } else {
      lookup = item === undefined ? { kind: 'not_found' } : { kind: 'found', appeal: appealStatusView(item) };
    }
  }
  const answer = statusAnswer(deps.hotline, lookup, request.language);
  logger.info('Appeal status answered', {
    contactId: request.contactId,
    ...(keyed.ok ? { appealNumber: keyed.number } : { keyed: keyed.reason }),
    outcome: answer.outcome,
    status: answer.status,
  });
  return answer;
}
