import { createHash } from 'node:crypto';
import { INBOUND_MAIL_PREFIX } from '../../../contracts/s3-prefixes';

/** Where the register keeps mail: SES writes under the inbound prefix that CDK's receipt rule sets. */
export function inboundMailKey(sesMessageId: string): string {
  return `${INBOUND_MAIL_PREFIX}${sesMessageId}`;
}

/**
 * Folder of an appeal's files in the attachments bucket, derived from what identifies the submission
 * (an e-mail's de-duplication key, a web request's idempotency key), so a repeated delivery writes the
 * same objects again instead of leaving copies behind. Hashed: keys must not carry message ids or addresses.
 */
export function attachmentFolder(channel: string, submissionKey: string): string {
  const digest = createHash('sha256').update(submissionKey, 'utf8').digest('hex').slice(0, 32);
  return `${channel}/${digest}/`;
}

/** `email/<digest>/2-заявление.pdf`: numbered so two files of the same name never overwrite each other. */
export function attachmentKey(folder: string, index: number, filename: string): string {
  return `${folder}${index + 1}-${filename}`;
}
