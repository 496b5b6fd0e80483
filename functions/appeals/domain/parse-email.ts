import { type AddressObject, type ParsedMail, simpleParser } from 'mailparser';
import { safeAttachmentName } from './attachment-name';
import { withGuessedCharset } from './charset-guess';
import { registerMailCharsets } from './charsets';
import { htmlToPlainText } from './html-to-text';
import { guessLanguage } from './language';
import { findStructuralProblems } from './mime-integrity';
import type { EmailAddress, ParsedEmail } from './parsed-email';
import { readWithoutMimeParser } from './raw-reading';
import { fitForStorage, toSafePlainText } from './safe-text';

/**
 * Decoding of inbound e-mail into what the appeal register needs. Real mail to the hotlines comes in
 * every charset Kazakh and Russian mail has ever used (UTF-8, windows-1251, KOI8-R, KZ-1048, PTCP154) and
 * every transfer encoding; mailparser decodes those (the Kazakh code pages under the names `charsets.ts`
 * adds; 8-bit Cyrillic text that names no charset is guessed by `charset-guess.ts`). What it does not do
 * is said here: HTML-only mail becomes plain text by our own rules, attachment names are made safe, and
 * damage is reported instead of hidden.
 * Nothing here throws for bad input: a message always yields an appeal, and the caller keeps the raw
 * bytes for anyone who needs to look closer.
 */

export type { EmailAddress, ParsedAttachment, ParsedEmail } from './parsed-email';

const PARSER_OPTIONS = {
  skipHtmlToText: true,
  skipTextToHtml: true,
  skipTextLinks: true,
  skipImageLinks: true,
  keepCidLinks: true,
} as const;

/** Parses a raw RFC 5322 message. Never rejects: unreadable input gives `partial: true` and what could be read. */
export async function parseEmail(raw: Buffer | Uint8Array | string): Promise<ParsedEmail> {
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : Buffer.from(raw);
  const structuralProblems = findStructuralProblems(bytes.toString('latin1'));
  let mail: ParsedMail;
  registerMailCharsets();
  const guess = withGuessedCharset(bytes);
  try {
    mail = await simpleParser(guess.raw, PARSER_OPTIONS);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return readWithoutMimeParser(bytes, [
      `the MIME structure could not be decoded (${reason.slice(0, 120)})`,
    ]);
  }
  const headers = headersOf(mail);
  const body = bodyOf(mail);
  const stored = fitForStorage(toSafePlainText(mail.subject ?? '').replace(/\n/gu, ' '), body.text);
  const { subject, text } = stored;
  const { textSource } = body;
  const from = firstAddress(mail.from);
  const date = readableDate(headers['date']?.[0]);
  const problems = [
    ...structuralProblems,
    ...(guess.guessed ? [`the text names no charset, or a wrong one: it was read as ${guess.guessed}`] : []),
    ...(from ? [] : ['the sender address could not be read']),
    ...(headers['date'] && !date ? ['the Date header could not be read'] : []),
    ...(`${subject}${text}`.includes('\ufffd') ? ['some characters could not be decoded'] : []),
    ...stored.problems,
  ];
  return {
    ...optional('messageId', mail.messageId),
    ...optional('inReplyTo', mail.inReplyTo),
    references: typeof mail.references === 'string' ? [mail.references] : (mail.references ?? []),
    ...optional('from', from),
    ...optional('replyTo', firstAddress(mail.replyTo)),
    to: addressesOf(mail.to),
    subject,
    ...optional('date', date),
    text,
    textSource,
    language: guessLanguage(`${subject}\n${text}`),
    attachments: mail.attachments.map((attachment, index) => ({
      filename: safeAttachmentName(attachment.filename, attachment.contentType, index + 1),
      contentType: attachment.contentType.toLowerCase(),
      size: attachment.content.length,
      content: attachment.content,
      inline: attachment.related === true,
    })),
    headers,
    partial: problems.length > 0,
    problems,
  };
}

function bodyOf(mail: ParsedMail): { text: string; textSource: ParsedEmail['textSource'] } {
  const plain = toSafePlainText(mail.text ?? '');
  if (plain !== '') return { text: plain, textSource: 'plain' };
  const fromHtml = typeof mail.html === 'string' ? htmlToPlainText(mail.html) : '';
  return fromHtml !== '' ? { text: fromHtml, textSource: 'html' } : { text: '', textSource: 'none' };
}

function headersOf(mail: ParsedMail): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (const { key, line } of mail.headerLines) {
    const colon = line.indexOf(':');
    if (key === '' || colon === -1) continue;
    const value = line
      .slice(colon + 1)
      .replace(/\r?\n[ \t]+/gu, ' ')
      .trim();
    headers[key] = [...(headers[key] ?? []), value];
  }
  return headers;
}

function addressesOf(field: AddressObject | AddressObject[] | undefined): EmailAddress[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects
    .flatMap((object) => object.value.flatMap((entry) => (entry.group ? entry.group : [entry])))
    .flatMap((entry) => {
      const address = entry.address?.trim().toLowerCase() ?? '';
      if (!address.includes('@')) return [];
      const name = toSafePlainText(entry.name ?? '').replace(/\n/gu, ' ');
      return [{ address, ...optional('name', name === '' ? undefined : name) }];
    });
}

function firstAddress(field: AddressObject | undefined): EmailAddress | undefined {
  return addressesOf(field)[0];
}

// Date.parse reads RFC 5322 dates, zone comments such as "(MSK)" included; mailparser would put the
// current time in place of an unreadable date, which would pass for the real one.
function readableDate(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const epochMs = Date.parse(header);
  return Number.isFinite(epochMs) ? new Date(epochMs).toISOString() : undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
