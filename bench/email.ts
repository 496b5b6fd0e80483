import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { type Runtime, startRuntime } from '../local/runtime';
import { resourcesOfType } from '../local/template-model';
import { percentile, round } from './lib/stats';

/**
 * `npm run bench:email`: bursts of e-mail through the local SES receiving path (raw message to the inbound
 * bucket, intake function, DynamoDB transaction, acknowledgement, SLA timer) on a throw-away runtime that
 * counts the functions' DynamoDB and S3 requests. Lost and duplicated appeals are counted by scanning the
 * register afterwards, not by trusting the answers. Locally each function runs in one worker thread, so
 * this measures the register's work per message, not Lambda's scaling.
 */
const BURSTS = (process.env['BENCH_EMAIL_BURSTS'] ?? '100,1000,5000').split(',').map(Number);
/** A real letter (Cyrillic, 8-bit): each copy gets its own Message-ID and a marker in its text. */
const FIXTURE = path.join(import.meta.dirname, '..', 'functions', 'appeals', 'fixtures', 'ru-plain-utf8.eml');
const CONCURRENCY = Number(process.env['BENCH_EMAIL_CONCURRENCY'] ?? 20);

async function appealsTable(runtime: Runtime): Promise<string> {
  const { model, names } = runtime.context.stacks.get('1414')!;
  const [logicalId] = resourcesOfType(model.template, 'AWS::DynamoDB::Table').find(([id]) =>
    id.startsWith('AppealStoreTable'),
  )!;
  return names.ref(logicalId);
}

/** How many messages of this burst are in the register: each marker once is right. */
async function registeredCopies(
  runtime: Runtime,
  table: string,
  marker: string,
): Promise<Map<string, number>> {
  const documents = DynamoDBDocumentClient.from(runtime.context.dynamo);
  const copies = new Map<string, number>();
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(
      new ScanCommand({
        TableName: table,
        FilterExpression: 'sk = :appeal AND contains(#text, :marker)',
        ExpressionAttributeNames: { '#text': 'text' },
        ExpressionAttributeValues: { ':appeal': 'A', ':marker': marker },
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of page.Items ?? []) {
      const id = new RegExp(`${marker}-(\\d+)`, 'u').exec(String(item['text']))?.[1] ?? '?';
      copies.set(id, (copies.get(id) ?? 0) + 1);
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return copies;
}

async function burst(runtime: Runtime, table: string, messages: number) {
  const template = fs.readFileSync(FIXTURE).toString('latin1');
  const marker = `BENCH${randomUUID().replace(/-/gu, '')}`;
  const latencies: number[] = [];
  let next = 0;
  await fetch(`${runtime.url}/_local/requests`, { method: 'DELETE' });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < messages) {
        const index = next++;
        const raw = Buffer.from(
          `${template.replace(/^Message-ID: .*$/imu, `Message-ID: <${marker}-${index}@mail.ru>`)}\n${marker}-${index}\n`,
          'latin1',
        );
        const sent = performance.now();
        await (await fetch(`${runtime.url}/_local/ses/receive`, { method: 'POST', body: raw })).arrayBuffer();
        latencies.push(performance.now() - sent);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const requests = (await (await fetch(`${runtime.url}/_local/requests`)).json()) as Record<string, number>;
  const copies = await registeredCopies(runtime, table, marker);
  const total = (prefix: string) =>
    Object.entries(requests)
      .filter(([operation]) => operation.startsWith(prefix))
      .reduce((sum, [, count]) => sum + count, 0);
  const writes = (requests['dynamodb:PutItem'] ?? 0) + (requests['dynamodb:TransactWriteItems'] ?? 0);
  return {
    messagesPerSecond: round(messages / seconds),
    p99Ms: round(percentile(latencies, 0.99)),
    lost: messages - copies.size,
    duplicated: [...copies.values()].reduce((sum, count) => sum + count - 1, 0),
    putItemPerSecond: round(writes / seconds),
    roundTripsPerMessage: round((total('dynamodb:') + total('s3:')) / messages, 2),
    requestsPerMessage: Object.fromEntries(
      Object.entries(requests).map(([operation, count]) => [operation, round(count / messages, 2)]),
    ),
  };
}

export async function runEmailBenchmark(bursts: readonly number[] = BURSTS) {
  const runtime = await startRuntime({
    port: 0,
    inMemory: true,
    seed: false,
    credentialsFile: `/tmp/qoldau-bench-${randomUUID()}.json`,
    echoFunctionLogs: false,
    countRequests: true,
  });
  try {
    const table = await appealsTable(runtime);
    const results: Record<string, Awaited<ReturnType<typeof burst>>> = {};
    for (const messages of bursts) results[String(messages)] = await burst(runtime, table, messages);
    return { concurrency: CONCURRENCY, bursts: results };
  } finally {
    await runtime.stop();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify({ email: await runEmailBenchmark() }));
}
