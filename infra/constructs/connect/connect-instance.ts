import { CfnOutput, Fn } from 'aws-cdk-lib';
import * as connect from 'aws-cdk-lib/aws-connect';
import type * as kinesis from 'aws-cdk-lib/aws-kinesis';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { callRecordingsPrefix, ccpUrl, instanceAlias } from '../../config/connect-alias';
import type { HotlineConfig } from '../../config/schema';

/** Where Connect puts what it records: the recordings capability owns both. */
export interface ConnectStorageTargets {
  /** Call recordings, SSE-KMS with `key`. */
  readonly bucket: s3.IBucket;
  readonly key: kms.IKey;
  /** Contact trace records. */
  readonly contactRecordStream: kinesis.IStream;
}

export interface ConnectInstanceProps {
  readonly config: HotlineConfig;
  readonly storage: ConnectStorageTargets;
}

/**
 * The hotline's Amazon Connect instance, created (`config.connect.instance.source: 'create'`) or imported by
 * ARN, with its storage: call recordings to the recordings bucket under Connect's own key layout
 * (`connect/<alias>/CallRecordings/YYYY/MM/DD/...`) encrypted with the hotline key, and contact trace
 * records to the contact-record stream.
 */
export class ConnectInstance extends Construct {
  public readonly instanceArn: string;
  /** The id inside the ARN, which most Connect API calls take. */
  public readonly instanceId: string;
  /**
   * The alias in the recordings' key prefix: `<alias>-<stage>[-<aliasSuffix>]` for a created instance (aliases
   * are global, so each stage has its own), the hotline slug for an imported one.
   */
  public readonly alias: string;
  /** `<BucketPrefix>` of call recordings inside the bucket. */
  public readonly recordingsPrefix: string;
  /** Present when the instance is created here. */
  public readonly instance: connect.CfnInstance | undefined;

  constructor(scope: Construct, id: string, props: ConnectInstanceProps) {
    super(scope, id);
    const { config, storage } = props;
    const source = config.connect.instance;
    if (source.source === 'create') {
      this.alias = instanceAlias(source, config.stage);
      this.instance = new connect.CfnInstance(this, 'Instance', {
        identityManagementType: 'CONNECT_MANAGED',
        instanceAlias: this.alias,
        attributes: {
          inboundCalls: true,
          // Transfers to 1414 and to state bodies are outbound legs.
          outboundCalls: true,
          contactflowLogs: true,
          autoResolveBestVoices: true,
        },
      });
      this.instanceArn = this.instance.attrArn;
      new CfnOutput(this, 'ContactControlPanelUrl', {
        description: 'Agents’ Contact Control Panel; the embedding desk’s origin must be an approved origin',
        value: ccpUrl(this.alias),
      });
    } else {
      this.instance = undefined;
      this.instanceArn = source.instanceArn;
      this.alias = config.slug;
    }
    this.instanceId = Fn.select(1, Fn.split('/', this.instanceArn));
    this.recordingsPrefix = callRecordingsPrefix(this.alias);

    new connect.CfnInstanceStorageConfig(this, 'CallRecordings', {
      instanceArn: this.instanceArn,
      resourceType: 'CALL_RECORDINGS',
      storageType: 'S3',
      s3Config: {
        bucketName: storage.bucket.bucketName,
        bucketPrefix: this.recordingsPrefix,
        encryptionConfig: { encryptionType: 'KMS', keyId: storage.key.keyArn },
      },
    });
    new connect.CfnInstanceStorageConfig(this, 'ContactTraceRecords', {
      instanceArn: this.instanceArn,
      resourceType: 'CONTACT_TRACE_RECORDS',
      storageType: 'KINESIS_STREAM',
      kinesisStreamConfig: { streamArn: storage.contactRecordStream.streamArn },
    });
  }
}
