import { randomUUID } from 'node:crypto';
import type { HotlineId } from '../../contracts/hotlines';
import type { LocalContext, LocalService } from '../context';
import { json, type LocalRequest, type LocalResponse } from '../gateway/server';
import { resourcesOfType } from '../template-model';
import { type DeliveryOutcome, ShardConsumer, type StreamRecord } from './kinesis/consumer';

/** Metadata naming a stream's channel in the template (set by the construct that owns the stream). */
const CHANNEL_METADATA = 'qoldau:kinesis-channel';
const SHARD_ID = 'shardId-000000000000';

/** One stream of the templates, with its single local shard held in memory. */
interface LocalStream {
  readonly hotline: HotlineId;
  readonly channel: string | undefined;
  readonly arn: string;
  readonly records: StreamRecord[];
  readonly consumers: ShardConsumer[];
}

export interface PutResult {
  readonly ShardId: string;
  readonly SequenceNumber: string;
  /** Settles once every mapped function has processed the record (or given up on it). */
  readonly settled: Promise<DeliveryOutcome>;
}

/**
 * Kinesis stand-in: reads every `AWS::Lambda::EventSourceMapping` whose `EventSourceArn` is a stream of the
 * templates and delivers the stream's records to the mapped function as Lambda does: Kinesis events in
 * shard order, at most `BatchSize` records per batch, partial-batch responses (`ReportBatchItemFailures`:
 * retry from the lowest failed sequence number), bisecting on function errors when configured, and giving up
 * after `MaximumRetryAttempts` (the failure destination is only logged). One shard per stream; records live in
 * memory for the runtime's life.
 *
 * Records come from the Connect simulator (`context.events` `'contact-record'`, `{hotline, record}`), and from
 * `POST ${url}/_local/kinesis/<hotline>/<channel>` with a JSON record (or an array of them), e.g. a contact
 * trace record to `/_local/kinesis/1414/contact-records`. The answer comes once the record is processed
 * (`?wait=false`: at once, 202). `GET ${url}/_local/kinesis` lists streams and their consumers.
 */
