import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { HotlineConfig } from '../../config/schema';
import { bucketDeletion } from '../core/bucket-deletion';

/** Kept files move to Glacier Instant Retrieval after this: still read in milliseconds when someone opens an old appeal. */
const ARCHIVE_AFTER_DAYS = 90;

export interface AppealBucketsProps {
  readonly config: HotlineConfig;
  /** The hotline's key: both buckets are encrypted with it and nothing else. */
  readonly key: kms.IKey;
}

/**
 * Where the appeal register keeps files: every raw inbound e-mail exactly as SES received it (spam and
 * damaged mail included: nothing is ever lost) and the attachments of appeals. Both are KMS-encrypted with
 * the hotline's key, versioned, private, TLS-only and access-logged; nothing expires, because appeals are
 * kept for the archive's own retention and deletion is an archivist's decision. In dev (no `retainData`) stack
 * deletion empties and deletes them, SES's setup notification and every object version included.
 */
export class AppealBuckets extends Construct {
  public readonly inboundMail: s3.Bucket;
  public readonly attachments: s3.Bucket;
  public readonly accessLogs: s3.Bucket;

  constructor(scope: Construct, id: string, props: AppealBucketsProps) {
    super(scope, id);
    // Deliver access logs under a bucket policy for the logging service, not the legacy log-delivery ACL.
    this.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);
    const removalPolicy = props.config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    this.accessLogs = new s3.Bucket(this, 'AccessLogs', {
      // S3 server access logs can only be delivered to a bucket with S3-managed encryption.
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ id: 'retention', expiration: Duration.days(365) }],
      removalPolicy,
      ...bucketDeletion(props.config),
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This bucket receives the appeal buckets’ access logs; logging it in turn would never end.',
    });
    const bucket = (bucketId: string, logPrefix: string) =>
      new s3.Bucket(this, bucketId, {
        encryption: s3.BucketEncryption.KMS,
        encryptionKey: props.key,
        bucketKeyEnabled: true,
        enforceSSL: true,
        blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
        objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
        versioned: true,
        serverAccessLogsBucket: this.accessLogs,
        serverAccessLogsPrefix: logPrefix,
        lifecycleRules: [
          {
            id: 'archive',
            transitions: [
              {
                storageClass: s3.StorageClass.GLACIER_INSTANT_RETRIEVAL,
                transitionAfter: Duration.days(ARCHIVE_AFTER_DAYS),
              },
            ],
            abortIncompleteMultipartUploadAfter: Duration.days(1),
          },
        ],
        removalPolicy,
        ...bucketDeletion(props.config),
      });
    this.inboundMail = bucket('InboundMail', 'inbound-mail/');
    this.attachments = bucket('Attachments', 'attachments/');
  }
}
