import { randomUUID } from 'node:crypto';
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { appealKeys } from '../../../contracts/keys/appeal-keys';
import { deliver, freshMessage, type RegisterStores, registerStores } from '../../support/appeals/harness';
import { useTestRuntime } from '../../support/runtime';

let apiUrl: string;
let stores: RegisterStores;

beforeAll(async () => {
  ({ apiUrl } = useTestRuntime());
  stores = await registerStores(apiUrl, '1414');
});

const MESSAGES = 1000;
const REDELIVERED = 100;
const CONCURRENCY = 20;

/** Runs `task` over `items`, `limit` at a time, keeping results in order. */
async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

async function existingAppeals(numbers: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let start = 0; start < numbers.length; start += 100) {
    const keys = numbers.slice(start, start + 100).map((number) => appealKeys.appeal(number));
    const result = await stores.documents.send(
      new BatchGetCommand({
        RequestItems: {
          [stores.table]: {
            Keys: keys,
            ProjectionExpression: '#n',
            ExpressionAttributeNames: { '#n': 'number' },
          },
        },
      }),
    );
    for (const item of result.Responses?.[stores.table] ?? []) found.add(String(item['number']));
  }
  return found;
}

describe('a burst of e-mail', () => {
  it(`registers ${MESSAGES} messages arriving ${CONCURRENCY} at a time exactly once each, with redeliveries mixed in`, async () => {
    const run = randomUUID();
    const messages = Array.from({ length: MESSAGES }, (_, index) =>
      freshMessage('ru-plain-utf8.eml', { 'Message-ID': `<burst-${run}-${index}@mail.ru>` }),
    );
    // Every tenth message is delivered twice in a row, so both copies are in flight together (an SES retry,
    // or one message sent to two of the hotline's addresses).
    const deliveries = messages.flatMap((raw, index) =>
      index % (MESSAGES / REDELIVERED) === 0 ? [raw, raw] : [raw],
    );

    const outcomes = await inParallel(deliveries, CONCURRENCY, (raw) => deliver(apiUrl, raw));

    const counts = outcomes.reduce<Record<string, number>>((tally, { body }) => {
      const key = body.outcome ?? `error: ${body.message}`;
      tally[key] = (tally[key] ?? 0) + 1;
      return tally;
    }, {});
    expect(counts).toEqual({ registered: MESSAGES, duplicate: REDELIVERED });
    const numbers = outcomes
      .filter(({ body }) => body.outcome === 'registered')
      .map(({ body }) => body.registrationNumber!.replace(/-/gu, ''));
    expect(new Set(numbers).size).toBe(MESSAGES);
    const stored = await existingAppeals(numbers);
    expect(stored.size).toBe(MESSAGES);
    const duplicateNumbers = outcomes
      .filter(({ body }) => body.outcome === 'duplicate')
      .map(({ body }) => body.registrationNumber!.replace(/-/gu, ''));
    expect(duplicateNumbers.every((number) => stored.has(number))).toBe(true);
  }, 180_000);
});
