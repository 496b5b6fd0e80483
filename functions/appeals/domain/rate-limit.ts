import { createHash } from 'node:crypto';
import { isIP } from 'node:net';

/**
 * Status lookups are counted per caller in one-minute windows, so registration numbers cannot be tried
 * one after another. A caller is an IAM role from one source address; the web portal, which serves
 * every citizen from its own servers, passes the citizen's address so one visitor cannot use up
 * everyone's allowance.
 */
export const STATUS_LOOKUPS_PER_MINUTE = 20;
/**
 * The web portal as a whole: a portal (or a stolen portal key) that invents a new visitor address for
 * every request still meets this cap. About 30 times the busiest minute the 1414 portal is expected to see.
 */
export const PORTAL_STATUS_LOOKUPS_PER_MINUTE = 600;
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

/** One allowance a lookup is counted against. */
export interface RateLimit {
  readonly caller: string;
  readonly perMinute: number;
}

export class InvalidClientAddressError extends Error {
  override readonly name = 'InvalidClientAddressError';
}

/**
 * The allowances a status lookup counts against. Every caller: its role from its source address. The web
 * portal passes the visitor's address, which must be an IP address (an IPv6 visitor is counted by its
 * /64, the block one subscriber holds), and the portal as a whole has a cap of its own.
 */
export function statusLookupLimits(role: string, sourceIp: string, forwardedFor?: string): RateLimit[] {
  if (role !== 'webPortal' || forwardedFor === undefined)
    return [{ caller: `${role}|${sourceIp}`, perMinute: STATUS_LOOKUPS_PER_MINUTE }];
  const visitor = visitorBlock(forwardedFor.trim());
  if (!visitor) throw new InvalidClientAddressError('x-qoldau-client-ip must be one IPv4 or IPv6 address');
  return [
    { caller: `webPortal|visitor|${visitor}`, perMinute: STATUS_LOOKUPS_PER_MINUTE },
    { caller: 'webPortal|all', perMinute: PORTAL_STATUS_LOOKUPS_PER_MINUTE },
  ];
}

/** An IPv4 address as it is; an IPv6 address as its /64 prefix; undefined for anything else. */
function visitorBlock(address: string): string | undefined {
  const version = isIP(address);
  if (version === 4) return address;
  if (version !== 6) return undefined;
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  if (right.some((group) => group.includes('.'))) return undefined; // IPv4-mapped forms: not a visitor's block
  const groups = [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}
