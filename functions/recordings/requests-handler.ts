import * as z from 'zod';
import { ENV, readEnv } from '../shared/env';
import { BadRequestError, NotFoundError } from '../shared/errors';
import { callerOf, httpHandler, jsonResult, parseJsonBody } from '../shared/http';
import { readRequest } from './adapters/request-store';
import { slaClock } from './adapters/sla-clock';
import { InvalidRecordingRequestError } from './domain/errors';
import { readRequestEnvironment } from './environment';
import { issueLinks, requestView } from './links';
import { advanceRequest, registerRequest } from './request-service';

const deps = {
  ...readRequestEnvironment(),
  hashKeyTable: readEnv([ENV.recordingHashKeyTable])[ENV.recordingHashKeyTable],
  clock: slaClock,
};

const NewRequestBody = z.object({
  date: z.string(),
  phone: z.string().max(40),
  reason: z.string().trim().min(3).max(2000),
  deadline: z.string().max(40).optional(),
});

const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Recording requests of the authorized body (IAM role `authority` only):
 * `POST /recordings/requests` registers one and searches at once; `GET /recordings/requests/{id}` searches
 * again if it is still open and, once fulfilled, returns each recording as a fresh URL valid 15 minutes.
 */
export const handler = httpHandler(async (event) => {
  const caller = callerOf(event);
  try {
    if (event.routeKey === 'POST /recordings/requests') {
      const body = parseJsonBody(event, NewRequestBody);
      const request = await registerRequest(deps, body, caller);
      return jsonResult(201, requestView(request), { location: `/recordings/requests/${request.requestId}` });
    }
    const requestId = event.pathParameters?.['id'] ?? '';
    const stored = REQUEST_ID.test(requestId) ? await readRequest(deps.requestsTable, requestId) : undefined;
    if (!stored) throw new NotFoundError(`No recording request ${requestId.slice(0, 40)}`);
    // The caller's read is what found the recordings: the fulfilment is logged under their identity.
    const request = await advanceRequest(deps, stored, caller);
    return jsonResult(200, requestView(request, await issueLinks(deps, request, caller)), {
      'cache-control': 'no-store',
    });
  } catch (error) {
    if (error instanceof InvalidRecordingRequestError) throw new BadRequestError(error.message);
    throw error;
  }
});
