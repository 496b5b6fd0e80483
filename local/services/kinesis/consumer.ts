/** One record of a local shard. */
export interface StreamRecord {
  readonly sequenceNumber: string;
  readonly partitionKey: string;
  readonly data: Buffer;
  readonly arrivedAt: number;
}

export interface DeliveryOutcome {
  /** Mapped functions that processed the record. */
  readonly delivered: number;
  /** Mapped functions that gave up on it (retries exhausted). */
  readonly failed: number;
}

type RecordOutcome = 'delivered' | 'failed';

export interface ShardConsumerOptions {
  readonly functionName: string;
  readonly invoke: (event: unknown) => Promise<unknown>;
  /** The event source mapping's properties, resolved. */
  readonly mapping: Record<string, unknown>;
  /** The shard, shared with the stream (records are appended there). */
  readonly records: readonly StreamRecord[];
  /** Fields every Kinesis event record carries besides `kinesis` and `eventID`. */
  readonly eventFields: Record<string, string>;
  readonly shardId: string;
  readonly log: (message: string) => void;
}

/** Lambda retries a failing batch "until the record expires" when `MaximumRetryAttempts` is -1; locally, this many. */
export const LOCAL_RETRY_CAP = 10;
/** Locally a batching window is cut to this, so nobody waits a second per record. */
export const LOCAL_MAX_BATCHING_WINDOW_MS = 100;
const MAX_BACKOFF_MS = 2_000;

class BatchFailedError extends Error {
  override name = 'BatchFailedError';
}

/**
 * An event source mapping's poller for one shard: reads from its checkpoint in order, invokes the function
 * with batches, and moves the checkpoint as Lambda does.
 */
export class ShardConsumer {
  private checkpoint = 0;
  private running = false;
  private stopped = false;
  private readonly outcomes = new Map<string, RecordOutcome>();
  private readonly waiters = new Map<string, Array<(outcome: RecordOutcome) => void>>();
  private readonly batchSize: number;
  private readonly maxRetries: number;
  private readonly reportsItemFailures: boolean;
  private readonly bisect: boolean;
  private readonly windowMs: number;
  private invocations = 0;

  constructor(private readonly options: ShardConsumerOptions) {
    const { mapping } = options;
    this.batchSize = Number(mapping['BatchSize'] ?? 100);
    const retries = Number(mapping['MaximumRetryAttempts'] ?? -1);
    this.maxRetries = retries < 0 ? LOCAL_RETRY_CAP : retries;
    this.reportsItemFailures = ((mapping['FunctionResponseTypes'] as string[] | undefined) ?? []).includes(
      'ReportBatchItemFailures',
    );
    this.bisect = mapping['BisectBatchOnFunctionError'] === true;
    this.windowMs = Math.min(
      Number(mapping['MaximumBatchingWindowInSeconds'] ?? 0) * 1000,
      LOCAL_MAX_BATCHING_WINDOW_MS,
    );
  }

  /** Resolves once this consumer has processed the record or given up on it. */
  settled(sequenceNumber: string): Promise<RecordOutcome> {
    const known = this.outcomes.get(sequenceNumber);
    if (known) return Promise.resolve(known);
    return new Promise((resolve) => {
      const list = this.waiters.get(sequenceNumber) ?? [];
      list.push(resolve);
      this.waiters.set(sequenceNumber, list);
    });
  }

  describe() {
    return {
      function: this.options.functionName,
      checkpoint: this.checkpoint,
      behind: this.options.records.length - this.checkpoint,
      invocations: this.invocations,
      batchSize: this.batchSize,
      maximumRetryAttempts: this.maxRetries,
      reportBatchItemFailures: this.reportsItemFailures,
      bisectBatchOnFunctionError: this.bisect,
    };
  }

  stop(): void {
    this.stopped = true;
    for (const [sequenceNumber] of this.waiters) this.settle(sequenceNumber, 'failed');
  }

