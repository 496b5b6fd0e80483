import { createHmac } from 'node:crypto';
import { isE164 } from '../../../contracts/phone';

/**
 * How often one caller may ask the IVR for an appeal's status. Registration numbers carry a check digit
 * and 10 random digits, so guessing one is hopeless by design; the limit keeps it that way by stopping a
 * caller who keys in number after number. Counted per caller per clock hour; callers who withhold their
 * number share one bucket with a higher limit, so hiding the number is no way around the limit.
 */
export const LOOKUPS_PER_HOUR = 10;
export const WITHHELD_LOOKUPS_PER_HOUR = 100;

const HOUR_MS = 3_600_000;
/** The counter outlives its hour by one more, then DynamoDB's TTL removes it. */
const KEEP_AFTER_WINDOW_MS = HOUR_MS;

export interface LookupBucket {
  /** Rate key: a keyed hash of the caller number that changes every hour, never the number itself. */
  readonly key: string;
  /** The clock hour counted, `YYYY-MM-DDTHH` (UTC). */
  readonly window: string;
  readonly limit: number;
  /** Epoch seconds for the table's TTL attribute. */
  readonly expiresAt: number;
}

/**
 * The bucket a lookup by this caller at `now` counts against. The hash is keyed with a secret kept in
 * the register (phone numbers are too few for a plain hash to hide them) and includes the hour, so
 * the counters of two hours cannot be linked to one caller; they live two hours at most.
 */
export function lookupBucket(
  callerNumber: string | undefined,
  now: number,
  secret: string | Uint8Array,
): LookupBucket {
  const windowStart = Math.floor(now / HOUR_MS) * HOUR_MS;
  const window = new Date(windowStart).toISOString().slice(0, 13);
  const expiresAt = Math.ceil((windowStart + HOUR_MS + KEEP_AFTER_WINDOW_MS) / 1000);
  if (callerNumber === undefined || !isE164(callerNumber)) {
    return { key: 'ivr-status-withheld', window, limit: WITHHELD_LOOKUPS_PER_HOUR, expiresAt };
  }
  const hash = createHmac('sha256', secret).update(`ivr-status|${window}|${callerNumber}`).digest('hex');
  return { key: `ivr-status-${hash.slice(0, 32)}`, window, limit: LOOKUPS_PER_HOUR, expiresAt };
}
