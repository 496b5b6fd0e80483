import { toE164 } from '../../../contracts/phone';
import { almatyDayOf, parseInstant } from '../../sla/domain/almaty-time';
import { isCalendarDay } from '../../sla/domain/calendar-day';
import { IllegalTransitionError, InvalidRecordingRequestError } from './errors';

/**
 * A written request of the authorized body for the recordings of one caller on one day.
 *
 * ```
 * registered -> searching           (no contact of that caller on that day indexed yet)
 *            -> waiting_for_upload  (a contact is indexed, its recording is not in S3 yet)
 *            -> fulfilled           (every indexed recording is in S3)       final
 *            -> no_recordings       (the day is over and nothing was found)  final
 * any open status past the deadline -> breached -> fulfilled | no_recordings
 * ```
 * `registered`, `searching`, `waiting_for_upload` and `breached` are open: the search goes on, and a breached
 * request is still fulfilled, late. `fulfilled` and `no_recordings` are final.
 */
export const REQUEST_STATUSES = [
  'registered',
  'searching',
  'waiting_for_upload',
  'breached',
  'fulfilled',
  'no_recordings',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export type FinalStatus = Extract<RequestStatus, 'fulfilled' | 'no_recordings'>;

const MOVES: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  registered: ['searching', 'waiting_for_upload', 'breached', 'fulfilled', 'no_recordings'],
  searching: ['waiting_for_upload', 'breached', 'fulfilled', 'no_recordings'],
  waiting_for_upload: ['searching', 'breached', 'fulfilled', 'no_recordings'],
  breached: ['fulfilled', 'no_recordings'],
  fulfilled: [],
  no_recordings: [],
};

export function isOpen(status: RequestStatus): boolean {
  return MOVES[status].length > 0;
}

export function canMove(from: RequestStatus, to: RequestStatus): boolean {
  return MOVES[from].includes(to);
}

export function assertMove(from: RequestStatus, to: RequestStatus): void {
  if (!canMove(from, to)) throw new IllegalTransitionError(from, to);
}

/** A recording handed over: where it lies and what the authorized body needs to recognise the call. */
export interface FoundRecording {
  readonly contactId: string;
  readonly bucket: string;
  readonly key: string;
  readonly initiatedAt: string;
  readonly disconnectedAt: string | null;
  readonly queue: string | null;
  readonly operator: string | null;
}

/** A stored request. It keeps the lookup hash, never the phone number it was made for. */
export interface RecordingRequest {
  readonly requestId: string;
  readonly hotline: string;
  readonly day: string;
  readonly lookup: string;
  readonly reason: string;
  readonly requestedAt: string;
  readonly deadline: string;
  readonly requestedBy: { readonly arn: string; readonly session: string };
  readonly status: RequestStatus;
  /** Incremented on every change; writes are conditional on it. */
  readonly version: number;
  readonly updatedAt: string;
  readonly recordings?: readonly FoundRecording[];
  /** Contacts whose recording never reached S3 within the upload grace (see `search.ts`). */
  readonly missing?: readonly string[];
  readonly closedAt?: string;
  /** Set when the request closes: true if it was fulfilled (or found empty) by the deadline. */
  readonly deadlineMet?: boolean;
}

/** What a request asks for, checked: the E.164 number, the Almaty day and the deadline as ISO instants. */
export interface AcceptedRequest {
  readonly e164: string;
  readonly day: string;
  readonly requestedAt: string;
  readonly deadline: string;
}

export interface RequestInput {
  readonly date: string;
  readonly phone: string;
  readonly deadline?: string | undefined;
}

/**
 * Checks a request against the hotline's rule and fixes its deadline. With `requestHours` (1414: 4 hours,
 * order No. 83 p. 14) the deadline runs from receipt; a deadline named in the request may only shorten it.
 * Without (111) the request must name its own deadline, in the future.
 */
export function acceptRequest(
  input: RequestInput,
  requestHours: number | null,
  now: number,
): AcceptedRequest {
  const e164 = toE164(input.phone);
  if (e164 === undefined) {
    throw new InvalidRecordingRequestError(
      'phone: not a phone number; write it as +7XXXXXXXXXX (8XXXXXXXXXX is accepted too)',
    );
  }
  if (!isCalendarDay(input.date)) {
    throw new InvalidRecordingRequestError('date: must be a calendar day YYYY-MM-DD, e.g. 2026-11-23');
  }
  if (input.date > almatyDayOf(now)) {
    throw new InvalidRecordingRequestError(`date: ${input.date} is in the future in Almaty`);
  }
  const named = input.deadline === undefined ? undefined : parseDeadline(input.deadline);
  if (named !== undefined && named <= now) {
    throw new InvalidRecordingRequestError(`deadline: ${input.deadline} has already passed`);
  }
  let deadline: number;
  if (requestHours !== null) {
    const byRule = now + requestHours * 3_600_000;
    deadline = named === undefined ? byRule : Math.min(byRule, named);
  } else if (named === undefined) {
    throw new InvalidRecordingRequestError(
      'deadline: this hotline delivers recordings by the deadline the request names; give it as ISO-8601, e.g. 2026-11-25T18:00:00+05:00',
    );
  } else {
    deadline = named;
  }
  return {
    e164,
    day: input.date,
    requestedAt: new Date(now).toISOString(),
    deadline: new Date(deadline).toISOString(),
  };
}

function parseDeadline(value: string): number {
  try {
    return parseInstant(value);
  } catch {
    throw new InvalidRecordingRequestError(
      `deadline: ${JSON.stringify(value.slice(0, 40))} is not an ISO-8601 time with an offset, e.g. 2026-11-25T18:00:00+05:00`,
    );
  }
}
