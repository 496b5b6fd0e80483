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
import { readAppeal, recordAppealEvent, recordOutcome, recordRecordingEvent } from './sla-records';

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
export async function stopTimerExecution(arn: string, cause = 'Answered or closed'): Promise<StoppedTimer> {
  try {
    const described = await sfnClient().send(new DescribeExecutionCommand({ executionArn: arn }));
    if (described.status === 'RUNNING') {
      await sfnClient().send(new StopExecutionCommand({ executionArn: arn, cause }));
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
    clock: 'answer',
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

export interface UrgentAckTimerInput {
  readonly hotline: string;
  readonly number: string;
  /** When the state bodies were alerted. */
  readonly startedAt: string;
  /** `startedAt` + `sla.urgentAckMinutes`, round the clock. */
  readonly deadline: string;
}

/**
 * Starts the acknowledgement clock of an urgent appeal: an execution of the appeal state machine named
 * `urgent-ack-<number>` beside the answer timer, so starting twice (a repeated escalation) keeps the first.
 */
export async function startUrgentAckTimer(input: UrgentAckTimerInput): Promise<void> {
  const env = readEnv([ENV.appealSlaStateMachine]);
  await startTimerExecution(env[ENV.appealSlaStateMachine], timerExecutionName('urgent-ack', input.number), {
    hotline: input.hotline,
    number: input.number,
    clock: 'urgent-ack',
    startedAt: input.startedAt,
    deadline: input.deadline,
  });
}

/** Stops an urgent appeal's acknowledgement timer if it still runs; says whether it had already breached. */
export async function stopUrgentAckExecution(number: string, cause: string): Promise<StoppedTimer> {
  const env = readEnv([ENV.appealSlaStateMachine]);
  return stopTimerExecution(
    executionArn(env[ENV.appealSlaStateMachine], timerExecutionName('urgent-ack', number)),
    cause,
  );
}

export interface UrgentAckEnd {
  readonly outcome: 'met' | 'cancelled';
  /** The timer had already run out (`StoppedTimer.breached`). */
  readonly breached: boolean;
  readonly deadline?: string;
  readonly at: string;
}

/**
 * Records how an urgent appeal's acknowledgement clock ended, in its history with `clock: 'urgent-ack'`:
 * `sla_met` when a state body acknowledged by the deadline, `sla_answered_late` after it (the breach was
 * recorded when it passed), `sla_cancelled` when the appeal was closed first. Acknowledgements count for
 * the SLA met % as their own kind, `urgent-ack`.
 */
export async function recordUrgentAckEnd(number: string, end: UrgentAckEnd): Promise<SlaEventType> {
  const env = readEnv([ENV.appealsTable, ENV.qualityTable]);
  const event = outcomeEvent(end.outcome, end.breached, end.deadline, end.at);
  const deadline = end.deadline ? { deadline: end.deadline } : {};
  await recordAppealEvent(env[ENV.appealsTable], number, event, end.at, deadline, 'urgent-ack');
  if (end.outcome === 'met' && end.deadline) {
    await recordOutcome(env[ENV.qualityTable], {
      kind: 'urgent-ack',
      id: number,
      outcome: event === 'sla_met' ? 'met' : 'late',
      at: end.at,
      deadline: end.deadline,
    });
  }
  logger.info('Urgent acknowledgement clock stopped', { appealNumber: number, event });
  return event;
}

/** Whether an acknowledgement at `at` kept the clock: late when the timer breached or the deadline passed. */
export function urgentAckTimeliness(breached: boolean, deadline: string | undefined, at: string) {
  if (deadline === undefined) return undefined;
  return outcomeEvent('met', breached, deadline, at) === 'sla_met' ? ('met' as const) : ('late' as const);
}

/** Stops the acknowledgement clock of an urgent appeal closed before any state body acknowledged it. */
export async function cancelUrgentAckTimer(number: string, deadline: string | undefined): Promise<void> {
  const stopped = await stopUrgentAckExecution(number, 'Appeal closed');
  await recordUrgentAckEnd(number, {
    outcome: 'cancelled',
    breached: stopped.breached,
    at: new Date().toISOString(),
    ...(deadline ? { deadline } : {}),
  });
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
