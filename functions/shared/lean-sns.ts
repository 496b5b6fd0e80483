import { LeanAwsError, type LeanService, leanService } from './lean-aws';

/**
 * SNS `Publish` for the functions a caller waits on: the Query protocol (form-encoded request, XML answer)
 * over `fetch`, signed by `aws4fetch`, instead of `@aws-sdk/client-sns` and its middleware stack.
 * `AWS_ENDPOINT_URL_SNS` points it at the local runtime's SNS stand-in.
 */
export interface PublishInput {
  readonly TopicArn: string;
  readonly Message: string;
  /** ASCII, at most 100 characters (SNS refuses others). */
  readonly Subject?: string;
  /** String message attributes, for subscription filter policies. */
  readonly MessageAttributes?: Readonly<Record<string, string>>;
}

export class LeanSNS {
  private readonly service: LeanService;

  constructor(env: NodeJS.ProcessEnv = process.env) {
    this.service = leanService('sns', 'AWS_ENDPOINT_URL_SNS', env);
  }

  /** Publishes one message; answers its SNS message id. */
  async publish(input: PublishInput): Promise<string> {
    const form = new URLSearchParams({ Action: 'Publish', Version: '2010-03-31', TopicArn: input.TopicArn });
    if (input.Subject !== undefined) form.set('Subject', input.Subject);
    form.set('Message', input.Message);
    Object.entries(input.MessageAttributes ?? {}).forEach(([name, value], index) => {
      const entry = `MessageAttributes.entry.${index + 1}`;
      form.set(`${entry}.Name`, name);
      form.set(`${entry}.Value.DataType`, 'String');
      form.set(`${entry}.Value.StringValue`, value);
    });
    const response = await this.service.client.fetch(`${this.service.endpoint}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: form.toString(),
    });
    const text = await response.text();
    if (!response.ok) {
      throw new LeanAwsError(
        xmlValue(text, 'Code') ?? 'SNSError',
        xmlValue(text, 'Message') ?? `HTTP ${response.status}`,
        response.status,
      );
    }
    const messageId = xmlValue(text, 'MessageId');
    if (!messageId)
      throw new LeanAwsError('SNSError', 'Publish answered without a MessageId', response.status);
    return messageId;
  }
}

/** The text of the first `<tag>` of an AWS Query answer (flat, entity-free values: ids, codes, messages). */
function xmlValue(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}>([^<]*)</${tag}>`, 'u').exec(xml);
  return match?.[1]
    ?.replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, '&');
}
