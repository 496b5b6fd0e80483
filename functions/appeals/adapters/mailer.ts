import { SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { Mailer, PlainEmail } from '../ports';
import { sesClient } from './clients';

/** Outgoing mail through SES (locally: the SES stand-in's outbox). Returns the SES message id. */

export const sesMailer: Mailer = { send: sendPlainEmail, sendRaw: sendRawEmail };

async function sendPlainEmail(email: PlainEmail): Promise<string> {
  const result = await sesClient().send(
    new SendEmailCommand({
      FromEmailAddress: email.from,
      Destination: { ToAddresses: [...email.to] },
      ...(email.replyTo ? { ReplyToAddresses: [email.replyTo] } : {}),
      Content: {
        Simple: {
          Subject: { Data: email.letter.subject, Charset: 'UTF-8' },
          Body: { Text: { Data: email.letter.text, Charset: 'UTF-8' } },
          Headers: Object.entries(email.letter.headers).map(([Name, Value]) => ({ Name, Value })),
        },
      },
    }),
  );
  return result.MessageId ?? '';
}

/** A message built whole (with attachments): `Content.Raw`. */
async function sendRawEmail(from: string, to: readonly string[], raw: Buffer): Promise<string> {
  const result = await sesClient().send(
    new SendEmailCommand({
      FromEmailAddress: from,
      Destination: { ToAddresses: [...to] },
      Content: { Raw: { Data: new Uint8Array(raw) } },
    }),
  );
  return result.MessageId ?? '';
}