export function kinesisService(): LocalService {
  const streams: LocalStream[] = [];
  let sequence = 0n;
  const nextSequenceNumber = () => {
    sequence += 1n;
    // Real sequence numbers are long decimal strings that grow; equal length keeps them sortable as text.
    return `4959${sequence.toString().padStart(52, '0')}`;
  };

  function put(stream: LocalStream, data: Buffer, partitionKey: string): PutResult {
    const record: StreamRecord = {
      sequenceNumber: nextSequenceNumber(),
      partitionKey,
      data,
      arrivedAt: Date.now(),
    };
    stream.records.push(record);
    const settled = Promise.all(
      stream.consumers.map((consumer) => consumer.settled(record.sequenceNumber)),
    ).then((outcomes) => ({
      delivered: outcomes.filter((outcome) => outcome === 'delivered').length,
      failed: outcomes.filter((outcome) => outcome === 'failed').length,
    }));
    for (const consumer of stream.consumers) consumer.wake();
    return { ShardId: SHARD_ID, SequenceNumber: record.sequenceNumber, settled };
  }

  const find = (hotline: string, channel: string) =>
    streams.find((stream) => stream.hotline === hotline && stream.channel === channel);

  return {
    name: 'kinesis',
    async start(context: LocalContext) {
      for (const [hotline, { model, names }] of context.stacks) {
        for (const [logicalId, resource] of resourcesOfType(model.template, 'AWS::Kinesis::Stream')) {
          const channel = resource.Metadata?.[CHANNEL_METADATA];
          streams.push({
            hotline,
            channel: typeof channel === 'string' ? channel : undefined,
            arn: names.arn(logicalId),
            records: [],
            consumers: [],
          });
        }
        for (const [, mapping] of resourcesOfType(model.template, 'AWS::Lambda::EventSourceMapping')) {
          const props = (names.resolve(mapping.Properties) ?? {}) as Record<string, unknown>;
          const stream = streams.find((candidate) => candidate.arn === props['EventSourceArn']);
          if (!stream || props['Enabled'] === false) continue;
          const functionName = String(props['FunctionName']);
          const fn = context.lambdas.find(functionName);
          if (!fn) throw new Error(`Kinesis mapping of ${stream.arn} names unknown function ${functionName}`);
          const functionResource = Object.entries(model.template.Resources).find(
            ([logicalId]) => names.ref(logicalId) === fn.name,
          )?.[1];
          const roleArn = String(names.resolve(functionResource?.Properties?.['Role']) ?? '');
          stream.consumers.push(
            new ShardConsumer({
              functionName: fn.name,
              invoke: (event) => context.lambdas.invoke(fn.arn, event),
              mapping: props,
              records: stream.records,
              eventFields: {
                eventSource: 'aws:kinesis',
                eventVersion: '1.0',
                eventName: 'aws:kinesis:record',
                invokeIdentityArn: roleArn,
                awsRegion: names.region,
                eventSourceARN: stream.arn,
              },
              shardId: SHARD_ID,
              log: context.log,
            }),
          );
        }
      }
      context.events.on('contact-record', ({ hotline, record }: { hotline: string; record: unknown }) => {
        const stream = find(hotline, 'contact-records');
        if (!stream) {
          context.log(`kinesis: no contact-records stream for hotline ${hotline}; record dropped`);
          return;
        }
        put(stream, Buffer.from(JSON.stringify(record)), partitionKeyOf(record));
      });
      context.gateway.addEndpoint({
        prefix: '/_local/kinesis',
        handle: (request) => handle(request),
      });
    },
    async stop() {
      for (const stream of streams) for (const consumer of stream.consumers) consumer.stop();
    },
  };

  async function handle(request: LocalRequest): Promise<LocalResponse> {
    const [, , , hotline, channel, ...rest] = request.path.split('/');
    if (hotline === undefined) {
      if (request.method !== 'GET') return json(405, { message: 'Use GET' });
      return json(200, {
        streams: streams.map((stream) => ({
          hotline: stream.hotline,
          channel: stream.channel ?? null,
          arn: stream.arn,
          records: stream.records.length,
          consumers: stream.consumers.map((consumer) => consumer.describe()),
        })),
      });
    }
    const stream = channel === undefined || rest.length > 0 ? undefined : find(hotline, channel);
    if (!stream)
      return json(404, { message: `No Kinesis stream ${hotline}/${channel ?? ''} in the templates` });
    if (request.method !== 'POST') return json(405, { message: 'POST a JSON record' });
    let body: unknown;
    try {
      body = JSON.parse(request.body.toString('utf8'));
    } catch {
      return json(400, { message: 'Body must be a JSON record or an array of JSON records' });
    }
    const records = Array.isArray(body) ? body : [body];
    const results = records.map((record) =>
      put(
        stream,
        Buffer.from(JSON.stringify(record)),
        request.query.get('partitionKey') ?? partitionKeyOf(record),
      ),
    );
    if (request.query.get('wait') === 'false') {
      return json(202, {
        Records: results.map(({ ShardId, SequenceNumber }) => ({ ShardId, SequenceNumber })),
      });
    }
    const settled = await Promise.all(results.map((result) => result.settled));
    const answers = results.map(({ ShardId, SequenceNumber }, i) => ({
      ShardId,
      SequenceNumber,
      ...settled[i],
    }));
    return json(200, Array.isArray(body) ? { Records: answers } : answers[0]);
  }
}

/** Connect partitions contact records by contact id. */
function partitionKeyOf(record: unknown): string {
  const contactId = (record as { ContactId?: unknown } | null)?.ContactId;
  return typeof contactId === 'string' && contactId.length > 0 ? contactId : randomUUID();
}
