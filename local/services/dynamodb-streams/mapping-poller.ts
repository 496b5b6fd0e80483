import { BatchDelivery } from './batch-delivery';
import type { CheckpointStore } from './checkpoints';
import { recordFilter } from './event-filter';
import { type StreamRecordEntry, type StreamsApi, StreamsApiError } from './streams-api';

export interface MappingPollerOptions {
  /** `<hotline>/<mapping logical id>`: names the mapping in checkpoints and listings. */
  readonly key: string;
  readonly tableName: string;
  /** The stream as DynamoDB Local names it. */
  readonly streamArn: string;
  /** The stream as the template names it: what the function sees in `eventSourceARN`. */
  readonly eventSourceArn: string;
  readonly region: string;
  readonly functionName: string;
  readonly mapping: Record<string, unknown>;
  readonly api: StreamsApi;
  readonly checkpoints: CheckpointStore;
  readonly invoke: (event: unknown) => Promise<unknown>;
  readonly log: (message: string) => void;
  /** The mapping's `DestinationConfig.OnFailure` queue, given up batches are described there. */
  readonly park?: (record: unknown) => void;
}

interface ShardState {
  readonly id: string;
  readonly parent?: string;
  iterator?: string;
  done: boolean;
  /** Shards seen at the first look start at `LATEST` when the mapping says so; later ones at their start. */
  readonly initial: boolean;
}

/** Lambda polls each shard about four times a second. */
const IDLE_POLL_MS = 250;
const DESCRIBE_INTERVAL_MS = 5_000;
const READ_LIMIT = 1000;
const STOP_GRACE_MS = 2_000;

/**
 * One event source mapping of a DynamoDB stream: polls every shard (children after their parents), drops
 * records the mapping's filters reject, and delivers the rest in `BatchSize` batches with Lambda's retry
 * semantics (see `BatchDelivery`).
 */
export class MappingPoller {
  private readonly shards = new Map<string, ShardState>();
  private readonly filter: (record: unknown) => boolean;
  private readonly delivery: BatchDelivery;
  private readonly batchSize: number;
  private stopped = false;
  private loop: Promise<void> | undefined;
  private discovered = false;
  private readonly counts = { delivered: 0, failed: 0, filteredOut: 0, invocations: 0 };

  constructor(private readonly options: MappingPollerOptions) {
    this.filter = recordFilter(options.mapping['FilterCriteria']);
    this.batchSize = Number(options.mapping['BatchSize'] ?? 100);
    this.delivery = new BatchDelivery({
      functionName: options.functionName,
      mapping: options.mapping,
      log: options.log,
      giveUp: (records, retries) =>
        options.park?.({
          requestContext: { condition: 'RetryAttemptsExhausted', functionArn: options.functionName },
          responseContext: { retries },
          DDBStreamBatchInfo: {
            shardId: 'local',
            startSequenceNumber: records[0]?.dynamodb.SequenceNumber,
            endSequenceNumber: records.at(-1)?.dynamodb.SequenceNumber,
            batchSize: records.length,
            streamArn: options.eventSourceArn,
          },
        }),
      invoke: (event) => {
        this.counts.invocations++;
        return options.invoke(event);
      },
    });
  }

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    // A batch in flight may wait for its function's timeout; the runtime does not wait that long.
    await Promise.race([this.loop, new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS).unref())]);
  }

  describe() {
    return {
      mapping: this.options.key,
      table: this.options.tableName,
      function: this.options.functionName,
      batchSize: this.batchSize,
      shards: [...this.shards.values()].map((shard) => ({ id: shard.id, done: shard.done })),
      ...this.counts,
    };
  }

  private async run(): Promise<void> {
    let describedAt = 0;
    while (!this.stopped) {
      try {
        if (Date.now() - describedAt > DESCRIBE_INTERVAL_MS) {
          await this.discoverShards();
          describedAt = Date.now();
        }
        const busy = await this.pollShards();
        if (!busy) await sleep(IDLE_POLL_MS);
      } catch (error) {
        if (this.stopped) return;
        this.options.log(`dynamodb-streams: ${this.options.key}: ${(error as Error).message}`);
        await sleep(1_000);
      }
    }
  }

  private async discoverShards(): Promise<void> {
    for (const shard of await this.options.api.describeStream(this.options.streamArn)) {
      if (this.shards.has(shard.ShardId)) continue;
      this.shards.set(shard.ShardId, {
        id: shard.ShardId,
        ...(shard.ParentShardId ? { parent: shard.ParentShardId } : {}),
        done: false,
        initial: !this.discovered,
      });
    }
    this.discovered = true;
  }

  /** Reads each open shard once; true when any records came. */
  private async pollShards(): Promise<boolean> {
    let busy = false;
    for (const shard of this.shards.values()) {
      if (shard.done || this.stopped) continue;
      const parent = shard.parent ? this.shards.get(shard.parent) : undefined;
      if (parent && !parent.done) continue;
      shard.iterator ??= await this.iteratorFor(shard);
      let page: { records: StreamRecordEntry[]; next?: string };
      try {
        page = await this.options.api.records(shard.iterator, READ_LIMIT);
      } catch (error) {
        if (error instanceof StreamsApiError && /Expired|Trimmed/.test(error.type)) {
          delete shard.iterator;
          continue;
        }
        throw error;
      }
      if (page.records.length > 0) {
        busy = true;
        await this.process(shard, page.records);
      }
      if (page.next) shard.iterator = page.next;
      else shard.done = true;
    }
    return busy;
  }

  private async iteratorFor(shard: ShardState): Promise<string> {
    const { api, streamArn, checkpoints, key, mapping } = this.options;
    const checkpoint = checkpoints.get(key, streamArn, shard.id);
    if (checkpoint) {
      try {
        const after = await api.shardIterator(streamArn, shard.id, 'AFTER_SEQUENCE_NUMBER', checkpoint);
        if (after) return after;
      } catch (error) {
        if (!(error instanceof StreamsApiError)) throw error;
        this.options.log(
          `dynamodb-streams: ${key}: checkpoint of ${shard.id} is gone; reading from the start`,
        );
      }
    }
    const type =
      mapping['StartingPosition'] === 'LATEST' && shard.initial && !checkpoint ? 'LATEST' : 'TRIM_HORIZON';
    const iterator = await api.shardIterator(streamArn, shard.id, type);
    if (!iterator) throw new Error(`No iterator for shard ${shard.id}`);
    return iterator;
  }

  private async process(shard: ShardState, records: readonly StreamRecordEntry[]): Promise<void> {
    const events = records.map((record) => ({
      eventID: record.eventID,
      eventName: record.eventName,
      eventVersion: record.eventVersion ?? '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: this.options.region,
      dynamodb: record.dynamodb,
      eventSourceARN: this.options.eventSourceArn,
    }));
    const passing = events.filter((event) => this.filter(event));
    this.counts.filteredOut += events.length - passing.length;
    for (let start = 0; start < passing.length && !this.stopped; start += this.batchSize) {
      const outcome = await this.delivery.deliver(passing.slice(start, start + this.batchSize));
      this.counts.delivered += outcome.delivered;
      this.counts.failed += outcome.failed;
    }
    if (this.stopped) return;
    const last = records.at(-1)!.dynamodb.SequenceNumber;
    this.options.checkpoints.set(this.options.key, this.options.streamArn, shard.id, last);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
