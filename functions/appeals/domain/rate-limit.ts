import { createHash } from 'node:crypto';

/**
 * Status lookups are counted per caller in one-minute windows, so registration numbers cannot be tried
 * one after another. A caller is an IAM role from one source address; the web portal, which serves
 * every citizen from its own servers, passes the citizen's address so one visitor cannot use up
 * everyone's allowance.
 */
export const STATUS_LOOKUPS_PER_MINUTE = 20;
const WINDOW_MS = 60_000;

export interface RateWindow {
  /** The caller, hashed: addresses are personal data and do not belong in a table key. */
  readonly key: string;
  /** `2026-11-23T10:41`: the minute counted. */
  readonly window: string;
  /** Epoch seconds after which the counter may be deleted (DynamoDB TTL). */
  readonly expiresAt: number;
}

export function rateWindow(caller: string, nowMs: number): RateWindow {
  const start = Math.floor(nowMs / WINDOW_MS) * WINDOW_MS;
  return {
    key: `status:${createHash('sha256').update(caller, 'utf8').digest('hex').slice(0, 32)}`,
    window: new Date(start).toISOString().slice(0, 16),
    expiresAt: Math.ceil((start + 2 * WINDOW_MS) / 1000),
  };
}
