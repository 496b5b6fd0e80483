import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { HotlineConfig } from '../../config/schema';

export interface SlaNotificationsProps {
  readonly config: HotlineConfig;
  /** The hotline's key: the topic is encrypted with it. */
  readonly key: kms.IKey;
}

/**
 * The hotline's `notifications` topic: SLA reminders, breaches with their escalation, and CloudWatch alarms.
 * Report recipients of kind `supervisor` (and `alarmEmail`, when set) are subscribed by e-mail; notices
 * carry registration numbers and deadlines, never personal data.
 */
export class SlaNotifications extends Construct {
  public readonly topic: sns.Topic;

  constructor(scope: Construct, id: string, props: SlaNotificationsProps) {
    super(scope, id);
    const { config } = props;
    this.topic = new sns.Topic(this, 'Topic', {
      displayName: `qoldau ${config.id} notifications`,
      masterKey: props.key,
      enforceSSL: true,
    });
    const supervisors = config.reports.recipients.filter((recipient) => recipient.kind === 'supervisor');
    const emails = [
      ...supervisors.map((recipient) => recipient.email),
      ...(config.alarmEmail ? [config.alarmEmail] : []),
    ];
    for (const email of new Set(emails))
      this.topic.addSubscription(new subscriptions.EmailSubscription(email));

    // CloudWatch alarms publish as the CloudWatch service: it needs the topic and the key that encrypts it.
    const cloudWatch = new iam.ServicePrincipal('cloudwatch.amazonaws.com');
    this.topic.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [cloudWatch],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
      }),
    );
    props.key.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [cloudWatch],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      }),
    );
  }
}
