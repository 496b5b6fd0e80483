import { randomBytes } from 'node:crypto';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { LocalContext } from '../../context';
import { json, type LocalRequest, type LocalResponse } from '../../gateway/server';
import { invokeAsync } from '../../lambda/async-invoke';
import { addressesIn, headerValues, type RawHeader, readHeaders } from './headers';
import { type LocalReceiptRule, matchRule, readReceiptRules } from './receipt-rules';

/**
 * SES receiving, locally: `POST ${url}/_local/ses/receive` with the raw message as the body (the local
 * mail server: unauthenticated, like port 25). Query: `received` (ISO-8601 receipt time), `spam` and
 * `virus` (the scan verdicts, PASS by default), `recipient` (envelope recipients, repeatable; by default
 * the To and Cc addresses). As SES does, it picks the receipt rule whose recipients match, stores the
 * raw message in the rule's bucket under its prefix and a new SES message id, and invokes the rule's
 * Lambda with an SES event built from the message; it answers with what the function returned.
 */

const VERDICTS = ['PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED'];

/**
 * SES receiving accepts messages up to 40 MB, headers included, and refuses larger ones: so does the
 * stand-in (its endpoint lifts the gateway's 10 MB API limit to this).
 */
export const SES_MAX_MESSAGE_BYTES = 40 * 1024 * 1024;

export function receiveEndpoint(context: LocalContext) {
  const rules = readReceiptRules(context);
  const s3 = new S3Client({
    endpoint: context.s3Endpoint,
    region: [...context.stacks.values()][0]?.names.region ?? 'eu-central-1',
    credentials: context.engineKeys,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return async (request: LocalRequest): Promise<LocalResponse> => {
    if (request.method !== 'POST') return json(405, { message: 'POST the raw message' });
    if (request.body.length === 0)
      return json(400, { message: 'The body must be the raw message (RFC 5322)' });
    const problem = queryProblem(request.query);
    if (problem) return json(400, { message: problem });
    const headers = readHeaders(request.body);
    const envelope = request.query.getAll('recipient').map((recipient) => recipient.trim().toLowerCase());
    const recipients =
      envelope.length > 0
        ? envelope
        : addressesIn([...headerValues(headers, 'to'), ...headerValues(headers, 'cc')]);
    const found = matchRule(rules, recipients);
    if (!found) {
      const configured = rules.flatMap((rule) =>
        rule.recipients.map((address) => `${address} (${rule.hotline})`),
      );
      return json(400, {
        message: `No receipt rule accepts ${recipients.length > 0 ? recipients.join(', ') : 'a message without recipients'}; the hotlines receive mail at: ${configured.join(', ')}`,
      });
    }
    const { rule, matched } = found;
    const messageId = sesMessageId();
    const received = request.query.get('received') ?? new Date().toISOString();
    if (rule.s3) {
      await s3.send(
        new PutObjectCommand({
          Bucket: rule.s3.bucket,
          Key: `${rule.s3.prefix}${messageId}`,
          Body: request.body,
        }),
      );
    }
    if (!rule.lambda) return json(200, { sesMessageId: messageId, hotline: rule.hotline });
    const event = sesEvent(rule, messageId, headers, matched, {
      received: new Date(received).toISOString(),
      spam: verdict(request.query.get('spam'), rule),
      virus: verdict(request.query.get('virus'), rule),
    });
    // SES invokes the rule's function asynchronously: Lambda retries it, then parks the event.
    const outcome = await invokeAsync(context, rule.lambda.functionArn, event);
    if (outcome.error) {
      return json(502, {
        message: `The receiving function failed ${outcome.attempts} time(s): ${outcome.error.message}${
          outcome.parkedIn ? `; the SES event waits in ${outcome.parkedIn}` : ''
        }`,
        sesMessageId: messageId,
        ...(outcome.parkedIn ? { parkedIn: outcome.parkedIn } : {}),
      });
    }
    return json(200, { ...(outcome.result as object), sesMessageId: messageId });
  };
}

function queryProblem(query: URLSearchParams): string | undefined {
  const received = query.get('received');
  if (received !== null && (!/^\d{4}-\d{2}-\d{2}T/u.test(received) || Number.isNaN(Date.parse(received)))) {
    return `received must be an ISO-8601 date-time, got ${JSON.stringify(received)}`;
  }
  for (const name of ['spam', 'virus']) {
    const value = query.get(name);
    if (value !== null && !VERDICTS.includes(value.toUpperCase())) {
      return `${name} must be one of ${VERDICTS.join(', ')}, got ${JSON.stringify(value)}`;
    }
  }
  return undefined;
}

/** Scanning off: SES reports DISABLED, as the real service does. */
function verdict(value: string | null, rule: LocalReceiptRule): string {
  if (!rule.scanEnabled) return 'DISABLED';
  return (value ?? 'PASS').toUpperCase();
}

/** SES message ids are 20 to 40 lowercase letters and digits. */
function sesMessageId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(40)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

function sesEvent(
  rule: LocalReceiptRule,
  messageId: string,
  headers: readonly RawHeader[],
  recipients: readonly string[],
  receipt: { received: string; spam: string; virus: string },
) {
  const first = (name: string) => headerValues(headers, name)[0];
  const from = headerValues(headers, 'from');
  const source = addressesIn([...headerValues(headers, 'return-path'), ...from])[0] ?? '';
  const pass = { status: 'PASS' };
  return {
    Records: [
      {
        eventSource: 'aws:ses',
        eventVersion: '1.0',
        ses: {
          mail: {
            timestamp: receipt.received,
            source,
            messageId,
            destination: [...recipients],
            headersTruncated: false,
            headers: headers.map(({ name, value }) => ({ name, value })),
            commonHeaders: {
              returnPath: source,
              from,
              to: headerValues(headers, 'to'),
              ...(first('cc') ? { cc: headerValues(headers, 'cc') } : {}),
              ...(first('date') ? { date: first('date') } : {}),
              ...(first('message-id') ? { messageId: first('message-id') } : {}),
              subject: first('subject') ?? '',
            },
          },
          receipt: {
            timestamp: receipt.received,
            processingTimeMillis: 1,
            recipients: [...recipients],
            spamVerdict: { status: receipt.spam },
            virusVerdict: { status: receipt.virus },
            spfVerdict: pass,
            dkimVerdict: pass,
            dmarcVerdict: pass,
            action: {
              type: 'Lambda',
              functionArn: rule.lambda?.functionArn ?? '',
              invocationType: rule.lambda?.invocationType ?? 'Event',
            },
          },
        },
      },
    ],
  };
}
