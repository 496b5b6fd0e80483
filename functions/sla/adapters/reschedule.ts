import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { appealKeys } from '../../../contracts/keys/appeal-keys';
import { appendHistory } from '../../shared/appeal-history';
import { dynamoDocuments } from '../../shared/aws-clients';
import { logger } from '../../shared/logger';
import type { WorkingDayCalendar } from '../domain/calendar';
import { rescheduleDeadline } from '../domain/reschedule';
import { timerExecutionName } from '../domain/timer-plan';
import { openAppealItems } from './open-appeal-items';
import { executionArn, startTimerExecution, stopTimerExecution } from './timer-executions';

export interface RescheduleRequest {
  readonly appealsTable: string;
  readonly appealTimer: string;
  readonly hotline: string;
  readonly workingDays: number;
  readonly before: WorkingDayCalendar;
  readonly after: WorkingDayCalendar;
  /** Version of the edited year, written into each rescheduled appeal's history. */
  readonly calendarVersion: string;
}

export interface RescheduledAppeal {
  readonly number: string;
  readonly previousDeadline: string;
  readonly deadline: string;
}

interface OpenAppealItem {
  readonly number: string;
  readonly receivedAt?: string;
  readonly deadline?: string;
  readonly slaExecution?: string;
}

async function* openAppeals(tableName: string): AsyncGenerator<OpenAppealItem> {
  const projection = {
    expression: '#number, receivedAt, deadline, slaExecution',
    names: { '#number': 'number' },
  };
  for await (const item of openAppealItems(tableName, projection)) yield item as unknown as OpenAppealItem;
}

/**
 * After a calendar edit: moves the deadline of every open appeal whose deadline the calendar produced,
 * restarts its timer under a new execution name (names cannot be reused), and records `sla_rescheduled`.
 */
export async function rescheduleOpenAppeals(request: RescheduleRequest): Promise<{
  checked: number;
  rescheduled: RescheduledAppeal[];
}> {
  let checked = 0;
  const rescheduled: RescheduledAppeal[] = [];
  for await (const appeal of openAppeals(request.appealsTable)) {
    checked += 1;
    if (!appeal.receivedAt || !appeal.deadline) continue;
    const decision = rescheduleDeadline(
      { receivedAt: appeal.receivedAt, deadline: appeal.deadline },
      request.workingDays,
      request.before,
      request.after,
    );
    if (!decision.change) continue;
    const name = timerExecutionName('appeal', appeal.number, Date.now());
    try {
      await dynamoDocuments().send(
        new UpdateCommand({
          TableName: request.appealsTable,
          Key: appealKeys.appeal(appeal.number),
          UpdateExpression: 'SET deadline = :deadline, slaExecution = :execution',
          // Someone else moved it meanwhile (an answer, another edit): leave it to them.
          ConditionExpression: 'deadline = :previous',
          ExpressionAttributeValues: {
            ':deadline': decision.deadline,
            ':execution': name,
            ':previous': appeal.deadline,
          },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) continue;
      throw error;
    }
    const previousTimer = appeal.slaExecution ?? timerExecutionName('appeal', appeal.number);
    await stopTimerExecution(executionArn(request.appealTimer, previousTimer));
    await startTimerExecution(request.appealTimer, name, {
      hotline: request.hotline,
      number: appeal.number,
      startedAt: appeal.receivedAt,
      deadline: decision.deadline,
      rescheduled: true,
    });
    await appendHistory(request.appealsTable, appeal.number, {
      type: 'sla_rescheduled',
      at: new Date().toISOString(),
      actor: 'sla',
      previousDeadline: appeal.deadline,
      deadline: decision.deadline,
      calendarVersion: request.calendarVersion,
    });
    logger.info('Appeal deadline moved by a calendar edit', { appealNumber: appeal.number });
    rescheduled.push({
      number: appeal.number,
      previousDeadline: appeal.deadline,
      deadline: decision.deadline,
    });
  }
  return { checked, rescheduled };
}
