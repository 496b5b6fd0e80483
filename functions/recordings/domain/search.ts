import { addCalendarDays } from '../../sla/domain/calendar-day';
import type { IndexEntry } from './contact-record';
import { type FoundRecording, isOpen, type RecordingRequest, type RequestStatus } from './request';

/**
 * Connect sends a contact's record after the contact ends (after-contact work included), usually within
 * minutes. Until this long after the last moment a matching call could have started, an empty index does not
 * yet prove that there was no call.
 */
export const CONTACT_RECORD_LAG_MS = 15 * 60_000;

/**
 * Connect uploads a recording shortly after the call. A recording still absent this long after the index
 * learned of it is taken as lost: the request is fulfilled with the others and names it as missing, rather
 * than running into the deadline waiting for it.
 */
export const UPLOAD_GRACE_MS = 60 * 60_000;

const ALMATY_OFFSET_MS = 5 * 3_600_000;

/** The instant an Almaty day ends (midnight of the next day, UTC+5). */
export function endOfAlmatyDayMs(day: string): number {
  return Date.parse(`${addCalendarDays(day, 1)}T00:00:00Z`) - ALMATY_OFFSET_MS;
}

export interface SearchInput {
  readonly request: Pick<RecordingRequest, 'day' | 'requestedAt'>;
  /** Index entries under the request's lookup hash. */
  readonly entries: readonly IndexEntry[];
  /** Whether an object exists, for every recording location of `entries` (`bucket/key`). */
  readonly stored: ReadonlySet<string>;
  readonly now: number;
}

export type SearchOutcome =
  | { readonly status: 'searching' }
  | { readonly status: 'waiting_for_upload'; readonly pending: readonly string[] }
  | { readonly status: 'no_recordings'; readonly missing: readonly string[] }
  | {
      readonly status: 'fulfilled';
      readonly recordings: readonly FoundRecording[];
      readonly missing: readonly string[];
    };

export function locationId(location: { bucket: string; key: string }): string {
  return `${location.bucket}/${location.key}`;
}

/** What one look at the index and the bucket says about a request. */
export function searchOutcome(input: SearchInput): SearchOutcome {
  const recorded = input.entries
    .filter((entry) => entry.recordings.length > 0)
    .sort((a, b) => a.initiatedAt.localeCompare(b.initiatedAt) || a.contactId.localeCompare(b.contactId));
  if (recorded.length === 0) {
    const lastPossibleStart = Math.min(
      endOfAlmatyDayMs(input.request.day),
      Date.parse(input.request.requestedAt),
    );
    return input.now >= lastPossibleStart + CONTACT_RECORD_LAG_MS
      ? { status: 'no_recordings', missing: [] }
      : { status: 'searching' };
  }
  const recordings: FoundRecording[] = [];
  const pending: string[] = [];
  const missing: string[] = [];
  for (const entry of recorded) {
    for (const location of entry.recordings) {
      if (input.stored.has(locationId(location))) {
        recordings.push({
          contactId: entry.contactId,
          bucket: location.bucket,
          key: location.key,
          initiatedAt: entry.initiatedAt,
          disconnectedAt: entry.disconnectedAt,
          queue: entry.queue,
          operator: entry.operator,
        });
      } else if (input.now - Date.parse(entry.firstIndexedAt) < UPLOAD_GRACE_MS) {
        pending.push(entry.contactId);
      } else {
        missing.push(entry.contactId);
      }
    }
  }
  if (pending.length > 0) return { status: 'waiting_for_upload', pending: [...new Set(pending)] };
  const lost = [...new Set(missing)];
  if (recordings.length === 0) return { status: 'no_recordings', missing: lost };
  return { status: 'fulfilled', recordings, missing: lost };
}

/**
 * The status a request moves to after a search: a final outcome always wins; otherwise an open request past
 * its deadline is breached (and keeps being searched).
 */
export function nextStatus(
  request: Pick<RecordingRequest, 'status' | 'deadline'>,
  outcome: SearchOutcome,
  now: number,
): RequestStatus {
  if (!isOpen(request.status)) return request.status;
  if (outcome.status === 'fulfilled' || outcome.status === 'no_recordings') return outcome.status;
  if (request.status === 'breached' || now > Date.parse(request.deadline)) return 'breached';
  return outcome.status;
}
