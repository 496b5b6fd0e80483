import { describe, expect, it } from 'vitest';
import { ShardConsumer, type StreamRecord } from './consumer';

interface KinesisEvent {
  Records: Array<{
    kinesis: { sequenceNumber: string; data: string };
    eventSource: string;
    eventSourceARN: string;
  }>;
}

function shard(count: number): StreamRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    sequenceNumber: `4959${String(i + 1).padStart(52, '0')}`,
    partitionKey: `c-${i + 1}`,
    data: Buffer.from(JSON.stringify({ n: i + 1 })),
    arrivedAt: Date.parse('2026-11-23T06:00:00Z'),
  }));
}

const seqOf = (records: StreamRecord[], n: number) => records[n - 1]!.sequenceNumber;
const numbersIn = (event: KinesisEvent) =>
  event.Records.map((r) => (JSON.parse(Buffer.from(r.kinesis.data, 'base64').toString()) as { n: number }).n);

function consumer(
  records: StreamRecord[],
  mapping: Record<string, unknown>,
  invoke: (event: KinesisEvent) => Promise<unknown>,
): ShardConsumer {
  return new ShardConsumer({
    functionName: 'indexer',
    invoke: (event) => invoke(event as KinesisEvent),
    mapping,
    records,
    eventFields: { eventSource: 'aws:kinesis', eventSourceARN: 'arn:aws:kinesis:eu-central-1:0:stream/s' },
    shardId: 'shardId-000000000000',
    log: () => {},
  });
}

async function deliverAll(target: ShardConsumer, records: StreamRecord[]) {
  target.wake();
  return Promise.all(records.map((record) => target.settled(record.sequenceNumber)));
}

describe('the local Kinesis event source mapping', () => {
  it('delivers records in order, in batches no larger than BatchSize, as Kinesis events', async () => {
    const records = shard(5);
    const batches: number[][] = [];
    const target = consumer(records, { BatchSize: 2 }, async (event) => {
      batches.push(numbersIn(event));
      expect(event.Records[0]).toMatchObject({
        eventSource: 'aws:kinesis',
        eventSourceARN: expect.any(String),
      });
      return {};
    });

    const outcomes = await deliverAll(target, records);

    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
    expect(outcomes).toEqual(Array(5).fill('delivered'));
  });

  it('retries from the lowest failed sequence number a partial-batch response reports', async () => {
    const records = shard(4);
    const batches: number[][] = [];
    let failOnce = true;
    const target = consumer(
      records,
      { BatchSize: 10, FunctionResponseTypes: ['ReportBatchItemFailures'] },
      async (event) => {
        batches.push(numbersIn(event));
        if (!failOnce) return { batchItemFailures: [] };
        failOnce = false;
        return {
          batchItemFailures: [{ itemIdentifier: seqOf(records, 4) }, { itemIdentifier: seqOf(records, 3) }],
        };
      },
    );

    await deliverAll(target, records);

    expect(batches).toEqual([
      [1, 2, 3, 4],
      [3, 4],
    ]);
  });

  it('takes a partial-batch response naming an unknown record as a failure of the whole batch', async () => {
    const records = shard(2);
    const batches: number[][] = [];
    const target = consumer(
      records,
      { FunctionResponseTypes: ['ReportBatchItemFailures'], MaximumRetryAttempts: 1 },
      async (event) => {
        batches.push(numbersIn(event));
        return { batchItemFailures: [{ itemIdentifier: 'not-in-the-batch' }] };
      },
    );

    const outcomes = await deliverAll(target, records);

    expect(batches).toEqual([
      [1, 2],
      [1, 2],
    ]);
    expect(outcomes).toEqual(['failed', 'failed']);
  });

  it('ignores the response when the mapping does not report batch item failures', async () => {
    const records = shard(2);
    let calls = 0;
    const target = consumer(records, {}, async () => {
      calls++;
      return { batchItemFailures: [{ itemIdentifier: seqOf(records, 1) }] };
    });

    expect(await deliverAll(target, records)).toEqual(['delivered', 'delivered']);
    expect(calls).toBe(1);
  });

  it('bisects a batch on a function error until the poison record stands alone, then gives up on it only', async () => {
    const records = shard(4);
    const target = consumer(
      records,
      { BisectBatchOnFunctionError: true, MaximumRetryAttempts: 1 },
      async (event) => {
        if (numbersIn(event).includes(3)) throw new Error('cannot index record 3');
        return {};
      },
    );

    expect(await deliverAll(target, records)).toEqual(['delivered', 'delivered', 'failed', 'delivered']);
  });

  it('gives up after MaximumRetryAttempts and moves on to later records', async () => {
    const records = shard(3);
    let attemptsOnFirst = 0;
    const target = consumer(records, { BatchSize: 1, MaximumRetryAttempts: 2 }, async (event) => {
      if (numbersIn(event)[0] !== 1) return {};
      attemptsOnFirst++;
      throw new Error('down');
    });

    expect(await deliverAll(target, records)).toEqual(['failed', 'delivered', 'delivered']);
    expect(attemptsOnFirst).toBe(3);
  });

  it('picks up records appended after it caught up', async () => {
    const records = shard(1);
    const seen: number[] = [];
    const target = consumer(records, {}, async (event) => {
      seen.push(...numbersIn(event));
      return {};
    });
    await deliverAll(target, records);

    records.push(...shard(2).slice(1));
    await deliverAll(target, records);

    expect(seen).toEqual([1, 2]);
  });
});
