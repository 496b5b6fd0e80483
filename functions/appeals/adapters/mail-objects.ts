import { GetObjectCommand, NoSuchKey, PutObjectCommand } from '@aws-sdk/client-s3';
import { s3Client } from '../../shared/aws-clients';
import { attachmentKey } from '../domain/mail-storage';
import type { FileToStore, MailObjects } from '../ports';

/** Raw inbound messages (written by SES) and appeal attachments in S3. */

export class MissingInboundMessageError extends Error {
  override readonly name = 'MissingInboundMessageError';
}

export interface MailBuckets {
  /** Where SES stores inbound mail; empty for functions that read none. */
  readonly inboundBucket: string;
  /** Where attachments go; empty for functions that store no files. */
  readonly attachmentsBucket: string;
}

export function s3MailObjects(buckets: MailBuckets): MailObjects {
  return {
    async readInbound(key) {
      if (buckets.inboundBucket === '') {
        throw new Error('This function reads inbound mail but has no inbound bucket (INBOUND_MAIL_BUCKET)');
      }
      try {
        const object = await s3Client().send(
          new GetObjectCommand({ Bucket: buckets.inboundBucket, Key: key }),
        );
        return Buffer.from(await object.Body!.transformToByteArray());
      } catch (error) {
        // SES writes the object before it invokes the function; a missing one is a fault worth a retry.
        if (error instanceof NoSuchKey)
          throw new MissingInboundMessageError(`No raw message at ${key}`, { cause: error });
        throw error;
      }
    },
    storeAttachments: (folder, files) => storeFiles(buckets.attachmentsBucket, folder, files),
  };
}

/** Stores files under `folder`, in parallel; returns their references in the given order. */
function storeFiles(bucket: string, folder: string, files: readonly FileToStore[]) {
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

export type { FileToStore };
