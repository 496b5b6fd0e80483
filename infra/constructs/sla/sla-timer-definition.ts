import { Duration } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';

export interface SlaTimerDefinitionProps {
  /** The function doing the Task states' work (`functions/sla/timer-task.ts`). */
  readonly task: lambda.IFunction;
  /** Fractions of the term at which to remind, e.g. [0.5, 0.8]. */
  readonly reminderFractions: readonly number[];
}

/**
 * The shape of every SLA timer, written in JSONPath (the local runner ignores JSONata and Assign):
 *
 *   Plan -> Reminders (Map: Wait until the reminder point -> Remind) -> WaitForDeadline -> Breach
 *
 * The state machine only waits; the task function records each event and notifies. Answering or closing
 * stops the execution (StopExecution), which is how a timer is "met" or "cancelled".
 *
 * One definition serves every clock of its subject: Plan returns the clock its input names (`answer`,
 * `delivery` or `urgent-ack`, the acknowledgement of an urgent appeal by the state bodies) and every later
 * state passes it back, so reminders and breaches are recorded against the right clock.
 */
export class SlaTimerDefinition extends Construct {
  public readonly chain: sfn.IChainable;

  constructor(scope: Construct, id: string, props: SlaTimerDefinitionProps) {
    super(scope, id);
    const invoke = (stateId: string, comment: string, payload: Record<string, unknown>) => {
      const task = new tasks.LambdaInvoke(this, stateId, {
        stateName: stateId,
        comment,
        lambdaFunction: props.task,
        payloadResponseOnly: true,
        payload: sfn.TaskInput.fromObject(payload),
      });
      // Recording is idempotent (one item per event), so a failed attempt can simply be repeated.
      task.addRetry({
        errors: [sfn.Errors.TASKS_FAILED],
        interval: Duration.seconds(5),
        maxAttempts: 4,
        backoffRate: 2,
      });
      return task;
    };
    const subject = {
      hotline: sfn.JsonPath.stringAt('$.hotline'),
      id: sfn.JsonPath.stringAt('$.id'),
      clock: sfn.JsonPath.stringAt('$.clock'),
      deadline: sfn.JsonPath.stringAt('$.deadline'),
    };

    const plan = invoke('Plan', 'Record the start and compute the reminder points still ahead', {
      action: 'plan',
      fractions: [...props.reminderFractions],
      start: sfn.JsonPath.entirePayload,
    });
    const reminders = new sfn.Map(this, 'Reminders', {
      stateName: 'Reminders',
      comment: 'One reminder after another, each at its point in time',
      itemsPath: '$.reminders',
      maxConcurrency: 1,
      itemSelector: {
        ...subject,
        at: sfn.JsonPath.stringAt('$$.Map.Item.Value.at'),
        percent: sfn.JsonPath.numberAt('$$.Map.Item.Value.percent'),
      },
      resultPath: sfn.JsonPath.DISCARD,
    });
    reminders.itemProcessor(
      new sfn.Wait(this, 'WaitForReminder', {
        stateName: 'WaitForReminder',
        time: sfn.WaitTime.timestampPath('$.at'),
      }).next(
        invoke('Remind', 'Remind the assignee and supervisors', {
          action: 'remind',
          ...subject,
          at: sfn.JsonPath.stringAt('$.at'),
          percent: sfn.JsonPath.numberAt('$.percent'),
        }),
      ),
    );
    const waitForDeadline = new sfn.Wait(this, 'WaitForDeadline', {
      stateName: 'WaitForDeadline',
      time: sfn.WaitTime.timestampPath('$.deadlineAt'),
    });
    const breach = invoke('Breach', 'Record the breach and escalate to supervisors', {
      action: 'breach',
      ...subject,
    });
    this.chain = plan.next(reminders).next(waitForDeadline).next(breach);
  }
}
