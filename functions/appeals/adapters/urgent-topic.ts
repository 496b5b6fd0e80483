import { PublishCommand } from '@aws-sdk/client-sns';
import { snsClient } from '../../shared/aws-clients';
import type { UrgentTopic } from '../ports';

/** The hotline's urgent topic in SNS. */
export function snsUrgentTopic(topicArn: string): UrgentTopic {
  return { publish: (subject, message) => publishUrgent(topicArn, subject, message) };
}

/** Publishes an urgent case to the topic; returns the SNS message id. */
async function publishUrgent(topicArn: string, subject: string, message: string): Promise<string> {
  const result = await snsClient().send(
    new PublishCommand({
      TopicArn: topicArn,
      // SNS subjects are ASCII-safe and at most 100 characters.
      Subject:
        subject
          .replace(/[^\x20-\x7e]/gu, '')
          .trim()
          .slice(0, 100) || 'Urgent appeal',
      Message: message,
      MessageAttributes: { type: { DataType: 'String', StringValue: 'urgent_appeal' } },
    }),
  );
  return result.MessageId ?? '';
}
