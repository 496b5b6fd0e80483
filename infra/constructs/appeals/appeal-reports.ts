import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { QoldauFunction } from '../core/qoldau-function';
import { type AppealFunctionContext, appealFunction } from './appeal-functions';

/** Metadata marking the report function, so the local runtime can run a report on demand. */
export const APPEAL_REPORTS_METADATA = 'qoldau:appeal-reports';

/**
 * The scheduled appeal report: on `reports.scheduleCron` (EventBridge) a function counts yesterday's
 * appeals by channel, topic, status and deadline outcome and e-mails the CSV to `reports.recipients`.
 */
export class AppealReports extends Construct {
  public readonly function: QoldauFunction;
  public readonly schedule: events.Rule;

  constructor(scope: Construct, id: string, context: AppealFunctionContext) {
    super(scope, id);
    const { config } = context;
    this.function = appealFunction(this, 'Function', context, {
      entry: 'functions/appeals/report-handler.ts',
      description: 'Sends the scheduled summary of received appeals (CSV) to the report recipients',
      timeout: Duration.minutes(5),
      sendsMail: true,
      tableAccess: 'read',
    });
    (this.function.node.defaultChild as lambda.CfnFunction).addMetadata(APPEAL_REPORTS_METADATA, config.id);
    this.schedule = new events.Rule(this, 'Schedule', {
      description: `qoldau ${config.id}: appeal report to the report recipients`,
      schedule: events.Schedule.expression(config.reports.scheduleCron),
      targets: [new targets.LambdaFunction(this.function, { retryAttempts: 2 })],
    });
  }
}
