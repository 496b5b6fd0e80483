import { Duration, Stack } from 'aws-cdk-lib';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kinesis from 'aws-cdk-lib/aws-kinesis';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { KinesisEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../../../contracts/env-names';
import { appealKeys } from '../../../contracts/keys/appeal-keys';
import type { QualitySettings } from '../../../contracts/quality';
import type { HotlineConfig } from '../../config/schema';
import { bindBucket, bindSettings, bindTable, bindTableActions } from '../core/bind';
import { HotlineTable, SORT_KEY } from '../core/hotline-table';
import type { QoldauHttpApi, RouteProps } from '../core/http-api';
import { QoldauFunction } from '../core/qoldau-function';
import { acknowledgeQualityFindings } from './quality-nag';

/** Metadata on the weekly summary function, so the local runtime can run it on demand. */
export const QUALITY_SUMMARY_METADATA = 'qoldau:quality-summary';

export interface QualityProps {
  readonly config: HotlineConfig;
  /** The hotline's key: the quality table uses it. */
  readonly key: kms.IKey;
  readonly api: QoldauHttpApi;
  /** Contact records, from which answered calls are filed per week. */
  readonly contactRecordStream: kinesis.IStream;
  /** Survey ratings (read only). */
  readonly ratingsTable: dynamodb.ITable;
  /** Call recordings (read only, to sign 15-minute URLs) and the append-only audit log of the recordings capability. */
  readonly recordingsBucket: s3.IBucket;
  readonly auditTable: dynamodb.ITable;
  /** The desktop's user pool, whose IdTokens name the operator on their own routes. */
  readonly userPool: cognito.IUserPool;
  /**
   * The appeal register (read only, its byStatus index): the scorecard counts the appeals each operator
   * registered and how their answer deadlines went.
   */
  readonly appealsTable: dynamodb.ITable;
}

/**
 * Quality control and training: answered calls filed per week from the contact records, evaluations of
 * sampled calls against the hotline's form, practice calls, scorecards, and the weekly summary to
 * supervisors. Supervisors evaluate; the authorized body reads evaluations; operators read only their own
 * results and take practice calls. A recording is reached only through the recordings capability's audited
 * path (every URL written to its audit log first).
 */
export class Quality extends Construct {
  public readonly table: dynamodb.Table;
  public readonly calls: QoldauFunction;
  public readonly api: QoldauFunction;
  public readonly summary: QoldauFunction;
  public readonly callsFailures: sqs.Queue;

  constructor(scope: Construct, id: string, props: QualityProps) {
    super(scope, id);
    const { config, key } = props;
    this.table = new HotlineTable(this, 'Table', { config, key, sortKey: SORT_KEY });
    const settings: QualitySettings = {
      samplePerOperator: config.quality.samplePerOperator,
      lowRatingAtMost: config.quality.lowRatingAtMost,
      summaryFrom: config.email.fromAddress,
      summaryTo: [
        ...config.reports.recipients
          .filter((recipient) => recipient.kind === 'supervisor')
          .map((recipient) => recipient.email),
        ...config.quality.summaryTo,
      ],
    };
    const keyUse = { key, actions: ['kms:Decrypt', 'kms:GenerateDataKey'] };

    this.calls = new QoldauFunction(this, 'Calls', {
      entry: 'functions/quality/calls-handler.ts',
      config,
      description: 'Files answered calls per week from contact records, for sampling and evaluation',
      timeout: Duration.minutes(1),
    });
    bindTableActions(this.calls, ENV.evaluationsTable, this.table, ['dynamodb:PutItem'], keyUse);
    this.callsFailures = new sqs.Queue(this, 'CallsFailures', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: key,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.calls.addEventSource(
      new KinesisEventSource(props.contactRecordStream, {
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(1),
        reportBatchItemFailures: true,
        bisectBatchOnError: true,
        retryAttempts: 10,
        onFailure: new SqsDlq(this.callsFailures),
      }),
    );

    this.api = new QoldauFunction(this, 'Api', {
      entry: 'functions/quality/api-handler.ts',
      config,
      description:
        'Quality API: forms, sampled calls, evaluations, recordings (audited), practice, scorecards',
      timeout: Duration.seconds(20),
      environment: {
        [ENV.userPoolJwksUrl]: `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${props.userPool.userPoolId}/.well-known/jwks.json`,
      },
    });
    this.summary = new QoldauFunction(this, 'WeeklySummary', {
      entry: 'functions/quality/summary-handler.ts',
      config,
      description: 'Weekly quality summary (scorecard and CSV) to the supervisors',
      timeout: Duration.minutes(2),
    });
    (this.summary.node.defaultChild as lambda.CfnFunction).addMetadata(QUALITY_SUMMARY_METADATA, config.id);
    for (const fn of [this.api, this.summary]) {
      bindSettings(fn, ENV.qualitySettings, settings);
      bindTable(fn, ENV.ratingsTable, props.ratingsTable, 'read');
      // Only Query of the byStatus index (appeals by receipt time), projected to the clock fields.
      fn.addEnvironment(ENV.appealsTable, props.appealsTable.tableName);
      fn.addToRolePolicy(
        new iam.PolicyStatement({
          actions: ['dynamodb:Query'],
          resources: [`${props.appealsTable.tableArn}/index/${appealKeys.statusIndex.name}`],
        }),
      );
      key.grant(fn, 'kms:Decrypt');
    }
    bindTable(this.api, ENV.evaluationsTable, this.table, 'readWrite');
    bindTable(this.summary, ENV.evaluationsTable, this.table, 'read');
    bindBucket(this.api, ENV.recordingsBucket, props.recordingsBucket, 'read');
    // The recordings audit log: append only (PutItem), like every other writer of it.
    bindTableActions(this.api, ENV.auditTable, props.auditTable, ['dynamodb:PutItem'], keyUse);
    const domain = config.email.fromAddress.split('@')[1] ?? config.email.fromAddress;
    this.summary.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['ses:SendRawEmail', 'ses:SendEmail'],
        resources: [config.email.fromAddress, domain].map((identity) =>
          Stack.of(this).formatArn({ service: 'ses', resource: 'identity', resourceName: identity }),
        ),
        conditions: { StringEquals: { 'ses:FromAddress': config.email.fromAddress } },
      }),
    );
    new events.Rule(this, 'SummarySchedule', {
      description: `qoldau ${config.id}: weekly quality summary to supervisors`,
      schedule: events.Schedule.expression(config.quality.summaryCron),
      targets: [new targets.LambdaFunction(this.summary, { retryAttempts: 2 })],
    });

    const route = (method: RouteProps['method'], path: string, allow: RouteProps['allow']) =>
      props.api.route({ method, path, handler: this.api, allow });
    route('GET', '/quality/forms', ['operator', 'supervisor', 'authority']);
    route('GET', '/quality/scenarios', ['operator', 'supervisor']);
    route('GET', '/quality/calls', ['supervisor']);
    route('GET', '/quality/calls/{contactId}/recording', ['supervisor']);
    route('PUT', '/quality/evaluations/{contactId}', ['supervisor']);
    route('GET', '/quality/evaluations', ['supervisor', 'authority']);
    route('GET', '/quality/my/results', ['operator']);
    route('POST', '/quality/practice', ['operator']);
    route('GET', '/quality/scorecard', ['supervisor']);

    acknowledgeQualityFindings(
      {
        scope: this,
        calls: this.calls,
        api: this.api,
        summary: this.summary,
        callsFailures: this.callsFailures,
      },
      props.api,
      props.recordingsBucket,
    );
  }
}
