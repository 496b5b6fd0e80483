import { randomUUID } from 'node:crypto';
import type { LocalContext, LocalService } from '../context';
import { json, type LocalRequest, type LocalResponse } from '../gateway/server';
import { resourcesOfType } from '../template-model';

/** A message published to a topic of the templates, as the local SNS stand-in keeps it. */
export interface LocalSnsMessage {
  readonly messageId: string;
  readonly topicArn: string;
  readonly subject?: string;
  readonly message: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly at: string;
}

/** Messages kept per runtime: enough to inspect recent notifications, bounded so a long run stays small. */
const MAX_MESSAGES = 1000;

/**
 * SNS stand-in at `${url}/_aws/sns` (the Query protocol `@aws-sdk/client-sns` speaks): `Publish` to the
 * topics of the synthesized templates. Nothing is e-mailed locally; messages are kept in memory, shown
 * in the runtime's log by subject, emitted on `context.events` as `'sns-message'`, and listed at
 * `GET ${url}/_local/sns/messages?topicArn=...`.
 */
export function snsService(): LocalService {
  return {
    name: 'sns',
    async start(context: LocalContext) {
      const topics = new Set<string>();
      for (const { model, names } of context.stacks.values()) {
        for (const [logicalId] of resourcesOfType(model.template, 'AWS::SNS::Topic'))
          topics.add(names.arn(logicalId));
      }
      const messages: LocalSnsMessage[] = [];
      context.gateway.addEndpoint({
        prefix: '/_aws/sns',
        handle: async (request) => {
          const params = new URLSearchParams(request.body.toString('utf8'));
          const action = params.get('Action');
          if (action !== 'Publish') {
            return queryError(
              400,
              'InvalidAction',
              `The local SNS stand-in does not support ${action ?? 'this request'}`,
            );
          }
          const topicArn = params.get('TopicArn') ?? '';
          if (!topics.has(topicArn)) return queryError(404, 'NotFound', `Topic does not exist: ${topicArn}`);
          const message: LocalSnsMessage = {
            messageId: randomUUID(),
            topicArn,
            ...(params.get('Subject') ? { subject: params.get('Subject')! } : {}),
            message: params.get('Message') ?? '',
            attributes: messageAttributes(params),
            at: new Date().toISOString(),
          };
          messages.push(message);
          if (messages.length > MAX_MESSAGES) messages.shift();
          context.log(`sns: ${topicArn.split(':').pop()}: ${message.subject ?? '(no subject)'}`);
          context.events.emit('sns-message', message);
          return xml(
            200,
            `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>${message.messageId}</MessageId></PublishResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></PublishResponse>`,
          );
        },
      });
      context.gateway.addEndpoint({
        prefix: '/_local/sns',
        handle: async (request: LocalRequest) => {
          if (request.method !== 'GET' || request.path !== '/_local/sns/messages') return undefined;
          const topicArn = request.query.get('topicArn');
          return json(200, {
            messages: messages.filter((message) => !topicArn || message.topicArn === topicArn),
          });
        },
      });
    },
  };
}

/** `MessageAttributes.entry.N.Name` / `.Value.StringValue` pairs, as the Query protocol flattens them. */
function messageAttributes(params: URLSearchParams): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [key, name] of params) {
    const match = /^MessageAttributes\.entry\.(\d+)\.Name$/.exec(key);
    if (!match) continue;
    const value = params.get(`MessageAttributes.entry.${match[1]}.Value.StringValue`);
    if (value !== null) attributes[name] = value;
  }
  return attributes;
}

function xml(status: number, body: string): LocalResponse {
  return { status, headers: { 'content-type': 'text/xml' }, body };
}

function queryError(status: number, code: string, message: string): LocalResponse {
  return xml(
    status,
    `<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message.replace(/[<>&]/g, '')}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`,
  );
}
