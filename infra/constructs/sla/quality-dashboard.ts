import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { Construct } from 'constructs';
import type { HotlineConfig } from '../../config/schema';
import { METRICS_NAMESPACE, waitMetric } from './wait-time-monitoring';

export interface QualityDashboardProps {
  readonly config: HotlineConfig;
  readonly waitAlarm: cloudwatch.IAlarm;
}

const PERIOD = Duration.minutes(5);

/**
 * One CloudWatch dashboard per hotline for supervisors: calls and callbacks, average wait against the target
 * (with callbacks, the figure the alarm watches, and without them), abandoned calls, open and overdue appeals, today's SLA met % and today's average rating.
 */
export class QualityDashboard extends Construct {
  public readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: QualityDashboardProps) {
    super(scope, id);
    const { config } = props;
    const metric = (metricName: string, label: string, statistic: string) =>
      new cloudwatch.Metric({
        namespace: METRICS_NAMESPACE,
        metricName,
        dimensionsMap: { Hotline: config.id },
        statistic,
        period: PERIOD,
        label,
      });
    const target = config.sla.averageWaitTargetSeconds;

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: `qoldau-${config.slug}-${config.stage}-quality`,
      defaultInterval: Duration.hours(24),
    });
    this.dashboard.addWidgets(
      new cloudwatch.TextWidget({
        markdown: `## ${config.displayName.en}: service quality\nAverage wait target: **${target} s**. SLA met % and ratings are for the current day (Almaty).`,
        width: 24,
        height: 2,
      }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Calls',
        left: [
          metric('ContactsQueued', 'Queued', 'Sum'),
          metric('ContactsAnswered', 'Answered', 'Sum'),
          // Callers who chose a callback: counted apart from answered and abandoned callers.
          metric('ContactsCallback', 'Callbacks', 'Sum'),
        ],
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: `Average wait (s) against ${target} s`,
        left: [
          waitMetric(config, 'Average', PERIOD).with({ label: 'Average wait (callbacks included)' }),
          metric('AverageQueueAnswerTimeWithoutCallbacks', 'Without callbacks', 'Average'),
        ],
        leftAnnotations: [{ value: target, label: `Target ${target} s`, color: cloudwatch.Color.RED }],
        leftYAxis: { min: 0 },
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: 'Abandoned calls',
        left: [metric('ContactsAbandoned', 'Abandoned', 'Sum')],
        width: 8,
      }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Appeals open / overdue',
        left: [metric('AppealsOpen', 'Open', 'Maximum'), metric('AppealsOverdue', 'Overdue', 'Maximum')],
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: 'SLA met % (today)',
        left: [metric('SlaMetPercent', 'SLA met %', 'Minimum')],
        leftYAxis: { min: 0, max: 100 },
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: 'Average rating (today, 1-5)',
        left: [metric('RatingAverage', 'Average rating', 'Average')],
        leftYAxis: { min: 1, max: 5 },
        width: 8,
      }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: [props.waitAlarm], width: 24, height: 3 }),
    );
  }
}
