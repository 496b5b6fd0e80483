/**
 * Connect's queue metrics computed from contact trace records, as the local stand-in of GetMetricDataV2
 * answers them. Only the fields the SLA engine asks for: contacts queued, handled and abandoned, and the
 * average queue answer time.
 */

/** The part of a contact trace record these metrics read. */
export interface QueueRecord {
  readonly ContactId?: string;
  readonly Queue?: {
    readonly ARN?: string;
    readonly Name?: string;
    readonly EnqueueTimestamp?: string;
    readonly DequeueTimestamp?: string;
    /** Seconds in the queue. */
    readonly Duration?: number;
  } | null;
  readonly Agent?: { readonly ConnectedToAgentTimestamp?: string } | null;
  /** INBOUND, CALLBACK, TRANSFER, ...: the INITIATION_METHOD grouping. */
  readonly InitiationMethod?: string;
}

export const SUPPORTED_METRICS = [
  'CONTACTS_QUEUED',
  'CONTACTS_HANDLED',
  'CONTACTS_ABANDONED',
  'AVG_QUEUE_ANSWER_TIME',
] as const;

export type SupportedMetric = (typeof SUPPORTED_METRICS)[number];

function queueSeconds(record: QueueRecord): number {
  const queue = record.Queue!;
  if (typeof queue.Duration === 'number') return queue.Duration;
  const answered = record.Agent?.ConnectedToAgentTimestamp ?? queue.DequeueTimestamp;
  if (!queue.EnqueueTimestamp || !answered) return 0;
  return Math.max(0, (Date.parse(answered) - Date.parse(queue.EnqueueTimestamp)) / 1000);
}

/**
 * The metrics of the records that entered a queue in [start, end). Counts are numbers; the average is
 * undefined without answered contacts, as Connect leaves it out.
 */
export function queueMetrics(
  records: readonly QueueRecord[],
  startMs: number,
  endMs: number,
  queueFilter?: ReadonlySet<string>,
): Record<SupportedMetric, number | undefined> {
  const queued = records.filter((record) => {
    const enqueued = Date.parse(record.Queue?.EnqueueTimestamp ?? '');
    if (Number.isNaN(enqueued) || enqueued < startMs || enqueued >= endMs) return false;
    if (!queueFilter) return true;
    const arn = record.Queue?.ARN ?? '';
    return queueFilter.has(arn) || queueFilter.has(arn.split('/').pop() ?? '');
  });
  const handled = queued.filter((record) => record.Agent);
  const waits = handled.map(queueSeconds);
  return {
    CONTACTS_QUEUED: queued.length,
    CONTACTS_HANDLED: handled.length,
    CONTACTS_ABANDONED: queued.length - handled.length,
    AVG_QUEUE_ANSWER_TIME:
      waits.length === 0 ? undefined : waits.reduce((sum, wait) => sum + wait, 0) / waits.length,
  };
}
