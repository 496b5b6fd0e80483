import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '../../../contracts/env-names';
import { LeanAwsError } from '../../../functions/shared/lean-aws';
import { LeanLambda } from '../../../functions/shared/lean-lambda';
import { LeanSNS } from '../../../functions/shared/lean-sns';
import { PhysicalNames } from '../../../local/intrinsics';
import { resourcesOfType, synthesizeStacks } from '../../../local/template-model';
import { snsMessages } from '../../support/appeals/harness';
import { useFunctionEnvironment } from '../../support/appeals/in-process';
import { useTestRuntime } from '../../support/runtime';
import { eventually } from '../../support/sla/local-sla';

// The lean SNS and Lambda clients of the urgent IVR function against the local runtime's endpoints, signed
// with the functions' credentials (the Lambda endpoint checks the signature).

let apiUrl: string;
let env: NodeJS.ProcessEnv;
let failuresQueue: string;

beforeAll(async () => {
  ({ apiUrl } = useTestRuntime());
  await useFunctionEnvironment(apiUrl, '111', 'functions/appeals/urgent-ivr-handler.ts');
  env = { ...process.env };
  const model = (await synthesizeStacks()).find((stack) => stack.hotline === '111')!;
  const names = new PhysicalNames(model);
  const [queueId] = resourcesOfType(model.template, 'AWS::SQS::Queue')
    .map(([logicalId]) => logicalId)
    .filter((logicalId) => logicalId.startsWith('AppealRegisterUrgentEscalationFailures'));
  failuresQueue = names.arn(queueId!).split(':').at(-1)!;
});

async function parked(queue: string): Promise<Array<{ requestPayload: unknown }>> {
  const response = await fetch(`${apiUrl}/_local/queues/${queue}`);
  return ((await response.json()) as { messages: Array<{ requestPayload: unknown }> }).messages;
}

describe('the lean SNS client', () => {
  it('publishes a message with its subject and attributes, and answers its id', async () => {
    const marker = randomUUID();

    const messageId = await new LeanSNS(env).publish({
      TopicArn: env[ENV.urgentTopic]!,
      Subject: '[111] URGENT call now',
      Message: JSON.stringify({ marker, text: 'Шұғыл & <срочно>' }),
      MessageAttributes: { type: 'urgent_call' },
    });

    const [message] = (await snsMessages(apiUrl)).filter((m) => m.message.includes(marker)) as Array<{
      subject?: string;
      message: string;
      attributes?: Record<string, string>;
    }>;
    expect(messageId).toMatch(/\S+/u);
    expect(message).toMatchObject({ subject: '[111] URGENT call now', attributes: { type: 'urgent_call' } });
    expect(JSON.parse(message!.message)).toEqual({ marker, text: 'Шұғыл & <срочно>' });
  });

  it('reports a topic that does not exist with SNS’s error code', async () => {
    const error = await new LeanSNS(env)
      .publish({ TopicArn: `${env[ENV.urgentTopic]}-gone`, Message: 'x' })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(LeanAwsError);
    expect(error).toMatchObject({ name: 'NotFound', status: 404 });
  });
});

describe('the lean Lambda client', () => {
  it('queues an event; the function’s failures are retried and parked in its failures queue, not lost', async () => {
    const before = (await parked(failuresQueue)).length;
    const event = { contactId: '', marker: randomUUID() };

    await new LeanLambda(env).invokeEvent(env[ENV.urgentEscalationFunction]!, event);

    const messages = await eventually(
      'the event to be parked after the retries',
      async () => {
        const all = await parked(failuresQueue);
        return all.length > before ? all : undefined;
      },
      90_000,
    );
    expect(messages.map((message) => message.requestPayload)).toContainEqual(event);
  }, 150_000);

  it('reports a function that does not exist', async () => {
    const error = await new LeanLambda(env)
      .invokeEvent('no-such-function', {})
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
  });

  it('is refused when the request is signed with a key the runtime does not know', async () => {
    const error = await new LeanLambda({ ...env, AWS_SECRET_ACCESS_KEY: 'not-the-secret' })
      .invokeEvent(env[ENV.urgentEscalationFunction]!, {})
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ name: 'AccessDeniedException', status: 403 });
  });
});
