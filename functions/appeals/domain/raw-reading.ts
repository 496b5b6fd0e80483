import { decodeCharset } from './charsets';
import { guessLanguage } from './language';
import type { EmailAddress, ParsedEmail } from './parsed-email';
import { fitForStorage, MAX_STORED_TEXT_BYTES, toSafePlainText } from './safe-text';

/**
 * The last resort when the MIME parser gives up on a message (a header of megabytes, thousands of
 * nested parts): read the top-level headers and the body as text, so the appeal is still registered
 * and an operator can read it. Transfer encodings and parts are not decoded; the caller keeps the raw
 * message for that.
 */

const ENCODED_WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/gu;

/** What can be read of `bytes` without MIME decoding; `partial` is always true. */
export function readWithoutMimeParser(bytes: Buffer, problems: readonly string[]): ParsedEmail {
  const raw = bytes.toString('latin1');
  const split = /\r?\n\r?\n/u.exec(raw);
  const headerBlock = split ? raw.slice(0, split.index) : raw;
  const body = split ? bytes.subarray(split.index + split[0].length) : Buffer.alloc(0);
  const headers = readHeaders(headerBlock);
  const first = (name: string) => headers[name]?.[0];
  const charset = /charset\s*=\s*"?([^";\s]+)/iu.exec(first('content-type') ?? '')?.[1];
  // Only as much of the body is decoded as the register can keep (a character is at most 4 bytes).
  const stored = fitForStorage(
    toSafePlainText(decodeEncodedWords(first('subject') ?? '')).replace(/\n/gu, ' '),
    toSafePlainText(decode(body.subarray(0, MAX_STORED_TEXT_BYTES * 4), charset)),
  );
  const { subject, text } = stored;
  const from = addressIn(first('from'));
  const dateMs = Date.parse(first('date') ?? '');
  const ids = (value: string | undefined) => value?.match(/<[^<>\s]+>/gu) ?? [];
  return {
    ...(ids(first('message-id'))[0] ? { messageId: ids(first('message-id'))[0] } : {}),
    ...(ids(first('in-reply-to'))[0] ? { inReplyTo: ids(first('in-reply-to'))[0] } : {}),
    references: ids(first('references')),
    ...(from ? { from } : {}),
    to: [],
    subject,
    ...(Number.isFinite(dateMs) ? { date: new Date(dateMs).toISOString() } : {}),
    text,
    textSource: text === '' ? 'none' : 'plain',
    language: guessLanguage(`${subject}\n${text}`),
    attachments: [],
    headers,
    partial: true,
    problems: [
      ...problems,
      'attachments and encoded parts were not decoded; see the raw message',
      ...stored.problems,
    ],
  };
}

function readHeaders(block: string): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (const line of block.replace(/\r?\n[ \t]+/gu, ' ').split(/\r?\n/u)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    headers[name] = [...(headers[name] ?? []), line.slice(colon + 1).trim()];
  }
  return headers;
}

function addressIn(value: string | undefined): EmailAddress | undefined {
  const address = value?.match(/[^\s<>"@,;]+@[^\s<>"@,;]+/u)?.[0];
  return address ? { address: address.toLowerCase() } : undefined;
}

/** RFC 2047 encoded words (`=?windows-1251?B?...?=`) in a header read as latin1, decoded to text. */
export function decodeEncodedWords(value: string): string {
  // Whatever is not an encoded word came in as latin1 bytes; 8-bit header text is UTF-8 written raw.
  const text = /[\u0080-\u00ff]/u.test(value) ? decode(Buffer.from(value, 'latin1'), 'utf-8') : value;
  const joined = text.replace(/(\?=)\s+(?==\?)/gu, '$1');
  return joined.replace(ENCODED_WORD, (whole, charset: string, encoding: string, data: string) => {
    const bytes =
      encoding.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64')
        : Buffer.from(
            data
              .replace(/_/gu, ' ')
              .replace(/=([0-9A-Fa-f]{2})/gu, (_m, hex: string) =>
                String.fromCharCode(Number.parseInt(hex, 16)),
              ),
            'latin1',
          );
    const word = decode(bytes, charset.replace(/\*.*$/u, ''));
    return word === '' && data !== '' ? whole : word;
  });
}

function decode(bytes: Uint8Array, charset: string | undefined): string {
  return decodeCharset(bytes, charset);
}
