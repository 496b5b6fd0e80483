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
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { ENV } from '../../../contracts/env-names';
import { INBOUND_MAIL_PREFIX } from '../../../contracts/s3-prefixes';
import { bindBucket } from '../core/bind';
import type { QoldauFunction } from '../core/qoldau-function';
import { type AppealFunctionContext, appealFunction } from './appeal-functions';
import { acknowledgeBucketObjects } from './appeal-nag';

/** Construct id of the function CDK creates once per stack to run every AwsCustomResource. */
const AWS_CUSTOM_RESOURCE_PROVIDER = 'AWS679f53fac002430cb0da5b7982bd2287';

/** Metadata on the receipt rule, naming the hotline it registers mail for (the local SES stand-in reads the rule itself). */
export const RECEIPT_RULE_METADATA = 'qoldau:receipt-rule';

export interface EmailIntakeProps extends AppealFunctionContext {
  readonly key: kms.IKey;
  readonly inboundMail: s3.IBucket;
  /** Told when a message waits in the failures queue, and when none waits any more (the `notifications` topic). */
  readonly alarmTopic: sns.ITopic;
}

/**
 * The e-mail channel: a receipt rule set of the hotline with one rule for its inbound addresses, spam and
 * virus scanning on, that first stores the raw message in the inbound bucket (`inbound/<message id>`) and
 * then invokes the intake function, which registers it. CloudFormation cannot make a rule set active, so a
 * custom resource calls `SetActiveReceiptRuleSet` (and clears it on delete).
 *
 * SES invokes the function asynchronously. A message it still cannot register after Lambda's retries is
 * not dropped: the SES event lands in the `failures` queue (kept 14 days, the raw message stays in the
 * bucket) and `failuresAlarm` notifies `alarmTopic`; invoking the function again with that event registers it once.
 *
 * SES keeps ONE active rule set per account and region: two hotlines deployed to the same account and
 * region would take it from each other. Deploy each hotline to its own account (as 111's data isolation
 * asks anyway) or region.
 */
export class EmailIntake extends Construct {
  public readonly ruleSet: ses.ReceiptRuleSet;
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

    this.ruleSet = new ses.ReceiptRuleSet(this, 'RuleSet', {
      receiptRuleSetName: `qoldau-${config.slug}-${config.stage}`,
    });
    this.rule = this.ruleSet.addRule('Register', {
      recipients: config.email.inboundAddresses,
      scanEnabled: true,
      actions: [
        new actions.S3({ bucket: props.inboundMail, objectKeyPrefix: INBOUND_MAIL_PREFIX }),
        new actions.Lambda({ function: this.function, invocationType: actions.LambdaInvocationType.EVENT }),
      ],
    });
    (this.rule.node.defaultChild as ses.CfnReceiptRule).addMetadata(RECEIPT_RULE_METADATA, config.id);

    const activate: cr.AwsSdkCall = {
      service: 'SES',
      action: 'setActiveReceiptRuleSet',
      parameters: { RuleSetName: this.ruleSet.receiptRuleSetName },
      physicalResourceId: cr.PhysicalResourceId.of(`${config.slug}-${config.stage}-active-rule-set`),
    };
    const activation = new cr.AwsCustomResource(this, 'Activate', {
      onCreate: activate,
      onUpdate: activate,
      // No name: no rule set is active any more, so mail to the hotline is no longer accepted.
      onDelete: { service: 'SES', action: 'setActiveReceiptRuleSet', parameters: {} },
      policy: cr.AwsCustomResourcePolicy.fromStatements([
        new iam.PolicyStatement({ actions: ['ses:SetActiveReceiptRuleSet'], resources: ['*'] }),
      ]),
      installLatestAwsSdk: false,
    });
    activation.node.addDependency(this.rule);
    Validations.of(activation).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'ses:SetActiveReceiptRuleSet supports no resource-level permissions.',
    });
    // The provider function CDK shares between AwsCustomResources of the stack.
    const provider = Stack.of(this).node.tryFindChild(AWS_CUSTOM_RESOURCE_PROVIDER);
    if (provider) {
      Validations.of(provider).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          'CDK’s own AwsCustomResource provider; it runs only during deployments and only writes its logs.',
      });
    }
  }
}
