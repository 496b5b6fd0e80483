import { DayRangeError } from './day-range';

/**
 * Where a page of `GET /contact-records` stopped: the day being read and the last contact returned (empty: the day's start). Opaque
 * to callers (base64url JSON); a token that does not decode to one of the range's days is refused.
 */
export interface PagePosition {
  readonly day: string;
  readonly after: string;
}

export function encodePageToken(position: PagePosition): string {
  return Buffer.from(JSON.stringify([position.day, position.after]), 'utf8').toString('base64url');
}

export function decodePageToken(token: string, days: readonly string[]): PagePosition {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (
    !Array.isArray(decoded) ||
    decoded.length !== 2 ||
    typeof decoded[0] !== 'string' ||
    typeof decoded[1] !== 'string' ||
    !days.includes(decoded[0])
  ) {
    throw new DayRangeError('nextToken is not one this route gave for the same from and to');
  }
  return { day: decoded[0], after: decoded[1] };
}
