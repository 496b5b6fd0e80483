import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { ENV } from '../../../contracts/env-names';
import { KB_SNAPSHOT_KEY } from '../../../contracts/s3-prefixes';
import type { HotlineConfig } from '../../config/schema';
import { bucketDeletion } from '../core/bucket-deletion';

export interface SearchSnapshotsProps {
  readonly config: HotlineConfig;
  /** The hotline's key: the snapshot holds the published articles, encrypted like the table they come from. */
  readonly key: kms.IKey;
}

/**
 * Where the indexer keeps the search index snapshot that cold search functions load (`KB_SNAPSHOT_KEY`):
 * a private, TLS-only bucket encrypted with the hotline key. The snapshot is derived data, rebuilt from the
 * table whenever it is missing, so the bucket keeps no versions. Grants name the one object, never the
 * bucket's contents as a whole.
 */
export class SearchSnapshots extends Construct {
  public readonly bucket: s3.Bucket;
  private readonly key: kms.IKey;

  constructor(scope: Construct, id: string, props: SearchSnapshotsProps) {
    super(scope, id);
    this.key = props.key;
    this.bucket = new s3.Bucket(this, 'Bucket', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: props.key,
      bucketKeyEnabled: true,
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ id: 'uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) }],
      removalPolicy: props.config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      ...bucketDeletion(props.config),
    });
  }

  /** A search function: reads the snapshot. */
  bindReader(fn: lambda.Function): void {
    this.bind(fn, ['s3:GetObject'], ['kms:Decrypt']);
  }

  /** The indexer: reads the snapshot at its cold start and writes a new one after changes. */
  bindWriter(fn: lambda.Function): void {
    this.bind(fn, ['s3:GetObject', 's3:PutObject'], ['kms:Decrypt', 'kms:GenerateDataKey']);
  }

  private bind(fn: lambda.Function, objectActions: string[], keyActions: string[]): void {
    fn.addEnvironment(ENV.kbSnapshotBucket, this.bucket.bucketName);
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: objectActions,
        resources: [this.bucket.arnForObjects(KB_SNAPSHOT_KEY)],
      }),
    );
    // Without a list grant S3 answers "access denied" for a snapshot not written yet; with it, "no such key".
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [this.bucket.bucketArn],
        conditions: { StringEquals: { 's3:prefix': [KB_SNAPSHOT_KEY] } },
      }),
    );
    this.key.grant(fn, ...keyActions);
  }
}
