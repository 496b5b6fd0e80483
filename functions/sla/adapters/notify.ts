import { PublishCommand } from '@aws-sdk/client-sns';
import { snsClient } from '../../shared/aws-clients';
import type { SlaNotice } from '../domain/sla-notice';

/** Publishes an SLA notice to the hotline's notifications topic (supervisors subscribe by e-mail). */
export async function publishNotice(topicArn: string, notice: SlaNotice): Promise<string | undefined> {
  const result = await snsClient().send(
    new PublishCommand({
      TopicArn: topicArn,
      Subject: notice.subject,
      Message: notice.message,
      MessageAttributes: Object.fromEntries(
        Object.entries(notice.attributes).map(([name, value]) => [
          name,
          { DataType: 'String', StringValue: value },
        ]),
      ),
    }),
  );
  return result.MessageId;
}
