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
   * each streamed straight into its place in one buffer: S3 serves each connection at a limited rate, a
   * snapshot of a hundred thousand articles is some 180 MB, and collecting every range into a buffer of its
   * own before copying it cost a third more CPU than the transfer itself.
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
    const total = Number(first.ContentRange?.split('/')[1] ?? first.ContentLength);
    if (!Number.isSafeInteger(total) || total < 0) throw new Error('The search index snapshot has no length');
    const bytes = new Uint8Array(total);
    // A server that ignores Range answers with the whole object and no Content-Range.
    const firstEnd = first.ContentRange ? Math.min(total, this.chunkBytes) : total;
    const starts: number[] = [];
    for (let start = firstEnd; start < total; start += this.chunkBytes) starts.push(start);
    // The other ranges start as soon as the first one's headers tell the length, while its body streams in.
    const worker = async () => {
      for (let start = starts.shift(); start !== undefined; start = starts.shift()) {
        // Every range of the same object version: a snapshot replaced meanwhile fails the condition.
        const last = Math.min(total, start + this.chunkBytes) - 1;
        const part = await this.range(start, last, first.ETag);
        if (part === undefined) throw new Error('The search index snapshot disappeared while it was read');
        await readInto(part.Body, bytes, start, last + 1);
      }
    };
    await Promise.all([
      readInto(first.Body, bytes, 0, firstEnd),
      ...Array.from({ length: Math.min(this.concurrency, starts.length) }, worker),
    ]);
    return bytes;
  }

  private async range(first: number, last: number, etag?: string) {
    try {
      return await this.s3.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: this.key,
          Range: `bytes=${first}-${last}`,
          ...(etag ? { IfMatch: etag } : {}),
        }),
      );
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

/** Streams a response body into `target[from, to)`; a body that ends short or runs long is an error. */
async function readInto(body: unknown, target: Uint8Array, from: number, to: number): Promise<void> {
  if (!body) throw new Error('The search index snapshot came without a body');
  let at = from;
  for await (const chunk of body as AsyncIterable<Uint8Array>) {
    if (at + chunk.length > to) throw new Error('The search index snapshot range ran past its length');
    target.set(chunk, at);
    at += chunk.length;
  }
  if (at !== to)
    throw new Error(`The search index snapshot range ended after ${at - from} of ${to - from} bytes`);
}
