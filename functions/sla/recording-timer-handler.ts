import { ENV, readEnv } from '../shared/env';
import { recordOutcome, recordRecordingEvent } from './adapters/sla-records';
import { runTimerTask, type TimerSubject } from './timer-task';

const env = readEnv([ENV.recordingRequestsTable, ENV.notificationsTopic, ENV.qualityTable]);

/**
 * Recording timers write SLA events beside the recording request (`REQUEST#<id>` / `SLA#<at>#<event>`).
 * Delivery stops the timer (`stopRecordingTimer`), so a running timer means the recordings are still owed.
 */
const recordings: TimerSubject = {
  kind: 'recording',
  record: (requestId, _clock, type, at, detail) =>
    recordRecordingEvent(env[ENV.recordingRequestsTable], requestId, type, at, detail),
  stillOwed: async () => ({ owed: true }),
  countBreach: async (requestId, _clock, at, deadline) => {
    await recordOutcome(env[ENV.qualityTable], {
      kind: 'recording',
      id: requestId,
      outcome: 'breached',
      at,
      deadline,
    });
  },
};

/** Task states of the recording-request SLA state machine. */
export const handler = (event: unknown) => runTimerTask(event, recordings, env[ENV.notificationsTopic]);
