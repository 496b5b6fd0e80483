import { Duration, Stack, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as actions from 'aws-cdk-lib/aws-ses-actions';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../../../contracts/env-names';
import { INBOUND_MAIL_PREFIX } from '../../../contracts/s3-prefixes';
import { bindBucket } from '../core/bind';
import type { QoldauFunction } from '../core/qoldau-function';
import { type AppealFunctionContext, appealFunction } from './appeal-functions';
import { acknowledgeBucketObjects } from './appeal-nag';
import { SharedReceiptRuleSet } from './shared-receipt-rule-set';

/** Metadata on the receipt rule, naming the hotline it registers mail for (the local SES stand-in reads the rule itself). */
export const RECEIPT_RULE_METADATA = 'qoldau:receipt-rule';

export interface EmailIntakeProps extends AppealFunctionContext {
  readonly key: kms.IKey;
  readonly inboundMail: s3.IBucket;
  /** Told when a message waits in the failures queue, and when none waits any more (the `notifications` topic). */
  readonly alarmTopic: sns.ITopic;
}

/**
 * The e-mail channel: one rule for the hotline's inbound addresses, spam and virus scanning on, in the
 * receipt rule set shared by every hotline of the account and region (`SharedReceiptRuleSet`), that first
 * stores the raw message in the inbound bucket (`inbound/<message id>`) and then invokes the intake
 * function, which registers it.
 *
 * SES invokes the function asynchronously. A message it still cannot register after Lambda's retries is
 * not dropped: the SES event lands in the `failures` queue (kept 14 days, the raw message stays in the
 * bucket) and `failuresAlarm` notifies `alarmTopic`; invoking the function again with that event registers it once.
 */
export class EmailIntake extends Construct {
  public readonly sharedRuleSet: SharedReceiptRuleSet;
  public readonly ruleSet: ses.IReceiptRuleSet;
  public readonly rule: ses.ReceiptRule;
  public readonly function: QoldauFunction;
  /** SES events the function gave up on (after Lambda's retries), to invoke it again with. */
  public readonly failures: sqs.Queue;
  /** Fires while any message waits in `failures`. */
  public readonly failuresAlarm: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: EmailIntakeProps) {
    super(scope, id);
    const { config } = props;
    if (config.email.inboundAddresses.length === 0) {
      throw new Error(`EmailIntake: hotline ${config.id} has no email.inboundAddresses; give at least one`);
    }
    this.function = appealFunction(this, 'Function', props, {
      entry: 'functions/appeals/email-handler.ts',
      description: 'Registers inbound e-mail as appeals (SES receipt rule action)',
      timeout: Duration.minutes(1),
      memorySize: 1024,
      sendsMail: true,
      times: true,
      storesFiles: true,
    });
    bindBucket(this.function, ENV.inboundMailBucket, props.inboundMail, 'read');
    this.failures = new sqs.Queue(this, 'Failures', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: props.key,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.function.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      onFailure: new destinations.SqsDestination(this.failures),
    });
    Validations.of(this.failures).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the failure destination of the e-mail intake’s asynchronous invocations.',
    });
    this.failuresAlarm = new cloudwatch.Alarm(this, 'FailuresAlarm', {
      alarmDescription: `qoldau ${config.id}: inbound e-mail could not be registered; its SES event waits in the failures queue`,
      metric: this.failures.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.failuresAlarm.addAlarmAction(new cloudwatchActions.SnsAction(props.alarmTopic));
    this.failuresAlarm.addOkAction(new cloudwatchActions.SnsAction(props.alarmTopic));
    acknowledgeBucketObjects(
      this.function,
      props.inboundMail,
      'Raw messages are keyed by their SES message id.',
    );

    // The bucket is SSE-KMS with the hotline key: SES needs to use the key to write into it.
    props.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: `SesStoresInboundMail${config.id}`,
        principals: [new iam.ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:GenerateDataKey*', 'kms:Encrypt'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );

    this.sharedRuleSet = new SharedReceiptRuleSet(this, 'SharedRuleSet', { config });
    this.ruleSet = this.sharedRuleSet.ruleSet;
    this.rule = new ses.ReceiptRule(this, 'Register', {
      ruleSet: this.ruleSet,
      // Unique within the shared rule set, which every hotline and stage of the account and region use.
      receiptRuleName: `qoldau-${config.slug}-${config.stage}`,
      recipients: config.email.inboundAddresses,
      scanEnabled: true,
      actions: [
        new actions.S3({ bucket: props.inboundMail, objectKeyPrefix: INBOUND_MAIL_PREFIX }),
        new actions.Lambda({ function: this.function, invocationType: actions.LambdaInvocationType.EVENT }),
      ],
    });
    (this.rule.node.defaultChild as ses.CfnReceiptRule).addMetadata(RECEIPT_RULE_METADATA, config.id);
  }
}
