import { PublishCommand } from '@aws-sdk/client-sns';
import { snsClient } from '../../shared/aws-clients';

/** Publishes an urgent case to the hotline's urgent topic; returns the SNS message id. */
export async function publishUrgent(topicArn: string, subject: string, message: string): Promise<string> {
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
