import { GetObjectCommand, NoSuchKey, PutObjectCommand } from '@aws-sdk/client-s3';
import { s3Client } from '../../shared/aws-clients';
import type { AttachmentRef } from '../domain/appeal';
import { attachmentKey } from '../domain/mail-storage';

/** Raw inbound messages (written by SES) and appeal attachments in S3. */

export class MissingInboundMessageError extends Error {
  override readonly name = 'MissingInboundMessageError';
}

export async function readInboundMessage(bucket: string, key: string): Promise<Buffer> {
  try {
    const object = await s3Client().send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return Buffer.from(await object.Body!.transformToByteArray());
  } catch (error) {
    // SES writes the object before it invokes the function; a missing one is a fault worth a retry.
    if (error instanceof NoSuchKey)
      throw new MissingInboundMessageError(`No raw message at ${key}`, { cause: error });
    throw error;
  }
}

export interface FileToStore {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Buffer;
}

/** Stores files under `folder`, in parallel; returns their references in the given order. */
export function storeAttachments(
  bucket: string,
  folder: string,
  files: readonly FileToStore[],
): Promise<AttachmentRef[]> {
  if (files.length > 0 && bucket === '') {
    throw new Error('This function has files to store but no attachments bucket (ATTACHMENTS_BUCKET)');
  }
  return Promise.all(
    files.map(async (file, index) => {
      const key = attachmentKey(folder, index, file.filename);
      await s3Client().send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: file.content, ContentType: file.contentType }),
      );
      return { key, filename: file.filename, contentType: file.contentType, size: file.content.length };
    }),
  );
}
