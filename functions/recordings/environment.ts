import { ENV, readEnv } from '../shared/env';
import { parseRecordingsPolicy } from './domain/policy';

/**
 * The environment of the recording request functions, read once at cold start (fails fast when a variable
 * is missing). The SLA clock is passed separately.
 */
export function readRequestEnvironment() {
  const env = readEnv([
    ENV.hotline,
    ENV.recordingRequestsTable,
    ENV.recordingIndexTable,
    ENV.auditTable,
    ENV.recordingsPolicy,
  ]);
  return {
    hotline: env[ENV.hotline],
    requestsTable: env[ENV.recordingRequestsTable],
    indexTable: env[ENV.recordingIndexTable],
    auditTable: env[ENV.auditTable],
    policy: parseRecordingsPolicy(env[ENV.recordingsPolicy]),
    now: () => Date.now(),
  };
}
