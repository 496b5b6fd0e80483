import type { KinesisStreamRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { handleInOrder } from './kinesis-batch';

function record(sequenceNumber: string, data: string): KinesisStreamRecord {
  return { kinesis: { sequenceNumber, data: Buffer.from(data).toString('base64') } } as KinesisStreamRecord;
}

describe('handleInOrder', () => {
  it('hands each record over decoded, in order, and reports no failure when all succeed', async () => {
    const seen: unknown[] = [];
    const failures = await handleInOrder(
      [record('1', '{"ContactId":"a"}'), record('2', '{"ContactId":"b"}')],
      'failed',
      async (payload) => {
        seen.push(payload);
      },
    );
    expect(seen).toEqual([{ ContactId: 'a' }, { ContactId: 'b' }]);
    expect(failures).toEqual([]);
  });

  it('gives a record that is not JSON as undefined, so it is skipped rather than blocking the shard', async () => {
    const seen: unknown[] = [];
    const failures = await handleInOrder(
      [record('1', 'not json'), record('2', '[]')],
      'failed',
      async (p) => {
        seen.push(p);
      },
    );
    expect(seen).toEqual([undefined, []]);
    expect(failures).toEqual([]);
  });

  it('stops at the first failing record and reports it, so Lambda retries from there', async () => {
    const seen: string[] = [];
    const failures = await handleInOrder(
      [record('1', '{}'), record('2', '{}'), record('3', '{}')],
      'failed',
      async (_payload, sequenceNumber) => {
        seen.push(sequenceNumber);
        if (sequenceNumber === '2') throw new Error('throttled');
      },
    );
    expect(seen).toEqual(['1', '2']);
    expect(failures).toEqual([{ itemIdentifier: '2' }]);
  });
});
