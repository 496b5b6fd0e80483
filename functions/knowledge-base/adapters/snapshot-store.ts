import { GetObjectCommand, NoSuchKey, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { KB_SNAPSHOT_KEY } from '../../../contracts/s3-prefixes';
import { s3Client } from '../../shared/aws-clients';

/**
 * The search index snapshot object (`KB_SNAPSHOT_KEY`) in the knowledge base's snapshot bucket, as bytes.
 * The bucket encrypts with the hotline key by default, so requests name no key.
 */
export class SnapshotStore {
  constructor(
    private readonly bucket: string,
    private readonly s3: S3Client = s3Client(),
    private readonly key: string = KB_SNAPSHOT_KEY,
    private readonly chunkBytes = 8 * 1024 * 1024,
    private readonly concurrency = 8,
  ) {}

  /**
   * The snapshot's bytes, or undefined when none was written yet. Fetched in byte ranges, several at once,
   * into one buffer: S3 serves each connection at a limited rate, and a snapshot of a hundred thousand
   * articles is some 180 MB.
   */
  async get(): Promise<Uint8Array | undefined> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.getOnce();
      } catch (error) {
        // The indexer replaced the snapshot between two ranges: read the new one from the start.
        if (attempt >= 3 || (error as { name?: string }).name !== 'PreconditionFailed') throw error;
      }
    }
  }

  private async getOnce(): Promise<Uint8Array | undefined> {
    const first = await this.range(0, this.chunkBytes - 1);
    if (first === undefined) return undefined;
    const total = Number(first.contentRange?.split('/')[1] ?? first.bytes.length);
    if (!Number.isSafeInteger(total) || total <= first.bytes.length) return first.bytes;
    const bytes = new Uint8Array(total);
    bytes.set(first.bytes, 0);
    const starts: number[] = [];
    for (let start = first.bytes.length; start < total; start += this.chunkBytes) starts.push(start);
    const worker = async () => {
      for (let start = starts.shift(); start !== undefined; start = starts.shift()) {
        // Every range of the same object version: a snapshot replaced meanwhile fails the condition.
        const part = await this.range(start, Math.min(total, start + this.chunkBytes) - 1, first.etag);
        if (part === undefined) throw new Error('The search index snapshot disappeared while it was read');
        bytes.set(part.bytes, start);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, starts.length) }, worker));
    return bytes;
  }

  private async range(first: number, last: number, etag?: string) {
    try {
      const object = await this.s3.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: this.key,
          Range: `bytes=${first}-${last}`,
          ...(etag ? { IfMatch: etag } : {}),
        }),
      );
      if (!object.Body) return undefined;
      return {
        bytes: await object.Body.transformToByteArray(),
        contentRange: object.ContentRange,
        etag: object.ETag,
      };
    } catch (error) {
      if (error instanceof NoSuchKey) return undefined;
      throw error;
    }
  }

  async put(bytes: Uint8Array, watermark: number): Promise<void> {
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.key,
        Body: bytes,
        ContentType: 'application/octet-stream',
        // Readable without downloading the snapshot, e.g. by an operator checking freshness.
        Metadata: { watermark: String(watermark) },
      }),
    );
  }
}
