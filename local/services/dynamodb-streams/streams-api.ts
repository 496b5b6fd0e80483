import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { LOCAL_CREDENTIALS } from '../../engines/dynamodb';

/**
 * The DynamoDB Streams API of DynamoDB Local, which serves it on the same endpoint as DynamoDB. The SDK's
 * streams client is not a dependency of the project; these four calls are plain signed JSON requests.
 */

export interface StreamShard {
  readonly ShardId: string;
  readonly ParentShardId?: string;
  readonly SequenceNumberRange?: { StartingSequenceNumber?: string; EndingSequenceNumber?: string };
}

export interface StreamRecordEntry {
  readonly eventID: string;
  readonly eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  readonly eventVersion?: string;
  readonly dynamodb: { SequenceNumber: string } & Record<string, unknown>;
}

export type IteratorType = 'TRIM_HORIZON' | 'LATEST' | 'AFTER_SEQUENCE_NUMBER' | 'AT_SEQUENCE_NUMBER';

export class StreamsApiError extends Error {
  override name = 'StreamsApiError';
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export class StreamsApi {
  private readonly signer: SignatureV4;
  private readonly url: URL;

  constructor(endpoint: string, region: string) {
    this.url = new URL(endpoint);
    this.signer = new SignatureV4({
      credentials: LOCAL_CREDENTIALS,
      region,
      service: 'dynamodb',
      sha256: Sha256,
    });
  }

  async describeStream(streamArn: string): Promise<StreamShard[]> {
    const shards: StreamShard[] = [];
    let start: string | undefined;
    do {
      const answer = (await this.call('DescribeStream', {
        StreamArn: streamArn,
        ...(start ? { ExclusiveStartShardId: start } : {}),
      })) as { StreamDescription: { Shards?: StreamShard[]; LastEvaluatedShardId?: string } };
      shards.push(...(answer.StreamDescription.Shards ?? []));
      start = answer.StreamDescription.LastEvaluatedShardId;
    } while (start);
    return shards;
  }

  async shardIterator(
    streamArn: string,
    shardId: string,
    type: IteratorType,
    sequenceNumber?: string,
  ): Promise<string | undefined> {
    const answer = (await this.call('GetShardIterator', {
      StreamArn: streamArn,
      ShardId: shardId,
      ShardIteratorType: type,
      ...(sequenceNumber ? { SequenceNumber: sequenceNumber } : {}),
    })) as { ShardIterator?: string };
    return answer.ShardIterator;
  }

  /** `next` is undefined once the shard is closed and read to its end. */
  async records(iterator: string, limit: number): Promise<{ records: StreamRecordEntry[]; next?: string }> {
    const answer = (await this.call('GetRecords', { ShardIterator: iterator, Limit: limit })) as {
      Records?: StreamRecordEntry[];
      NextShardIterator?: string;
    };
    return {
      records: answer.Records ?? [],
      ...(answer.NextShardIterator ? { next: answer.NextShardIterator } : {}),
    };
  }

  private async call(operation: string, body: unknown): Promise<unknown> {
    const text = JSON.stringify(body);
    const signed = await this.signer.sign({
      method: 'POST',
      protocol: this.url.protocol,
      hostname: this.url.hostname,
      port: Number(this.url.port),
      path: '/',
      headers: {
        host: this.url.host,
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': `DynamoDBStreams_20120810.${operation}`,
      },
      body: text,
    } as Parameters<SignatureV4['sign']>[0]);
    const response = await fetch(this.url, {
      method: 'POST',
      headers: signed.headers as Record<string, string>,
      body: text,
    });
    const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) {
      const type =
        String(answer['__type'] ?? 'UnknownError')
          .split('#')
          .pop() ?? 'UnknownError';
      throw new StreamsApiError(type, String(answer['message'] ?? answer['Message'] ?? response.statusText));
    }
    return answer;
  }
}
