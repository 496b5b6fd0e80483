import * as fs from 'node:fs';
import * as path from 'node:path';

interface MappingCheckpoints {
  /** The stream the positions belong to: a table created anew has a new stream, and starts over. */
  streamArn: string;
  shards: Record<string, string>;
}

/**
 * The last sequence number each mapping processed per shard, kept in the data folder so a restarted runtime
 * goes on where it stopped instead of replaying the stream (24 hours of it in DynamoDB Local).
 */
export class CheckpointStore {
  private readonly file: string;
  private readonly data: Record<string, MappingCheckpoints>;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'dynamodb-streams.json');
    this.data = fs.existsSync(this.file)
      ? (JSON.parse(fs.readFileSync(this.file, 'utf8')) as Record<string, MappingCheckpoints>)
      : {};
  }

  get(mapping: string, streamArn: string, shardId: string): string | undefined {
    const entry = this.data[mapping];
    return entry?.streamArn === streamArn ? entry.shards[shardId] : undefined;
  }

  set(mapping: string, streamArn: string, shardId: string, sequenceNumber: string): void {
    let entry = this.data[mapping];
    if (entry?.streamArn !== streamArn) {
      entry = { streamArn, shards: {} };
      this.data[mapping] = entry;
    }
    entry.shards[shardId] = sequenceNumber;
    fs.writeFileSync(this.file, JSON.stringify(this.data));
  }
}
