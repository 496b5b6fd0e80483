import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { SummaryLetter } from '../domain/summary';

let ses: SESv2Client | undefined;

/** Sends the weekly summary with the scorecard CSV attached (SESv2 raw message; locally the SES outbox). */
export async function sendSummary(
  from: string,
  to: readonly string[],
  letter: SummaryLetter,
  csv: { readonly filename: string; readonly content: string },
): Promise<string> {
  ses ??= new SESv2Client({});
  const boundary = `qoldau-${Date.now().toString(36)}`;
  const subject = `=?UTF-8?B?${Buffer.from(letter.subject).toString('base64')}?=`;
  const raw = [
    `From: ${from}`,
    `To: ${to.join(', ')}`,
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(letter.text).toString('base64'),
    `--${boundary}`,
    `Content-Type: text/csv; charset=UTF-8; name="${csv.filename}"`,
    `Content-Disposition: attachment; filename="${csv.filename}"`,
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(csv.content).toString('base64'),
    `--${boundary}--`,
    '',
  ].join('\r\n');
  const result = await ses.send(
    new SendEmailCommand({
      FromEmailAddress: from,
      Destination: { ToAddresses: [...to] },
      Content: { Raw: { Data: new Uint8Array(Buffer.from(raw)) } },
    }),
  );
  return result.MessageId ?? '';
}
