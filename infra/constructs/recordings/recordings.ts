import { type CfnElement, Duration, Stack } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as kinesis from 'aws-cdk-lib/aws-kinesis';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { KinesisEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { ENV } from '../../../contracts/env-names';
import type { RecordingsPolicy } from '../../../contracts/function-settings';
import type { HotlineConfig } from '../../config/schema';
import { bindBucket, bindSettings, bindTable, bindTableActions } from '../core/bind';
import type { QoldauHttpApi } from '../core/http-api';
import { QoldauFunction } from '../core/qoldau-function';
import {
  acknowledgeFailureQueue,
  acknowledgeFunctionGrants,
  acknowledgeRequestIndexes,
  acknowledgeRequestRoute,
  acknowledgeTimerExecutions,
} from './recordings-nag';
import { RecordingStorage } from './recordings-storage';
import { RecordingTables } from './recordings-tables';

/** What recordings need of the SLA engine: a deadline clock per request (`SlaTimers` provides it). */
/** Use of the hotline key beside a grant of exact table actions. */
const KEY_ACTIONS = ['kms:Decrypt', 'kms:GenerateDataKey'];

export interface RecordingDeadlineTimers {
  readonly recordingTimer: sfn.IStateMachine;
  grantStart(fn: QoldauFunction, kind: 'recording'): void;
  useRecordingRequestsTable(table: dynamodb.ITable): void;
}

export interface RecordingsProps {
  readonly config: HotlineConfig;
  /** The hotline's key: recordings, contact records and every table of this capability use it. */
  readonly key: kms.IKey;
  readonly api: QoldauHttpApi;
  /** Starts and stops the deadline clock of each request. */
  readonly timers: RecordingDeadlineTimers;
}

/**
 * Call recordings for the authorized body. Connect stores recordings in `bucket` and streams contact records
 * to `contactRecordStream`; the indexer files each contact under a keyed hash of caller number and Almaty day;
 * authority staff request recordings over the IAM-authorized API and receive 15-minute URLs; every request,
 * fulfilment and URL is written to an append-only audit log that supervisors can read.
 *
 * Fulfilment retries: a request is searched when it is made, on every read, and every minute by the sweep
 * (EventBridge schedule) until it is fulfilled or found empty, so a late upload fulfils it without anyone
 * asking again.
 */
export class Recordings extends Construct {
  public readonly bucket: s3.Bucket;
  public readonly contactRecordStream: kinesis.Stream;
  public readonly tables: RecordingTables;
  public readonly indexer: QoldauFunction;
  public readonly requestsApi: QoldauFunction;
  public readonly auditApi: QoldauFunction;
  public readonly sweeper: QoldauFunction;
  /** Batches the indexer gave up on (after retries): their stream positions, for replay. */
  public readonly indexerFailures: sqs.Queue;

  constructor(scope: Construct, id: string, props: RecordingsProps) {
    super(scope, id);
    const { config, key, api, timers } = props;
    const storage = new RecordingStorage(this, 'Storage', { config, key });
    this.bucket = storage.bucket;
    this.contactRecordStream = storage.contactRecordStream;
    this.tables = new RecordingTables(this, 'Tables', { config, key });
    const policy: RecordingsPolicy = {
      requestHours: config.sla.recordingRequestHours,
      retentionDays: config.recordings.retentionDays,
    };

    this.indexer = new QoldauFunction(this, 'Indexer', {
      entry: 'functions/recordings/index-handler.ts',
      config,
      description: 'Indexes Connect contact records by keyed hash of caller number and Almaty day',
      timeout: Duration.minutes(1),
    });
    bindSettings(this.indexer, ENV.recordingsPolicy, policy);
    bindBucket(this.indexer, ENV.recordingsBucket, this.bucket, 'none');
    bindTable(this.indexer, ENV.recordingIndexTable, this.tables.index, 'readWrite');
    this.bindHashKey(this.indexer, key);
    this.indexerFailures = new sqs.Queue(this, 'IndexerFailures', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: key,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.indexer.addEventSource(
      new KinesisEventSource(this.contactRecordStream, {
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(1),
        reportBatchItemFailures: true,
        bisectBatchOnError: true,
        retryAttempts: 10,
        onFailure: new SqsDlq(this.indexerFailures),
      }),
    );

    this.requestsApi = new QoldauFunction(this, 'RequestsApi', {
      entry: 'functions/recordings/requests-handler.ts',
      config,
      description: 'Recording requests of the authorized body: register, search, hand over 15-minute URLs',
      timeout: Duration.seconds(20),
    });
    bindSettings(this.requestsApi, ENV.recordingsPolicy, policy);
    this.sweeper = new QoldauFunction(this, 'Sweeper', {
      entry: 'functions/recordings/sweep-handler.ts',
      config,
      description: 'Every minute: moves on open recording requests (late uploads, breaches, SLA clocks)',
      timeout: Duration.minutes(1),
    });
    bindSettings(this.sweeper, ENV.recordingsPolicy, policy);
    for (const fn of [this.requestsApi, this.sweeper]) {
      bindTable(fn, ENV.recordingRequestsTable, this.tables.requests, 'readWrite');
      bindTable(fn, ENV.recordingIndexTable, this.tables.index, 'read');
      bindBucket(fn, ENV.recordingsBucket, this.bucket, 'read');
      this.bindAuditAppend(fn, key);
      timers.grantStart(fn, 'recording');
    }
    this.bindHashKey(this.requestsApi, key);
    timers.useRecordingRequestsTable(this.tables.requests);
    new events.Rule(this, 'SweepSchedule', {
      description: `qoldau ${config.id}: search open recording requests every minute`,
      schedule: events.Schedule.rate(Duration.minutes(1)),
      targets: [new targets.LambdaFunction(this.sweeper, { retryAttempts: 0 })],
    });

    this.auditApi = new QoldauFunction(this, 'AuditApi', {
      entry: 'functions/recordings/audit-handler.ts',
      config,
      description: 'Supervisors read the audit log of recording requests',
    });
    bindTable(this.auditApi, ENV.auditTable, this.tables.audit, 'read');
    // Reading the log is itself logged: append (PutItem) only, like every other writer.
    bindTableActions(this.auditApi, ENV.auditTable, this.tables.audit, ['dynamodb:PutItem']);

    api.route({
      method: 'POST',
      path: '/recordings/requests',
      handler: this.requestsApi,
      allow: ['authority'],
    });
    api.route({
      method: 'GET',
      path: '/recordings/requests/{id}',
      handler: this.requestsApi,
      allow: ['authority'],
    });
    api.route({ method: 'GET', path: '/recordings/audit', handler: this.auditApi, allow: ['supervisor'] });

    const region = Stack.of(this).region;
    const timerId = Stack.of(this).getLogicalId(timers.recordingTimer.node.defaultChild as CfnElement);
    for (const fn of [this.requestsApi, this.sweeper]) {
      acknowledgeFunctionGrants(fn, this.bucket);
      acknowledgeTimerExecutions(fn, timerId, region);
    }
    for (const fn of [this.indexer, this.auditApi]) acknowledgeFunctionGrants(fn);
    acknowledgeFailureQueue(this.indexerFailures);
    acknowledgeRequestIndexes(this, this.tables.requests);
    acknowledgeRequestRoute(this, api, region);
  }

  /** The HMAC key table: read and create-once (GetItem, PutItem), nothing else. */
  private bindHashKey(fn: QoldauFunction, key: kms.IKey): void {
    bindTableActions(
      fn,
      ENV.recordingHashKeyTable,
      this.tables.hashKey,
      ['dynamodb:GetItem', 'dynamodb:PutItem'],
      { key, actions: KEY_ACTIONS },
    );
  }

  /** The audit log: PutItem only, so no function can change or remove an entry. */
  private bindAuditAppend(fn: QoldauFunction, key: kms.IKey): void {
    bindTableActions(fn, ENV.auditTable, this.tables.audit, ['dynamodb:PutItem'], {
      key,
      actions: KEY_ACTIONS,
    });
  }
}
