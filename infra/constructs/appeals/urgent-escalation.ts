import { Duration, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { FLOW_LAMBDA_SECONDS, URGENT_REGISTRATION_SECONDS } from '../../../contracts/connect-lambdas';
import { ENV } from '../../../contracts/env-names';
import { appealKeys, URGENT_CALL_CLAIM_PREFIX } from '../../../contracts/keys/appeal-keys';
import type { HotlineConfig } from '../../config/schema';
import { bindTableItems, bindTopic } from '../core/bind';
import { roleOf } from '../core/nag';
import { QoldauFunction } from '../core/qoldau-function';
import { type AppealFunctionContext, appealFunction } from './appeal-functions';

export interface UrgentTopicProps {
  readonly config: HotlineConfig;
  readonly key: kms.IKey;
}

/**
 * The hotline's urgent topic: every urgent case is published here at once (registration number, time,
 * channel: no personal data), for state bodies' systems and duty phones to subscribe. The configured
 * recipients (`urgentEscalation.recipients`) are also e-mailed directly by the register.
 */
export class UrgentTopic extends Construct {
  public readonly topic: sns.Topic;

  constructor(scope: Construct, id: string, props: UrgentTopicProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'Topic', {
      displayName: `qoldau ${props.config.id} urgent appeals`,
      masterKey: props.key,
      enforceSSL: true,
    });
  }
}

export interface UrgentEscalationProps extends AppealFunctionContext {
  /** The hotline key: the register's table and the failures queue are encrypted with it. */
  readonly key: kms.IKey;
  /** Told when an urgent call's registration waits in the failures queue, and when none waits any more. */
  readonly alarmTopic: sns.ITopic;
}

/**
 * 111's "urgent" choice, in two functions. `function` is the one the contact flow invokes while the caller
 * holds: lean (no AWS SDK, `contactFlow` profile), it claims the call once, publishes the alert on the urgent
 * topic and hands the registration to `registration` asynchronously, all within the time the flow waits
 * (`FLOW_LAMBDA_SECONDS`). `registration` is the register's part: it registers the urgent appeal, e-mails
 * the recipients, starts the acknowledgement clock and publishes the registered case. What it still cannot
 * do after Lambda's retries lands in `failures` (kept 14 days, `failuresAlarm` tells `alarmTopic`); invoking
 * it again with that event finishes the call's escalation once. See docs/decisions (lean urgent IVR).
 */
export class UrgentEscalation extends Construct {
  /** For the 111 contact flow (`urgentEscalation` in `contracts/connect-lambdas.ts`). */
  public readonly function: QoldauFunction;
  /** The register's half, invoked asynchronously by `function`. */
  public readonly registration: QoldauFunction;
  /** Registrations the register gave up on after Lambda's retries, to invoke it again with. */
  public readonly failures: sqs.Queue;
  /** Fires while any registration waits in `failures`. */
  public readonly failuresAlarm: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: UrgentEscalationProps) {
    super(scope, id);
    const { config, key } = props;
    this.registration = appealFunction(this, 'RegistrationFunction', props, {
      entry: 'functions/appeals/urgent-escalation-handler.ts',
      description:
        'Registers an urgent 111 call as an appeal and alerts the state bodies (after the IVR alert)',
      // A retry finishes a registration left pending only after this (`urgent-calls.ts`).
      timeout: Duration.seconds(URGENT_REGISTRATION_SECONDS),
      sendsMail: true,
      escalates: true,
      times: true,
    });
    this.failures = new sqs.Queue(this, 'Failures', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: key,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.registration.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      onFailure: new destinations.SqsDestination(this.failures),
    });
    Validations.of(this.failures).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself the failure destination of the urgent registrations’ asynchronous invocations.',
    });
    this.failuresAlarm = new cloudwatch.Alarm(this, 'FailuresAlarm', {
      alarmDescription: `qoldau ${config.id}: an urgent call could not be registered; its event waits in the failures queue`,
      metric: this.failures.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.failuresAlarm.addAlarmAction(new cloudwatchActions.SnsAction(props.alarmTopic));
    this.failuresAlarm.addOkAction(new cloudwatchActions.SnsAction(props.alarmTopic));

    this.function = new QoldauFunction(this, 'IvrFunction', {
      entry: 'functions/appeals/urgent-ivr-handler.ts',
      config,
      description:
        'Connect (111 IVR): alerts the state bodies of an urgent call and hands its registration on',
      // No longer than the 111 flow waits (Connect allows 8 s): a run the flow gave up on is stopped, never
      // left to alert the state bodies after the caller was already sent down the error branch.
      timeout: Duration.seconds(FLOW_LAMBDA_SECONDS.urgentEscalation),
      profile: 'contactFlow',
    });
    // Its own claims only: `DEDUP#urgent-call:<contact id>`, put and marked alerted; nothing else of the register.
    bindTableItems(
      this.function,
      ENV.appealsTable,
      props.table,
      [
        {
          actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem'],
          leadingKeys: [`${appealKeys.dedupe(URGENT_CALL_CLAIM_PREFIX).pk}*`],
        },
      ],
      { key, actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'] },
    );
    bindTopic(this.function, ENV.urgentTopic, props.urgentTopic);
    Validations.of(roleOf(this.function)).acknowledge({
      id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      reason:
        'CDK’s publish grant on the urgent topic, encrypted with the hotline key; limited to that one key.',
    });
    this.function.addEnvironment(ENV.urgentEscalationFunction, this.registration.functionName);
    // The unqualified function only (CDK's grantInvoke adds every version and alias, `<arn>:*`).
    this.function.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: [this.registration.functionArn],
      }),
    );
  }
}
