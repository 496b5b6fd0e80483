import { createHash } from 'node:crypto';

/**
 * Where the register keeps mail and files. SES writes each inbound message to the inbound bucket under
 * `inbound/<SES message id>`; CDK configures the receipt rule with this prefix and the intake function
 * reads from it, so both import it from here.
 */
export const INBOUND_MAIL_PREFIX = 'inbound/';

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
