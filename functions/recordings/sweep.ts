import { logger } from '../shared/logger';
import { requestsNeedingWork } from './adapters/request-store';
import { isOpen } from './domain/request';
import {
  advanceRequest,
  ensureClockStarted,
  type RequestServiceDeps,
  stopClockIfClosed,
} from './request-service';

/** Requests looked at per run; the oldest deadlines first, the rest on the next run. */
export const SWEEP_BATCH = 50;

export interface SweepResult {
  readonly examined: number;
  readonly failed: number;
}

/**
 * Moves on every request that still needs work, whether or not anyone reads it: searches open requests
 * (a recording uploaded late fulfils its request within a minute), marks breaches, and finishes starting or
 * stopping SLA clocks that failed earlier. One failing request does not hold up the others.
 */
export async function sweepRequests(deps: RequestServiceDeps): Promise<SweepResult> {
  const requests = await requestsNeedingWork(deps.requestsTable, SWEEP_BATCH);
  let failed = 0;
  for (const request of requests) {
    try {
      if (isOpen(request.status)) await advanceRequest(deps, await ensureClockStarted(deps, request));
      else await stopClockIfClosed(deps, request);
    } catch (error) {
      failed++;
      logger.error('Recording request sweep failed', { requestId: request.requestId, error: error as Error });
    }
  }
  return { examined: requests.length, failed };
}
