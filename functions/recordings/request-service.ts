import { randomUUID } from 'node:crypto';
import { logger } from '../shared/logger';
import { appendAudit } from './adapters/audit-log';
import { recordingHashKey } from './adapters/hash-key';
import { entriesFor } from './adapters/index-store';
import { storedLocations } from './adapters/recording-objects';
import { createRequest, readRequest, replaceRequest, type StoredRequest } from './adapters/request-store';
import type { DeadlineClock } from './deadline-clock';
import { type AuditActor, type AuditEvent, SYSTEM_ACTOR } from './domain/audit';
import { lookupHash } from './domain/lookup-key';
import type { RecordingsPolicy } from './domain/policy';
import { acceptRequest, isOpen, type RequestInput, type RequestStatus } from './domain/request';
import { nextStatus, searchOutcome } from './domain/search';

/** What the request service works with: table names, the hotline's policy, the SLA clock and the time. */
export interface RequestServiceDeps {
  readonly hotline: string;
  readonly requestsTable: string;
  readonly indexTable: string;
  readonly auditTable: string;
  readonly policy: RecordingsPolicy;
  readonly clock: DeadlineClock;
  readonly now: () => number;
}

export interface NewRequest extends RequestInput {
  readonly reason: string;
}

/** Optimistic retries before giving up on a request others keep changing. */
const MAX_ATTEMPTS = 5;

/**
 * Registers a request of the authorized body: checks it, files it under the lookup hash (the number itself
 * is not stored), writes the audit entry, starts the SLA clock and searches at once.
 */
export async function registerRequest(
  deps: RequestServiceDeps & { readonly hashKeyTable: string },
  input: NewRequest,
  caller: AuditActor,
): Promise<StoredRequest> {
  const accepted = acceptRequest(input, deps.policy.requestHours, deps.now());
  const key = await recordingHashKey(deps.hashKeyTable);
  const request: StoredRequest = {
    requestId: randomUUID(),
    hotline: deps.hotline,
    day: accepted.day,
    lookup: lookupHash(key, accepted.e164, accepted.day),
    reason: input.reason,
    requestedAt: accepted.requestedAt,
    deadline: accepted.deadline,
    requestedBy: { arn: caller.arn, session: caller.session },
    status: 'registered',
    version: 1,
    updatedAt: accepted.requestedAt,
    clockStarted: false,
    clockStopped: false,
  };
  await createRequest(deps.requestsTable, request);
  await audit(deps, {
    action: 'request_registered',
    at: request.requestedAt,
    actor: caller,
    requestId: request.requestId,
    details: { day: request.day, deadline: request.deadline, reason: request.reason },
  });
  logger.info('Recording request registered', { requestId: request.requestId, deadline: request.deadline });
  return advanceRequest(deps, await ensureClockStarted(deps, request), caller);
}

/** Starts the clock if it is not running yet; a failure is logged and left to the sweep. */
export function ensureClockStarted(deps: RequestServiceDeps, request: StoredRequest): Promise<StoredRequest> {
  return unlessClockFails(request, () => startClock(deps, request));
}

/** Starts the request's SLA clock (once) and notes that it runs. */
export async function startClock(deps: RequestServiceDeps, request: StoredRequest): Promise<StoredRequest> {
  if (request.clockStarted) return request;
  await deps.clock.start({
    hotline: deps.hotline,
    requestId: request.requestId,
    startedAt: request.requestedAt,
    deadline: request.deadline,
  });
  return change(deps, request, (current) =>
    current.clockStarted ? undefined : { ...current, clockStarted: true },
  );
}

/**
 * Searches the index and the bucket for an open request and moves it on: fulfilled, no recordings, still
 * waiting, or breached. Whoever wins the conditional write writes the audit entry and stops the clock.
 */
