import { ENV, readEnv } from '../shared/env';
import { BadRequestError } from '../shared/errors';
import { callerOf, httpHandler, jsonResult } from '../shared/http';
import { appendAudit, readAudit } from './adapters/audit-log';
import { auditDays } from './domain/audit';
import { InvalidRecordingRequestError } from './domain/errors';

const env = readEnv([ENV.auditTable]);

/**
 * `GET /recordings/audit?from=YYYY-MM-DD&to=YYYY-MM-DD` (supervisors): the audit log of recording requests for
 * a range of Almaty days. Reading the log is itself logged.
 */
export const handler = httpHandler(async (event) => {
  const from = event.queryStringParameters?.['from'] ?? '';
  const to = event.queryStringParameters?.['to'] ?? from;
  let days: string[];
  try {
    days = auditDays(from, to);
  } catch (error) {
    if (error instanceof InvalidRecordingRequestError) throw new BadRequestError(error.message);
    throw error;
  }
  const caller = callerOf(event);
  await appendAudit(env[ENV.auditTable], {
    action: 'audit_read',
    at: new Date().toISOString(),
    actor: caller,
    details: { from: days[0]!, to: days.at(-1)! },
  });
  return jsonResult(
    200,
    { from: days[0], to: days.at(-1), events: await readAudit(env[ENV.auditTable], days) },
    {
      'cache-control': 'no-store',
    },
  );
});
