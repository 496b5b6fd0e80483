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
  ) {}

  /** The snapshot's bytes, or undefined when none was written yet. */
  async get(): Promise<Uint8Array | undefined> {
    try {
      const object = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.key }));
      return object.Body ? await object.Body.transformToByteArray() : undefined;
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
