import { describe, expect, it } from 'vitest';
import { type QueueRecord, queueMetrics } from './ctr-metrics';

const start = Date.parse('2026-11-23T10:00:00Z');
const end = Date.parse('2026-11-23T10:05:00Z');

function answered(enqueued: string, seconds: number, queue = 'arn:q/general'): QueueRecord {
  return {
    Queue: { ARN: queue, EnqueueTimestamp: enqueued, Duration: seconds },
    Agent: { ConnectedToAgentTimestamp: enqueued },
  };
}

function abandoned(enqueued: string): QueueRecord {
  return { Queue: { ARN: 'arn:q/general', EnqueueTimestamp: enqueued, Duration: 90 }, Agent: null };
}

describe('queue metrics from contact trace records (local GetMetricDataV2)', () => {
  it('averages the queue time of answered calls and counts the abandoned ones', () => {
    const metrics = queueMetrics(
      [
        answered('2026-11-23T10:01:00Z', 20),
        answered('2026-11-23T10:02:00Z', 60),
        abandoned('2026-11-23T10:03:00Z'),
      ],
      start,
      end,
    );

    expect(metrics).toEqual({
      CONTACTS_QUEUED: 3,
      CONTACTS_HANDLED: 2,
      CONTACTS_ABANDONED: 1,
      AVG_QUEUE_ANSWER_TIME: 40,
    });
  });

  it('counts a contact in the window it entered the queue, the end excluded', () => {
    const metrics = queueMetrics(
      [answered('2026-11-23T09:59:59Z', 5), answered('2026-11-23T10:05:00Z', 5)],
      start,
      end,
    );

    expect(metrics.CONTACTS_QUEUED).toBe(0);
    expect(metrics.AVG_QUEUE_ANSWER_TIME).toBeUndefined();
  });

  it('keeps to the queues asked for, by ARN or id', () => {
    const records = [
      answered('2026-11-23T10:01:00Z', 10, 'arn:q/general'),
      answered('2026-11-23T10:01:00Z', 30, 'arn:q/egov'),
    ];

    expect(queueMetrics(records, start, end, new Set(['egov'])).AVG_QUEUE_ANSWER_TIME).toBe(30);
  });

  it('leaves out contacts that never queued (self-service in the IVR)', () => {
    expect(queueMetrics([{ ContactId: 'ivr-only', Queue: null }], start, end).CONTACTS_QUEUED).toBe(0);
  });
});
