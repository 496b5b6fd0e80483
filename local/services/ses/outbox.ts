import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { simpleParser } from 'mailparser';
import { buildRawEmail } from '../../../functions/appeals/domain/raw-email';
import { json, type LocalRequest, type LocalResponse } from '../../gateway/server';

/**
 * SES sending, locally: the SESv2 REST API at `${url}/_aws/ses` (`SendEmail` with Simple or Raw content,
 * what `@aws-sdk/client-sesv2` sends) writes every message to `<dataDir>/outbox/` as an `.eml` file with a
 * JSON description beside it, instead of delivering it. `GET ${url}/_local/outbox` lists them (newest
 * last, `?to=` filters by recipient) and `GET ${url}/_local/outbox/<id>` returns one raw message.
 */

export interface OutboxMessage {
  readonly id: string;
  readonly at: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly replyTo: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly attachments: ReadonlyArray<{ filename: string; contentType: string; size: number }>;
  /** The `.eml` file, relative to the outbox folder. */
  readonly file: string;
}

interface SendEmailBody {
  FromEmailAddress?: string;
  Destination?: { ToAddresses?: string[]; CcAddresses?: string[]; BccAddresses?: string[] };
  ReplyToAddresses?: string[];
  Content?: {
    Simple?: {
      Subject?: { Data?: string };
      Body?: { Text?: { Data?: string }; Html?: { Data?: string } };
      Headers?: Array<{ Name: string; Value: string }>;
    };
    Raw?: { Data?: string };
  };
}

export class Outbox {
  private readonly messages: OutboxMessage[] = [];

  constructor(private readonly folder: string) {
    fs.mkdirSync(folder, { recursive: true });
    for (const name of fs
      .readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .sort()) {
      this.messages.push(JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as OutboxMessage);
    }
  }

  list(to?: string): OutboxMessage[] {
    const wanted = to?.toLowerCase();
    return this.messages.filter(
      (message) => !wanted || message.to.some((address) => address.toLowerCase() === wanted),
    );
  }

  raw(id: string): Buffer | undefined {
    const message = this.messages.find((candidate) => candidate.id === id);
    return message ? fs.readFileSync(path.join(this.folder, message.file)) : undefined;
  }

  /** SESv2 `POST /v2/email/outbound-emails`. */
  async send(request: LocalRequest): Promise<LocalResponse> {
    let body: SendEmailBody;
    try {
      body = JSON.parse(request.body.toString('utf8')) as SendEmailBody;
    } catch {
      return sesError(400, 'BadRequestException', 'The request body is not JSON');
    }
    const from = body.FromEmailAddress;
    const to = [...(body.Destination?.ToAddresses ?? []), ...(body.Destination?.CcAddresses ?? [])];
    const bcc = body.Destination?.BccAddresses ?? [];
    if (!from) return sesError(400, 'BadRequestException', 'FromEmailAddress is required');
    if (to.length + bcc.length === 0)
      return sesError(400, 'BadRequestException', 'Destination has no addresses');
    const id = `${Date.now().toString(36)}-${randomUUID()}`;
    const at = new Date().toISOString();
    const replyTo = body.ReplyToAddresses ?? [];
    let raw: Buffer;
    let described: Pick<OutboxMessage, 'subject' | 'text' | 'headers' | 'attachments'>;
    if (body.Content?.Raw?.Data) {
      raw = Buffer.from(body.Content.Raw.Data, 'base64');
      described = await describeRaw(raw);
    } else if (body.Content?.Simple) {
      const simple = body.Content.Simple;
      const headers = Object.fromEntries((simple.Headers ?? []).map(({ Name, Value }) => [Name, Value]));
      const subject = simple.Subject?.Data ?? '';
      const text = simple.Body?.Text?.Data ?? simple.Body?.Html?.Data ?? '';
      raw = buildRawEmail({
        from,
        to,
        subject,
        text,
        headers,
        ...(replyTo[0] ? { replyTo: replyTo.join(', ') } : {}),
      });
      described = { subject, text, headers, attachments: [] };
    } else {
      return sesError(400, 'BadRequestException', 'Content must be Simple or Raw');
    }
    const file = `${at.replace(/[:.]/gu, '-')}-${id}.eml`;
    const message: OutboxMessage = { id, at, from, to: [...to, ...bcc], replyTo, ...described, file };
    fs.writeFileSync(path.join(this.folder, file), raw);
    fs.writeFileSync(
      path.join(this.folder, file.replace(/\.eml$/u, '.json')),
      JSON.stringify(message, null, 2),
    );
    this.messages.push(message);
    return json(200, { MessageId: id });
  }
}

async function describeRaw(
  raw: Buffer,
): Promise<Pick<OutboxMessage, 'subject' | 'text' | 'headers' | 'attachments'>> {
  const parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true });
  const headers: Record<string, string> = {};
  for (const { key, line } of parsed.headerLines) headers[key] = line.slice(line.indexOf(':') + 1).trim();
  return {
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    headers,
    attachments: parsed.attachments.map((attachment) => ({
      filename: attachment.filename ?? '',
      contentType: attachment.contentType,
      size: attachment.size,
    })),
  };
}

function sesError(status: number, type: string, message: string): LocalResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': type },
    body: JSON.stringify({ message }),
  };
}
