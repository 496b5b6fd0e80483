import {
  DescribeExecutionCommand,
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { sfnClient } from './clients';

/**
 * Step Functions executions as SLA timers: one execution per appeal, clock or recording request, named
 * after it, so starting twice is harmless and stopping needs no lookup table. What a timer's end means
 * (history, SLA met %) is written by `timer-outcomes.ts`; the three kinds of timer compose the two.
 */

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
