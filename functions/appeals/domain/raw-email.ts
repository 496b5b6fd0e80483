import { randomUUID } from 'node:crypto';

/**
 * A raw RFC 5322 message with attachments, as SES `SendEmail` takes it in `Content.Raw` (the only way
 * SES sends a file such as the CSV report). Everything non-ASCII is encoded: the subject as RFC 2047
 * encoded words, the body and files as base64, file names as RFC 2231 parameters.
 */

export interface RawAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Buffer | string;
}

export interface RawEmailInput {
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly replyTo?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly attachments?: readonly RawAttachment[];
  /** @default a random boundary; fixed in tests so the output can be compared. */
  readonly boundary?: string;
  /** @default now */
  readonly date?: Date;
}

const CRLF = '\r\n';
const LINE = 76;

/** `=?UTF-8?B?...?=` words for a header value that is not plain ASCII; short enough to stay on a line each. */
export function encodeHeaderWord(value: string): string {
  if (/^[\x20-\x7e]*$/u.test(value)) return value;
  const words: string[] = [];
  let chunk = '';
  for (const char of value) {
    // 45 bytes of UTF-8 become 60 base64 characters: each word stays within 76 with its markers.
    if (Buffer.byteLength(chunk + char, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk !== '') words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

function base64Lines(content: Buffer): string {
  const encoded = content.toString('base64');
  const lines: string[] = [];
  for (let start = 0; start < encoded.length; start += LINE) lines.push(encoded.slice(start, start + LINE));
  return lines.join(CRLF);
}

/** RFC 2231 `filename*=UTF-8''...` with a plain `filename` fallback for old readers. */
function fileParameters(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/gu, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/gu,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function safeHeaderValue(value: string): string {
  // A header value never carries a line break: that would let a value add headers of its own.
  return value.replace(/[\r\n]+/gu, ' ');
}

/** The whole message, CRLF line ends, ready for `Content.Raw.Data`. */
export function buildRawEmail(input: RawEmailInput): Buffer {
  const boundary = input.boundary ?? `qoldau-${randomUUID()}`;
  const attachments = input.attachments ?? [];
  const headers = [
    `From: ${safeHeaderValue(input.from)}`,
    `To: ${input.to.map(safeHeaderValue).join(', ')}`,
    ...(input.replyTo ? [`Reply-To: ${safeHeaderValue(input.replyTo)}`] : []),
    `Subject: ${encodeHeaderWord(safeHeaderValue(input.subject))}`,
    `Date: ${(input.date ?? new Date()).toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
    ...Object.entries(input.headers ?? {}).map(([name, value]) => `${name}: ${safeHeaderValue(value)}`),
  ];
  const textPart = [
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(Buffer.from(input.text, 'utf8')),
  ].join(CRLF);
  if (attachments.length === 0) return Buffer.from([...headers, textPart].join(CRLF) + CRLF, 'utf8');
  const parts = [
    textPart,
    ...attachments.map((attachment) =>
      [
        `Content-Type: ${attachment.contentType}; name="${attachment.filename.replace(/[^\x20-\x7e]|["\\]/gu, '_')}"`,
        `Content-Disposition: attachment; ${fileParameters(attachment.filename)}`,
        'Content-Transfer-Encoding: base64',
        '',
        base64Lines(
          Buffer.isBuffer(attachment.content) ? attachment.content : Buffer.from(attachment.content, 'utf8'),
        ),
      ].join(CRLF),
    ),
  ];
  const body = parts.map((part) => `--${boundary}${CRLF}${part}${CRLF}`).join('') + `--${boundary}--${CRLF}`;
  return Buffer.from(
    [...headers, `Content-Type: multipart/mixed; boundary="${boundary}"`, '', body].join(CRLF),
    'utf8',
  );
}
