import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { HotlineConfig } from '../../config/schema';
import { autoDeleteRoleArn, bucketDeletion } from '../core/bucket-deletion';

/** Metadata naming a Kinesis stream's channel, for the local Kinesis stand-in (`/_local/kinesis/<hotline>/<channel>`). */
export const KINESIS_CHANNEL_METADATA = 'qoldau:kinesis-channel';

/** Recordings older than this move to Glacier Instant Retrieval: still read in milliseconds, far cheaper. */
const ARCHIVE_AFTER_DAYS = 90;

export interface RecordingStorageProps {
  readonly config: HotlineConfig;
  /** The hotline's key: recordings and contact records are encrypted with it and nothing else. */
  readonly key: kms.IKey;
}

/**
 * Where Connect puts calls: the recordings bucket (KMS, versioned, deletion-guarded for the configured
 * retention, expired by lifecycle) and the Kinesis stream of contact trace records.
 *
 * Deletion guard: with `recordings.objectLock` every version is locked in GOVERNANCE mode for the retention
 * period, and the bucket policy denies everyone `s3:BypassGovernanceRetention`, so no principal can delete a
 * recording early; only an administrator who first edits the bucket policy (a logged, visible act) could.
 * COMPLIANCE mode would make even that impossible but also could never be undone for a mistaken retention.
 * Without Object Lock (dev), the same bucket policy denying `s3:DeleteObject*` to everyone is the guard.
 * Lifecycle expiry is done by S3 itself and is not subject to the bucket policy. In dev (no `retainData`)
 * stack deletion empties both buckets through CDK's auto-delete role, the only principal the guard exempts.
 */
export class RecordingStorage extends Construct {
  public readonly bucket: s3.Bucket;
  public readonly accessLogs: s3.Bucket;
  public readonly contactRecordStream: kinesis.Stream;

  constructor(scope: Construct, id: string, props: RecordingStorageProps) {
    super(scope, id);
    // Deliver access logs under a bucket policy for the logging service, not the legacy log-delivery ACL.
    this.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);
    const { config, key } = props;
    const { retentionDays, objectLock } = config.recordings;
    const removalPolicy = config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    if (!config.retainData && objectLock) {
      throw new Error(
        `Hotline ${config.id} (${config.stage}): recordings.objectLock with retainData false cannot work: locked recordings ` +
          'cannot be deleted with the stack. Set recordings.objectLock to false for a deletable stage, or retainData to true.',
      );
    }

    this.accessLogs = new s3.Bucket(this, 'AccessLogs', {
      // S3 server access logs can only be delivered to a bucket with S3-managed encryption.
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      lifecycleRules: [
        {
          id: 'retention',
          expiration: Duration.days(retentionDays),
          noncurrentVersionExpiration: Duration.days(1),
        },
      ],
      removalPolicy,
      ...bucketDeletion(config),
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This bucket receives the recordings bucket’s access logs; logging it in turn would never end.',
    });

    this.bucket = new s3.Bucket(this, 'Bucket', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: key,
      bucketKeyEnabled: true,
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      objectLockEnabled: objectLock,
      ...(objectLock
        ? { objectLockDefaultRetention: s3.ObjectLockRetention.governance(Duration.days(retentionDays)) }
        : {}),
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'recordings/',
      lifecycleRules: [
        {
          id: 'retention',
          expiration: Duration.days(retentionDays),
          noncurrentVersionExpiration: Duration.days(1),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
          transitions:
            retentionDays > ARCHIVE_AFTER_DAYS
              ? [
                  {
                    storageClass: s3.StorageClass.GLACIER_INSTANT_RETRIEVAL,
                    transitionAfter: Duration.days(ARCHIVE_AFTER_DAYS),
                  },
                ]
              : [],
        },
        { id: 'expired-delete-markers', expiredObjectDeleteMarker: true },
      ],
      removalPolicy,
      ...bucketDeletion(config),
    });
    // Dev: the role that empties the bucket when the stack is deleted is the one exception to the guard.
    const emptier = autoDeleteRoleArn(this);
    this.bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'KeepRecordingsForTheirRetention',
        effect: iam.Effect.DENY,
        principals: [new iam.AnyPrincipal()],
        actions: ['s3:DeleteObject', 's3:DeleteObjectVersion', 's3:BypassGovernanceRetention'],
        resources: [this.bucket.arnForObjects('*')],
        ...(emptier === undefined ? {} : { conditions: { ArnNotEquals: { 'aws:PrincipalArn': emptier } } }),
      }),
    );

    this.contactRecordStream = new kinesis.Stream(this, 'ContactRecords', {
      encryption: kinesis.StreamEncryption.KMS,
      encryptionKey: key,
      // Contact records of a hotline stay far below one shard's 1 MB/s; on-demand would cost more at rest.
      streamMode: kinesis.StreamMode.PROVISIONED,
      shardCount: 1,
      // A week to recover from an indexer outage before records are lost.
      retentionPeriod: Duration.days(7),
      removalPolicy: RemovalPolicy.DESTROY,
    });
    (this.contactRecordStream.node.defaultChild as kinesis.CfnStream).addMetadata(
      KINESIS_CHANNEL_METADATA,
      'contact-records',
    );
    Validations.of(this.contactRecordStream).acknowledge({
      id: 'AwsSolutions-KDS3',
      reason:
        'Encrypted with the hotline’s own key on purpose: 111’s contact records must not be readable with 1414’s grants.',
    });
  }
}
