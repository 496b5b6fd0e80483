import {
  DescribeExecutionCommand,
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { appendHistory } from '../../shared/appeal-history';
import { ENV, readEnv } from '../../shared/env';
import { logger } from '../../shared/logger';
import { metDeadline } from '../domain/deadline';
import type { SlaEventType } from '../domain/sla-notice';
import { timerExecutionName } from '../domain/timer-plan';
import { sfnClient } from './clients';
import { readAppeal, recordOutcome, recordRecordingEvent } from './sla-records';

/**
 * Starting and stopping SLA timers: one Step Functions execution per appeal or recording request, named
 * after it, so starting twice is harmless and stopping needs no lookup table. Functions that call these
 * get the permissions and environment from `SlaTimers.grantStart(fn, kind)`.
 */

export interface AppealTimerInput {
  readonly hotline: string;
  /** The registration number (13 digits). */
  readonly number: string;
  /** When the term starts: the appeal's receipt. */
  readonly startedAt: string;
  readonly deadline: string;
}

export interface RecordingTimerInput {
  readonly hotline: string;
  readonly requestId: string;
  readonly startedAt: string;
  readonly deadline: string;
}

/** `arn:...:stateMachine:<name>` -> `arn:...:execution:<name>:<execution>`. */
export function executionArn(stateMachineArn: string, executionName: string): string {
  return `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${executionName}`;
}

/** Starts an execution; one already started under the same name is fine (the timer is running or ran). */
export async function startTimerExecution(
  stateMachineArn: string,
  name: string,
  input: object,
): Promise<void> {
  try {
    await sfnClient().send(
      new StartExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) }),
    );
  } catch (error) {
    if (error instanceof ExecutionAlreadyExists) return;
    throw error;
  }
}

export interface StoppedTimer {
  /** The input the execution was started with. */
  readonly input?: Record<string, unknown>;
  /** The timer had already run out: the breach is recorded. */
  readonly breached: boolean;
}

/** Stops an execution if it is still running, and says whether it had already breached. */
export async function stopTimerExecution(arn: string): Promise<StoppedTimer> {
  try {
    const described = await sfnClient().send(new DescribeExecutionCommand({ executionArn: arn }));
    if (described.status === 'RUNNING') {
      await sfnClient().send(new StopExecutionCommand({ executionArn: arn, cause: 'Answered or closed' }));
    }
    const output = described.output ? (JSON.parse(described.output) as { outcome?: unknown }) : undefined;
    return {
      ...(described.input ? { input: JSON.parse(described.input) as Record<string, unknown> } : {}),
      breached: described.status === 'SUCCEEDED' && output?.outcome === 'breached',
    };
  } catch (error) {
    // No timer was ever started (registered before the SLA engine existed, or its start failed).
    if (error instanceof ExecutionDoesNotExist) return { breached: false };
    throw error;
  }
}

export async function startAppealTimer(input: AppealTimerInput): Promise<void> {
  const env = readEnv([ENV.appealSlaStateMachine]);
  await startTimerExecution(env[ENV.appealSlaStateMachine], timerExecutionName('appeal', input.number), {
    hotline: input.hotline,
    number: input.number,
    startedAt: input.startedAt,
    deadline: input.deadline,
  });
}

/**
 * Stops the appeal's timer and records the outcome in its history: `sla_met` when answered by the
 * deadline, `sla_answered_late` when answered after it (the breach was recorded when it passed), or
 * `sla_cancelled` when the appeal was closed without an answer being owed.
 */
export async function stopAppealTimer(number: string, outcome: 'met' | 'cancelled'): Promise<void> {
  const env = readEnv([ENV.appealSlaStateMachine, ENV.appealsTable, ENV.qualityTable]);
  const appeal = await readAppeal(env[ENV.appealsTable], number);
  const name = appeal?.slaExecution ?? timerExecutionName('appeal', number);
  const stopped = await stopTimerExecution(executionArn(env[ENV.appealSlaStateMachine], name));
  const at = new Date().toISOString();
  const type = outcomeEvent(outcome, stopped.breached, appeal?.deadline, at);
  await appendHistory(env[ENV.appealsTable], number, {
    type,
    at,
    actor: 'sla',
    ...(appeal?.deadline ? { deadline: appeal.deadline } : {}),
  });
  if (outcome === 'met' && appeal?.deadline) {
    await recordOutcome(env[ENV.qualityTable], {
      kind: 'appeal',
      id: number,
      outcome: type === 'sla_met' ? 'met' : 'late',
      at,
      deadline: appeal.deadline,
    });
  }
  logger.info('Appeal SLA timer stopped', { appealNumber: number, event: type });
}

export async function startRecordingTimer(input: RecordingTimerInput): Promise<void> {
  const env = readEnv([ENV.recordingSlaStateMachine]);
  await startTimerExecution(
    env[ENV.recordingSlaStateMachine],
    timerExecutionName('recording', input.requestId),
    {
      hotline: input.hotline,
      requestId: input.requestId,
      startedAt: input.startedAt,
      deadline: input.deadline,
    },
  );
}

/** Stops a recording request's timer: delivered (`met`), withdrawn (`cancelled`) or nothing recorded. */
export async function stopRecordingTimer(
  requestId: string,
  outcome: 'met' | 'cancelled' | 'no_recordings',
): Promise<void> {
  const env = readEnv([ENV.recordingSlaStateMachine, ENV.recordingRequestsTable, ENV.qualityTable]);
  const stopped = await stopTimerExecution(
    executionArn(env[ENV.recordingSlaStateMachine], timerExecutionName('recording', requestId)),
  );
  const deadline = typeof stopped.input?.['deadline'] === 'string' ? stopped.input['deadline'] : undefined;
  const at = new Date().toISOString();
  const answered = outcome === 'cancelled' ? 'cancelled' : 'met';
  const timely = outcomeEvent(answered, stopped.breached, deadline, at);
  // "Nothing was recorded" is an answer too: given in time, the request was served in time.
  const type: SlaEventType =
    outcome === 'no_recordings' && timely === 'sla_met' ? 'sla_no_recordings' : timely;
  await recordRecordingEvent(
    env[ENV.recordingRequestsTable],
    requestId,
    type,
    at,
    deadline ? { deadline } : {},
  );
  if (answered === 'met' && deadline) {
    await recordOutcome(env[ENV.qualityTable], {
      kind: 'recording',
      id: requestId,
      outcome: timely === 'sla_answered_late' ? 'late' : 'met',
      at,
      deadline,
    });
  }
}

/** Late when the timer already breached, or the deadline is behind us (the timer may have failed to run). */
function outcomeEvent(
  outcome: 'met' | 'cancelled',
  breached: boolean,
  deadline: string | undefined,
  at: string,
): SlaEventType {
  if (outcome === 'cancelled') return 'sla_cancelled';
  const late = breached || (deadline !== undefined && !metDeadline(deadline, at));
  return late ? 'sla_answered_late' : 'sla_met';
}
