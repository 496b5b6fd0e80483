import { type CfnResource, Duration, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { ENV } from '../../../contracts/env-names';
import type { HotlineConfig } from '../../config/schema';
import { bindTable } from '../core/bind';
import { nagResourceName } from '../core/nag';
import { QoldauFunction } from '../core/qoldau-function';
import { acknowledgeIndexes, acknowledgeKeyUse } from './sla-nag';

/** CloudWatch namespace of the hotline metrics; each metric has the dimension `Hotline`. */
export const METRICS_NAMESPACE = 'Qoldau';

/** Metadata marking the 5-minute metric schedules, which the local runtime runs itself. */
export const METRICS_SCHEDULE_METADATA = 'qoldau:metrics-schedule';

/** The alarm judges the average wait over this period (three collection windows). */
const WAIT_ALARM_PERIOD = Duration.minutes(15);

export interface WaitTimeMonitoringProps {
  readonly config: HotlineConfig;
  readonly topic: sns.ITopic;
  readonly appealsTable: dynamodb.ITable;
  readonly ratingsTable: dynamodb.ITable;
  readonly qualityTable: dynamodb.ITable;
  /**
   * The hotline's Connect instance.
   * @default - none yet: call `useConnectInstance` once Connect exists; until then only appeal figures are collected
   */
  readonly connectInstanceArn?: string;
}

/**
 * Wait time and quality figures: a scheduled function reads Connect's queue metrics (GetMetricDataV2) and
 * publishes them; another counts open and overdue appeals, today's SLA met % and ratings. An alarm tells
 * the notifications topic when the average wait over 15 minutes passes the target (40 s).
 */
export class WaitTimeMonitoring extends Construct {
  public readonly waitAlarm: cloudwatch.Alarm;
  public readonly qualityMetrics: QoldauFunction;
  /** Created with the Connect instance. */
  public waitMetrics: QoldauFunction | undefined;
  private readonly props: WaitTimeMonitoringProps;

  constructor(scope: Construct, id: string, props: WaitTimeMonitoringProps) {
    super(scope, id);
    this.props = props;
    const { config } = props;

    this.qualityMetrics = this.scheduledFunction('QualityMetrics', {
      entry: 'functions/sla/quality-metrics-handler.ts',
      description: 'Every 5 minutes: open and overdue appeals, SLA met % and ratings to CloudWatch',
    });
    bindTable(this.qualityMetrics, ENV.appealsTable, props.appealsTable, 'read');
    bindTable(this.qualityMetrics, ENV.ratingsTable, props.ratingsTable, 'read');
    bindTable(this.qualityMetrics, ENV.qualityTable, props.qualityTable, 'read');
    acknowledgeIndexes(
      this.qualityMetrics,
      props.appealsTable,
      'Counts open appeals through the byStatus index.',
    );

    this.waitAlarm = new cloudwatch.Alarm(this, 'AverageWaitAlarm', {
      alarmDescription: `qoldau ${config.id}: average wait for an operator over 15 minutes is above ${config.sla.averageWaitTargetSeconds} s`,
      metric: waitMetric(config, 'Average', WAIT_ALARM_PERIOD),
      threshold: config.sla.averageWaitTargetSeconds,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      // No answered calls in a period is no evidence of long waits.
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.waitAlarm.addAlarmAction(new actions.SnsAction(props.topic));
    this.waitAlarm.addOkAction(new actions.SnsAction(props.topic));

    if (props.connectInstanceArn) this.useConnectInstance(props.connectInstanceArn);
  }

  /** Starts collecting Connect's queue metrics of this instance. Call once. */
  useConnectInstance(instanceArn: string): void {
    if (this.waitMetrics) throw new Error('WaitTimeMonitoring: the Connect instance is already set');
    const fn = this.scheduledFunction('WaitMetrics', {
      entry: 'functions/sla/wait-metrics-handler.ts',
      description: 'Every 5 minutes: Connect queue answer time, answered and abandoned calls to CloudWatch',
    });
    fn.addEnvironment(ENV.connectInstanceArn, instanceArn);
    bindTable(fn, ENV.qualityTable, this.props.qualityTable, 'readWrite');
    const queues = `${instanceArn}/queue/*`;
    fn.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['connect:ListQueues'], resources: [instanceArn, queues] }),
    );
    fn.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['connect:GetMetricDataV2'], resources: [instanceArn, queues] }),
    );
    Validations.of(fn.role!).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${nagResourceName(this, queues)}]`,
      reason: 'Lists and reads metrics of the instance’s queues, which Connect names with generated ids.',
    });
    this.waitMetrics = fn;
  }

  private scheduledFunction(id: string, props: { entry: string; description: string }): QoldauFunction {
    const { config } = this.props;
    const fn = new QoldauFunction(this, id, {
      ...props,
      config,
      timeout: Duration.seconds(60),
      environment: { [ENV.metricsNamespace]: METRICS_NAMESPACE },
    });
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['cloudwatch:PutMetricData'],
        resources: ['*'],
        conditions: { StringEquals: { 'cloudwatch:namespace': METRICS_NAMESPACE } },
      }),
    );
    acknowledgeKeyUse(fn);
    Validations.of(fn.role!).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: `X-Ray, and cloudwatch:PutMetricData limited by condition to the ${METRICS_NAMESPACE} namespace: neither has resource-level permissions.`,
    });
    const rule = new events.Rule(this, `${id}Schedule`, {
      description: `qoldau ${config.id}: ${props.description}`,
      schedule: events.Schedule.rate(Duration.minutes(5)),
      targets: [new targets.LambdaFunction(fn, { retryAttempts: 2 })],
    });
    (rule.node.defaultChild as CfnResource).addMetadata(METRICS_SCHEDULE_METADATA, true);
    return fn;
  }
}

/** The average queue answer time the wait metrics function publishes. */
export function waitMetric(config: HotlineConfig, statistic: string, period: Duration): cloudwatch.Metric {
  return new cloudwatch.Metric({
    namespace: METRICS_NAMESPACE,
    metricName: 'AverageQueueAnswerTime',
    dimensionsMap: { Hotline: config.id },
    statistic,
    period,
    unit: cloudwatch.Unit.SECONDS,
  });
}
