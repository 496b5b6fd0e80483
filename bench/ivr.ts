import { pathToFileURL } from 'node:url';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ENV } from '../contracts/env-names';
import { appealKeys } from '../contracts/keys/appeal-keys';
import { generateRegistrationNumber } from '../functions/appeals/domain/registration-number';
import { LOCAL_CREDENTIALS } from '../local/engines/dynamodb';
import { percentile, round } from './lib/stats';
import { startTemplateTable } from './lib/template-table';

/**
 * `npm run bench:ivr`: what a caller who keys in a registration number waits for. The appeal-status
 * handler (middy, event parsing, rate count and read, the answer in the caller's language) against the
 * bare DynamoDB GetItem it cannot do without, both against one DynamoDB Local, interleaved call by call
 * so both see the same machine. The goal is a p99 at most twice the GetItem's.
 */
export interface IvrBenchmarkOptions {
  readonly appeals?: number;
  readonly rounds?: number;
}

function connectEvent(number: string, caller: number) {
  return {
    Name: 'ContactFlowEvent',
    Details: {
      ContactData: {
        ContactId: `bench-${caller}`,
        InitiationMethod: 'INBOUND',
        CustomerEndpoint: { Address: `+7701${String(caller).padStart(7, '0')}`, Type: 'TELEPHONE_NUMBER' },
        Attributes: {},
      },
      Parameters: { number: `${number}#`, lang: 'ru' },
    },
  };
}

export async function runIvrBenchmark(options: IvrBenchmarkOptions = {}) {
  const table = await startTemplateTable('1414', 'AppealStoreTable');
  try {
    Object.assign(process.env, {
      [ENV.appealsTable]: table.table,
      [ENV.hotline]: '1414',
      AWS_REGION: table.names.region,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: table.dynamo.endpoint,
      POWERTOOLS_LOG_LEVEL: 'ERROR',
    });
    const numbers = Array.from({ length: options.appeals ?? 200 }, () => generateRegistrationNumber('1414'));
    await table.putAll(
      numbers.map((number) => ({
        ...appealKeys.appeal(number),
        status: 'registered',
        receivedAt: new Date().toISOString(),
      })),
    );
    // The handler's own SDK client (one per execution environment), for the baseline too.
    const { dynamoDocuments } = await import('../functions/shared/aws-clients');
    const { handler } = await import('../functions/connect/appeal-status-handler');
    const getItem = (number: string) =>
      dynamoDocuments().send(
        new GetCommand({
          TableName: table.table,
          Key: appealKeys.appeal(number),
          ProjectionExpression: '#status, receivedAt, deadline',
          ExpressionAttributeNames: { '#status': 'status' },
        }),
      );
    const lookup = (number: string, caller: number) =>
      handler(connectEvent(number, caller) as never, {} as never) as Promise<{ outcome: string }>;

    // Warm both paths: the handler's cold start and the client's connections are not what a caller meets.
    for (let i = 0; i < 50; i++) {
      await getItem(numbers[i % numbers.length]!);
      await lookup(numbers[i % numbers.length]!, i);
    }
    const handlerMs: number[] = [];
    const getItemMs: number[] = [];
    const rounds = options.rounds ?? 2_000;
    let found = 0;
    for (let i = 0; i < rounds; i++) {
      const number = numbers[i % numbers.length]!;
      let started = performance.now();
      await getItem(number);
      getItemMs.push(performance.now() - started);
      started = performance.now();
      // A new caller each time: the hourly limit (10 a caller) is not what is measured here.
      const answer = await lookup(number, 1_000 + i);
      handlerMs.push(performance.now() - started);
      if (answer.outcome === 'found') found++;
    }
    const summary = (samples: number[]) => ({
      p50Ms: round(percentile(samples, 0.5)),
      p99Ms: round(percentile(samples, 0.99)),
    });
    const appealStatus = summary(handlerMs);
    const bare = summary(getItemMs);
    return {
      appealStatus: { ...appealStatus, samples: handlerMs.length, found },
      getItem: { ...bare, samples: getItemMs.length },
      ratioP99: round(appealStatus.p99Ms / bare.p99Ms, 2),
    };
  } finally {
    await table.stop();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify({ ivr: await runIvrBenchmark() }));
}
