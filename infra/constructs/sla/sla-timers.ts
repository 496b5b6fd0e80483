import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { ENV } from '../../../contracts/env-names';
import type { HotlineConfig } from '../../config/schema';
import { bindStateMachine, bindTable, bindTopic } from '../core/bind';
import { logicalIdOf } from '../core/nag';
import { QoldauFunction } from '../core/qoldau-function';
import { acknowledgeIndexes, acknowledgeKeyUse, nagRegion } from './sla-nag';
import { SlaTimerDefinition } from './sla-timer-definition';

/** Metadata naming what an SLA state machine times, for tests and the local runtime. */
export const SLA_TIMER_METADATA = 'qoldau:sla-timer';

export type SlaTimerKind = 'appeal' | 'recording';

export interface SlaTimersProps {
  readonly config: HotlineConfig;
  readonly appealsTable: dynamodb.ITable;
  readonly qualityTable: dynamodb.ITable;
  /** Where reminders and breaches are announced. */
  readonly topic: sns.ITopic;
  /**
   * The recording requests table (owned by the recordings capability).
   * @default - none yet: pass it later with `useRecordingRequestsTable`, so the two constructs compose in any order
   */
  readonly recordingRequestsTable?: dynamodb.ITable;
}

/**
 * SLA timers: one Step Functions state machine for appeals and one for recording requests, defined once
 * here and run by the local runtime from the same synthesized definitions. `grantStart(fn, kind)` lets a
 * function start and stop timers with `functions/sla/adapters/appeal-timers.ts` and `recording-timers.ts`.
 */
export class SlaTimers extends Construct {
  public readonly appealTimer: sfn.StateMachine;
  public readonly recordingTimer: sfn.StateMachine;
  public readonly appealTask: QoldauFunction;
  public readonly recordingTask: QoldauFunction;
  private readonly qualityTable: dynamodb.ITable;
  private recordingRequestsBound = false;

  constructor(scope: Construct, id: string, props: SlaTimersProps) {
    super(scope, id);
    const { config } = props;
    this.qualityTable = props.qualityTable;

    this.appealTask = new QoldauFunction(this, 'AppealTask', {
      entry: 'functions/sla/appeal-timer-handler.ts',
      config,
      description: 'Appeal SLA timer steps: record start, reminders and breach; notify supervisors',
    });
    bindTable(this.appealTask, ENV.appealsTable, props.appealsTable, 'readWrite');
    this.recordingTask = new QoldauFunction(this, 'RecordingTask', {
      entry: 'functions/sla/recording-timer-handler.ts',
      config,
      description:
        'Recording request SLA timer steps: record start, reminders and breach; notify supervisors',
    });
    for (const task of [this.appealTask, this.recordingTask]) {
      bindTopic(task, ENV.notificationsTopic, props.topic);
      bindTable(task, ENV.qualityTable, props.qualityTable, 'readWrite');
    }
    acknowledgeIndexes(
      this.appealTask,
      props.appealsTable,
      'Table-wide grant; the timer reads its appeal, writes history.',
    );
    for (const task of [this.appealTask, this.recordingTask]) acknowledgeKeyUse(task);

    this.appealTimer = this.stateMachine('Appeal', config, this.appealTask, 'appeal');
    this.recordingTimer = this.stateMachine('Recording', config, this.recordingTask, 'recording');
    if (props.recordingRequestsTable) this.useRecordingRequestsTable(props.recordingRequestsTable);
  }

  /** Lets `fn` start and stop timers of one kind (and count their outcomes for the SLA met %). */
  grantStart(fn: QoldauFunction, kind: SlaTimerKind): void {
    const machine = kind === 'appeal' ? this.appealTimer : this.recordingTimer;
    const envName = kind === 'appeal' ? ENV.appealSlaStateMachine : ENV.recordingSlaStateMachine;
    bindStateMachine(fn, envName, machine, 'startAndStop');
    bindTable(fn, ENV.qualityTable, this.qualityTable, 'readWrite');
    acknowledgeKeyUse(fn);
    Validations.of(fn.role!).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:states:${nagRegion(this)}:<AWS::AccountId>:execution:{"Fn::Select":[6,{"Fn::Split":[":",{"Ref":"${logicalIdOf(machine)}"}]}]}:*]`,
      reason:
        'Stops and describes executions of the SLA timer state machine; execution names are per appeal.',
    });
  }

  /** The recording requests table, once the recordings capability has created it. Call once. */
  useRecordingRequestsTable(table: dynamodb.ITable): void {
    if (this.recordingRequestsBound)
      throw new Error('SlaTimers: the recording requests table is already set');
    this.recordingRequestsBound = true;
    bindTable(this.recordingTask, ENV.recordingRequestsTable, table, 'readWrite');
  }

  private stateMachine(id: string, config: HotlineConfig, task: QoldauFunction, kind: SlaTimerKind) {
    const definition = new SlaTimerDefinition(this, `${id}Definition`, {
      task,
      reminderFractions: config.sla.reminderFractions,
    });
    const logGroup = new logs.LogGroup(this, `${id}TimerLogs`, {
      retention: logs.RetentionDays.THREE_MONTHS,
      removalPolicy: config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    const machine = new sfn.StateMachine(this, `${id}Timer`, {
      comment: `qoldau ${config.id}: ${kind} SLA timer (reminders, breach, escalation)`,
      definitionBody: sfn.DefinitionBody.fromChainable(definition.chain),
      stateMachineType: sfn.StateMachineType.STANDARD,
      tracingEnabled: true,
      // Execution data holds registration numbers and deadlines only, which supervisors need when tracing a timer.
      logs: { destination: logGroup, level: sfn.LogLevel.ALL, includeExecutionData: true },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    (machine.node.defaultChild as sfn.CfnStateMachine).addMetadata(SLA_TIMER_METADATA, kind);
    Validations.of(machine).acknowledge(
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'CloudWatch Logs delivery and X-Ray actions of Step Functions support no resource-level permissions.',
      },
      {
        id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(task)}.Arn>:*]`,
        reason: 'Invokes every version of its own task function, as CDK grants for LambdaInvoke.',
      },
    );
    return machine;
  }
}