  /** New records arrived: poll unless a poll is already running. */
  wake(): void {
    if (this.running || this.stopped) return;
    this.running = true;
    void this.poll().finally(() => {
      this.running = false;
      if (!this.stopped && this.checkpoint < this.options.records.length) this.wake();
    });
  }

  private async poll(): Promise<void> {
    while (!this.stopped && this.checkpoint < this.options.records.length) {
      if (this.windowMs > 0 && this.options.records.length - this.checkpoint < this.batchSize) {
        await sleep(this.windowMs);
      }
      const batch = this.options.records.slice(this.checkpoint, this.checkpoint + this.batchSize);
      await this.deliver(batch);
      this.checkpoint += batch.length;
    }
  }

  /** Delivers a batch until every record is processed or given up on. */
  private async deliver(batch: readonly StreamRecord[]): Promise<void> {
    let pending = batch;
    let retries = 0;
    while (pending.length > 0 && !this.stopped) {
      let failedFrom: number;
      try {
        failedFrom = this.firstFailure(pending, await this.invoke(pending));
      } catch (error) {
        if (this.bisect && pending.length > 1) {
          // Lambda splits a failing batch in two and retries each half, without counting it as a retry.
          const half = Math.ceil(pending.length / 2);
          await this.deliver(pending.slice(0, half));
          await this.deliver(pending.slice(half));
          return;
        }
        this.options.log(`kinesis: ${this.options.functionName} failed a batch: ${(error as Error).message}`);
        failedFrom = 0;
      }
      for (const record of pending.slice(0, failedFrom)) this.settle(record.sequenceNumber, 'delivered');
      pending = pending.slice(failedFrom);
      if (pending.length === 0) return;
      retries++;
      if (retries > this.maxRetries) {
        this.options.log(
          `kinesis: ${this.options.functionName} gave up on ${pending.length} record(s) from ${pending[0]!.sequenceNumber} after ${this.maxRetries} retries (sent to the failure destination in AWS)`,
        );
        for (const record of pending) this.settle(record.sequenceNumber, 'failed');
        return;
      }
      await sleep(Math.min(100 * 2 ** (retries - 1), MAX_BACKOFF_MS));
    }
  }

  private invoke(batch: readonly StreamRecord[]): Promise<unknown> {
    this.invocations++;
    return this.options.invoke({
      Records: batch.map((record) => ({
        kinesis: {
          kinesisSchemaVersion: '1.0',
          partitionKey: record.partitionKey,
          sequenceNumber: record.sequenceNumber,
          data: record.data.toString('base64'),
          approximateArrivalTimestamp: record.arrivedAt / 1000,
        },
        eventID: `${this.options.shardId}:${record.sequenceNumber}`,
        ...this.options.eventFields,
      })),
    });
  }

  /**
   * Index of the first record to retry, as Lambda reads a partial-batch response: the lowest sequence number
   * reported; the whole batch when the response names a record that is not in it. Without
   * `ReportBatchItemFailures` any answer means success.
   */
  private firstFailure(batch: readonly StreamRecord[], response: unknown): number {
    if (!this.reportsItemFailures) return batch.length;
    const failures = (response as { batchItemFailures?: unknown } | null | undefined)?.batchItemFailures;
    if (failures === undefined || failures === null) return batch.length;
    if (!Array.isArray(failures)) throw new BatchFailedError('batchItemFailures is not a list');
    if (failures.length === 0) return batch.length;
    let lowest = batch.length;
    for (const failure of failures) {
      const id = (failure as { itemIdentifier?: unknown } | null)?.itemIdentifier;
      const index = batch.findIndex((record) => record.sequenceNumber === id);
      if (index < 0) return 0;
      lowest = Math.min(lowest, index);
    }
    return lowest;
  }

  private settle(sequenceNumber: string, outcome: RecordOutcome): void {
    this.outcomes.set(sequenceNumber, outcome);
    for (const resolve of this.waiters.get(sequenceNumber) ?? []) resolve(outcome);
    this.waiters.delete(sequenceNumber);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
