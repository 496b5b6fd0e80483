/**
 * How Lambda hands a batch of stream records to a function and what it does with the answer: partial-batch
 * responses (`ReportBatchItemFailures`: retry from the lowest failed sequence number), splitting a failing
 * batch in two when `BisectBatchOnFunctionError` is set, and giving up after `MaximumRetryAttempts` (the
 * failure destination is only logged locally).
 */

export interface DeliveryRecord {
  readonly dynamodb: { readonly SequenceNumber: string };
}

export interface DeliveryOptions {
  readonly functionName: string;
  readonly invoke: (event: { Records: readonly DeliveryRecord[] }) => Promise<unknown>;
  /** The mapping's properties, resolved from the template. */
  readonly mapping: Record<string, unknown>;
  readonly log: (message: string) => void;
  /** Sends what was given up on to the mapping's failure destination, when it has one. */
  readonly giveUp?: (records: readonly DeliveryRecord[], retries: number) => void;
  /** @default real timers; tests pass one that does not wait */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface DeliveryOutcome {
  readonly delivered: number;
  readonly failed: number;
}

/** Lambda retries "until the record expires" when `MaximumRetryAttempts` is -1; locally, this many times. */
export const LOCAL_RETRY_CAP = 10;
const MAX_BACKOFF_MS = 2_000;

export class BatchDelivery {
  private readonly maxRetries: number;
  private readonly reportsItemFailures: boolean;
  private readonly bisect: boolean;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: DeliveryOptions) {
    const { mapping } = options;
    const retries = Number(mapping['MaximumRetryAttempts'] ?? -1);
    this.maxRetries = retries < 0 ? LOCAL_RETRY_CAP : retries;
    this.reportsItemFailures = ((mapping['FunctionResponseTypes'] as string[] | undefined) ?? []).includes(
      'ReportBatchItemFailures',
    );
    this.bisect = mapping['BisectBatchOnFunctionError'] === true;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Delivers until every record is processed or given up on. */
  async deliver(batch: readonly DeliveryRecord[]): Promise<DeliveryOutcome> {
    let pending = batch;
    let delivered = 0;
    for (let retries = 0; pending.length > 0; retries++) {
      if (retries > this.maxRetries) {
        this.options.log(
          `dynamodb-streams: ${this.options.functionName} gave up on ${pending.length} record(s) from ${pending[0]!.dynamodb.SequenceNumber} after ${this.maxRetries} retries (sent to the failure destination in AWS)`,
        );
        this.options.giveUp?.(pending, this.maxRetries);
        return { delivered, failed: pending.length };
      }
      if (retries > 0) await this.sleep(Math.min(100 * 2 ** (retries - 1), MAX_BACKOFF_MS));
      let failedFrom: number;
      try {
        failedFrom = this.firstFailure(pending, await this.options.invoke({ Records: pending }));
      } catch (error) {
        if (this.bisect && pending.length > 1) {
          // Lambda splits a failing batch and retries each half, without counting it as a retry.
          const half = Math.ceil(pending.length / 2);
          const first = await this.deliver(pending.slice(0, half));
          const second = await this.deliver(pending.slice(half));
          return {
            delivered: delivered + first.delivered + second.delivered,
            failed: first.failed + second.failed,
          };
        }
        this.options.log(
          `dynamodb-streams: ${this.options.functionName} failed a batch: ${(error as Error).message}`,
        );
        failedFrom = 0;
      }
      delivered += failedFrom;
      pending = pending.slice(failedFrom);
    }
    return { delivered, failed: 0 };
  }

  /**
   * Index of the first record to retry, as Lambda reads a partial-batch response: the lowest sequence number
   * reported; the whole batch when the response names a record that is not in it or is malformed. Without
   * `ReportBatchItemFailures` any answer means success.
   */
  private firstFailure(batch: readonly DeliveryRecord[], response: unknown): number {
    if (!this.reportsItemFailures) return batch.length;
    const failures = (response as { batchItemFailures?: unknown } | null | undefined)?.batchItemFailures;
    if (failures === undefined || failures === null) return batch.length;
    if (!Array.isArray(failures)) return 0;
    let lowest = batch.length;
    for (const failure of failures) {
      const id = (failure as { itemIdentifier?: unknown } | null)?.itemIdentifier;
      const index = batch.findIndex((record) => record.dynamodb.SequenceNumber === id);
      if (index < 0) return 0;
      lowest = Math.min(lowest, index);
    }
    return lowest;
  }
}
