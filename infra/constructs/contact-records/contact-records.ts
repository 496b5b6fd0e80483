import { Duration, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kinesis from 'aws-cdk-lib/aws-kinesis';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { KinesisEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../../../contracts/env-names';
import type { HotlineConfig } from '../../config/schema';
import { bindTableActions } from '../core/bind';
import { HotlineTable, SORT_KEY } from '../core/hotline-table';
import type { QoldauHttpApi } from '../core/http-api';
import { roleOf } from '../core/nag';
import { QoldauFunction } from '../core/qoldau-function';

/** Use of the hotline key beside a grant of exact table actions. */
const KEY_ACTIONS = ['kms:Decrypt', 'kms:GenerateDataKey'];

export interface ContactRecordsProps {
  readonly config: HotlineConfig;
  /** The hotline's key: the store is encrypted with it. */
  readonly key: kms.IKey;
  readonly api: QoldauHttpApi;
  /** The contact-record (CTR) stream Connect writes to (the recordings capability owns it). */
  readonly stream: kinesis.IStream;
}

/**
 * Summaries of every contact record of the hotline, by Almaty day, for staffing and reports: a second
 * consumer of the contact-record stream files each contact's times, queue, channel, initiation method,
 * abandonment, handle time and operator login (no caller data) in its own table; supervisors read a range
 * of days with `GET /contact-records` and the plan per hour of the week with `GET /staffing/plan`. Key
 * layout in `contracts/keys/contact-record-keys.ts`; see docs/decisions/0024-contact-record-store.md.
 */
export class ContactRecords extends Construct {
  public readonly table: dynamodb.Table;
  /** Writes summaries from the stream: PutItem on the table, nothing else. */
  public readonly summarizer: QoldauFunction;
  /** Serves the two supervisor routes: Query on the table, nothing else. */
  public readonly readApi: QoldauFunction;
  /** Batches the summarizer gave up on (after retries): their stream positions, for replay. */
  public readonly summarizerFailures: sqs.Queue;

  constructor(scope: Construct, id: string, props: ContactRecordsProps) {
    super(scope, id);
    const { config, key, api, stream } = props;
    this.table = new HotlineTable(this, 'Table', {
      config,
      key,
      sortKey: SORT_KEY,
      timeToLiveAttribute: 'expiresAt',
    });

    this.summarizer = new QoldauFunction(this, 'Summarizer', {
      entry: 'functions/contact-records/store-handler.ts',
      config,
      description: 'Files a summary of each Connect contact record by Almaty day (no caller data)',
      timeout: Duration.minutes(1),
    });
    bindTableActions(this.summarizer, ENV.contactRecordsTable, this.table, ['dynamodb:PutItem'], {
      key,
      actions: KEY_ACTIONS,
    });
    this.summarizerFailures = new sqs.Queue(this, 'SummarizerFailures', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: key,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.summarizerFailures).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the failure destination of the summarizer’s Kinesis event source.',
    });
    this.summarizer.addEventSource(
      new KinesisEventSource(stream, {
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(1),
        reportBatchItemFailures: true,
        bisectBatchOnError: true,
        retryAttempts: 10,
        onFailure: new SqsDlq(this.summarizerFailures),
      }),
    );
    // Sending to the failure queue (encrypted with the hotline key) is CDK's encrypt grant on that one key.
    const dlqKeyReason =
      'Sends failed batch positions to the failure queue encrypted with the hotline key; that key only.';
    Validations.of(roleOf(this.summarizer)).acknowledge(
      { id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]', reason: dlqKeyReason },
      { id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]', reason: dlqKeyReason },
    );

    this.readApi = new QoldauFunction(this, 'ReadApi', {
      entry: 'functions/contact-records/api-handler.ts',
      config,
      description: 'Supervisors read contact-record summaries of a range of days and the staffing plan',
      timeout: Duration.seconds(25),
      environment: { [ENV.averageWaitTargetSeconds]: String(config.sla.averageWaitTargetSeconds) },
    });
    bindTableActions(this.readApi, ENV.contactRecordsTable, this.table, ['dynamodb:Query'], {
      key,
      actions: ['kms:Decrypt'],
    });
    api.route({ method: 'GET', path: '/contact-records', handler: this.readApi, allow: ['supervisor'] });
    api.route({ method: 'GET', path: '/staffing/plan', handler: this.readApi, allow: ['supervisor'] });
  }
}
