import { describe, expect, it } from 'vitest';
import { BatchDelivery, type DeliveryRecord } from './batch-delivery';

const records = (...numbers: number[]): DeliveryRecord[] =>
  numbers.map((n) => ({ dynamodb: { SequenceNumber: String(n).padStart(21, '0') } }));
const sequence = (batch: { Records: readonly DeliveryRecord[] }) =>
  batch.Records.map((record) => Number(record.dynamodb.SequenceNumber));

function delivery(mapping: Record<string, unknown>, answer: (batch: number[], call: number) => unknown) {
  const calls: number[][] = [];
  const logs: string[] = [];
  const batch = new BatchDelivery({
    functionName: 'indexer',
    mapping,
    log: (message) => logs.push(message),
    sleep: async () => {},
    invoke: async (event) => {
      calls.push(sequence(event));
      return answer(sequence(event), calls.length);
    },
  });
  return { batch, calls, logs };
}

describe('delivering stream batches as Lambda does', () => {
  it('retries from the lowest failed record of a partial-batch response', async () => {
    const { batch, calls } = delivery(
      { FunctionResponseTypes: ['ReportBatchItemFailures'] },
      (_batch, call) =>
        call === 1
          ? {
              batchItemFailures: [
                { itemIdentifier: records(4)[0]!.dynamodb.SequenceNumber },
                { itemIdentifier: records(3)[0]!.dynamodb.SequenceNumber },
              ],
            }
          : {},
    );

    const outcome = await batch.deliver(records(1, 2, 3, 4));

    expect(calls).toEqual([
      [1, 2, 3, 4],
      [3, 4],
    ]);
    expect(outcome).toEqual({ delivered: 4, failed: 0 });
  });

  it('ignores failure reports when the mapping does not ask for them', async () => {
    const { batch, calls } = delivery({}, () => ({ batchItemFailures: [{ itemIdentifier: 'x' }] }));

    await batch.deliver(records(1, 2));

    expect(calls).toHaveLength(1);
  });

  it('splits a failing batch in two when bisecting, and retries only the failing half', async () => {
    const { batch, calls } = delivery(
      { BisectBatchOnFunctionError: true, MaximumRetryAttempts: 0 },
      (batch) => {
        if (batch.includes(3)) throw new Error('poison record');
        return {};
      },
    );

    const outcome = await batch.deliver(records(1, 2, 3, 4));

    expect(calls).toEqual([[1, 2, 3, 4], [1, 2], [3, 4], [3], [4]]);
    expect(outcome).toEqual({ delivered: 3, failed: 1 });
  });

  it('gives up after the retry limit and says so', async () => {
    const { batch, calls, logs } = delivery({ MaximumRetryAttempts: 2 }, () => {
      throw new Error('down');
    });

    const outcome = await batch.deliver(records(1, 2));

    expect(calls).toHaveLength(3);
    expect(outcome).toEqual({ delivered: 0, failed: 2 });
    expect(logs.at(-1)).toMatch(/gave up on 2 record\(s\) .* after 2 retries/);
  });
});
