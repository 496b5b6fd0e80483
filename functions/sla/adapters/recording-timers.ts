import { ENV, readEnv } from '../../shared/env';
import { timerExecutionName } from '../domain/timer-plan';
import { executionArn, startTimerExecution, stopTimerExecution } from './timer-executions';
import { type RecordingOutcomeTables, recordRecordingEnd } from './timer-outcomes';

/**
 * A recording request's clock on the recording SLA state machine (`recording-<request id>`). Functions
 * that use it get the permissions and environment from `SlaTimers.grantStart(fn, 'recording')`.
 */

export interface RecordingTimerConfig extends RecordingOutcomeTables {
  readonly stateMachineArn: string;
}

/** The recording timer's environment, read once (fails fast naming what is missing). */
export function recordingTimerConfigFromEnv(): RecordingTimerConfig {
  const env = readEnv([ENV.recordingSlaStateMachine, ENV.recordingRequestsTable, ENV.qualityTable]);
  return {
    stateMachineArn: env[ENV.recordingSlaStateMachine],
    recordingRequestsTable: env[ENV.recordingRequestsTable],
    qualityTable: env[ENV.qualityTable],
  };
}

export interface RecordingTimerInput {
  readonly hotline: string;
  readonly requestId: string;
  readonly startedAt: string;
  readonly deadline: string;
}

export interface RecordingTimer {
  start(input: RecordingTimerInput): Promise<void>;
  /** Stops the timer: delivered (`met`), withdrawn (`cancelled`) or nothing recorded; records the end. */
  stop(requestId: string, outcome: 'met' | 'cancelled' | 'no_recordings'): Promise<void>;
}

export function recordingTimer(config: RecordingTimerConfig): RecordingTimer {
  return {
    start: (input) =>
      startTimerExecution(config.stateMachineArn, timerExecutionName('recording', input.requestId), {
        hotline: input.hotline,
        requestId: input.requestId,
        startedAt: input.startedAt,
        deadline: input.deadline,
      }),
    async stop(requestId, outcome) {
      const stopped = await stopTimerExecution(
        executionArn(config.stateMachineArn, timerExecutionName('recording', requestId)),
      );
      const deadline =
        typeof stopped.input?.['deadline'] === 'string' ? stopped.input['deadline'] : undefined;
      await recordRecordingEnd(config, requestId, outcome, {
        breached: stopped.breached,
        at: new Date().toISOString(),
        ...(deadline ? { deadline } : {}),
      });
    },
  };
}