export async function advanceRequest(
  deps: RequestServiceDeps,
  request: StoredRequest,
  actor: AuditActor = SYSTEM_ACTOR,
): Promise<StoredRequest> {
  let current = request;
  for (let attempt = 1; isOpen(current.status); attempt++) {
    const now = deps.now();
    const entries = await entriesFor(deps.indexTable, current.lookup);
    const stored = await storedLocations(entries.flatMap((entry) => entry.recordings));
    const outcome = searchOutcome({ request: current, entries, stored, now });
    const status = nextStatus(current, outcome, now);
    if (status === current.status) return current;
    const at = new Date(now).toISOString();
    const closes = !isOpen(status);
    const next: StoredRequest = {
      ...current,
      status,
      updatedAt: at,
      ...(closes ? { closedAt: at, deadlineMet: now <= Date.parse(current.deadline) } : {}),
      ...(outcome.status === 'fulfilled' ? { recordings: outcome.recordings, missing: outcome.missing } : {}),
      ...(outcome.status === 'no_recordings' ? { recordings: [], missing: outcome.missing } : {}),
    };
    if (await replaceRequest(deps.requestsTable, current, next)) {
      current = { ...next, version: current.version + 1 };
      await auditTransition(deps, current, actor);
      break;
    }
    if (attempt >= MAX_ATTEMPTS) throw new Error(`Request ${current.requestId} keeps changing under us`);
    current = await mustRead(deps, current.requestId);
  }
  const closed = current;
  return unlessClockFails(closed, () => stopClockIfClosed(deps, closed));
}

/**
 * The SLA clock is bookkeeping: when it cannot be started or stopped, the authorized body still gets its
 * answer, and the sweep (which finds the request through `byOpen` while its clock is out of step) retries.
 */
async function unlessClockFails(
  request: StoredRequest,
  step: () => Promise<StoredRequest>,
): Promise<StoredRequest> {
  try {
    return await step();
  } catch (error) {
    logger.error('SLA clock of a recording request is out of step; the sweep will retry', {
      requestId: request.requestId,
      error: error as Error,
    });
    return request;
  }
}

/** Stops the clock of a closed request whose clock still runs (retried by the sweep if it fails here). */
export async function stopClockIfClosed(
  deps: RequestServiceDeps,
  request: StoredRequest,
): Promise<StoredRequest> {
  if (isOpen(request.status) || !request.clockStarted || request.clockStopped) return request;
  await deps.clock.stop(request.requestId, request.status === 'fulfilled' ? 'met' : 'no_recordings');
  return change(deps, request, (current) =>
    current.clockStopped ? undefined : { ...current, clockStopped: true },
  );
}

const TRANSITION_ACTIONS: Partial<Record<RequestStatus, AuditEvent['action']>> = {
  breached: 'request_breached',
  fulfilled: 'request_fulfilled',
  no_recordings: 'request_no_recordings',
};

async function auditTransition(
  deps: RequestServiceDeps,
  request: StoredRequest,
  actor: AuditActor,
): Promise<void> {
  const action = TRANSITION_ACTIONS[request.status];
  if (action === undefined) return;
  logger.info('Recording request moved', { requestId: request.requestId, status: request.status });
  await audit(deps, {
    action,
    at: request.updatedAt,
    actor,
    requestId: request.requestId,
    details: {
      deadline: request.deadline,
      ...(request.deadlineMet === undefined ? {} : { deadlineMet: request.deadlineMet }),
      ...(request.recordings
        ? { contactIds: request.recordings.map((recording) => recording.contactId) }
        : {}),
      ...(request.missing?.length ? { missing: request.missing } : {}),
    },
  });
}

export function audit(deps: Pick<RequestServiceDeps, 'auditTable'>, event: AuditEvent): Promise<void> {
  return appendAudit(deps.auditTable, event);
}

async function mustRead(deps: RequestServiceDeps, requestId: string): Promise<StoredRequest> {
  const found = await readRequest(deps.requestsTable, requestId);
  if (!found) throw new Error(`Request ${requestId} vanished`);
  return found;
}

/** Applies a small change with optimistic retries; `undefined` from `apply` means nothing to change. */
async function change(
  deps: RequestServiceDeps,
  request: StoredRequest,
  apply: (current: StoredRequest) => StoredRequest | undefined,
): Promise<StoredRequest> {
  let current = request;
  for (let attempt = 1; ; attempt++) {
    const next = apply(current);
    if (next === undefined) return current;
    if (await replaceRequest(deps.requestsTable, current, next))
      return { ...next, version: current.version + 1 };
    if (attempt >= MAX_ATTEMPTS) throw new Error(`Request ${current.requestId} keeps changing under us`);
    current = await mustRead(deps, current.requestId);
  }
}
