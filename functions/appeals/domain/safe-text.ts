/**
 * Text from e-mails is shown to operators and stored; it must be plain characters only. Control
 * characters and bidirectional overrides are removed, because they can hide or reorder what an
 * operator sees (a number or a link that reads differently from what it is).
 */

// C0 controls except tab and line feed, DEL, C1 controls, bidi embeddings/overrides/isolates, and
// zero-width characters that mail clients leave behind.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

/** Line breaks as `\n`, no unsafe characters, no trailing spaces, at most one blank line in a row, trimmed. */
export function toSafePlainText(text: string): string {
  return text
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u2028\u2029]/gu, '\n')
    .replace(UNSAFE, '')
    .replace(/\u00a0/gu, ' ')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/**
 * What the register stores of an e-mail's text and subject: the appeal and each history event are one
 * DynamoDB item (400 KB at most), so a letter of megabytes is cut here, on a character boundary, and the
 * whole of it stays in the raw message. 100 KB of UTF-8 is some 50,000 Cyrillic letters, far beyond any
 * letter a person writes.
 */
export const MAX_STORED_TEXT_BYTES = 100_000;
/** RFC 5322's line limit; a subject is one line to read, not a letter. */
export const MAX_STORED_SUBJECT_CHARS = 998;

/** `text` cut to at most `maxBytes` of UTF-8 (marked with `…` at the cut), and whether it was cut. */
export function limitUtf8(text: string, maxBytes: number): { readonly text: string; readonly cut: boolean } {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return { text, cut: false };
  const marker = '…';
  let bytes = Buffer.byteLength(marker, 'utf8');
  let end = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  return { text: `${text.slice(0, end).trimEnd()}${marker}`, cut: true };
}

/** `subject` cut to `MAX_STORED_SUBJECT_CHARS` characters, and whether it was cut. */
export function limitSubject(subject: string): { readonly text: string; readonly cut: boolean } {
  const chars = [...subject];
  if (chars.length <= MAX_STORED_SUBJECT_CHARS) return { text: subject, cut: false };
  return {
    text: `${chars
      .slice(0, MAX_STORED_SUBJECT_CHARS - 1)
      .join('')
      .trimEnd()}…`,
    cut: true,
  };
}

/** Subject and text as the register keeps them, with a problem named for each one that had to be cut. */
export function fitForStorage(
  subject: string,
  text: string,
): { readonly subject: string; readonly text: string; readonly problems: readonly string[] } {
  const keptSubject = limitSubject(subject);
  const keptText = limitUtf8(text, MAX_STORED_TEXT_BYTES);
  return {
    subject: keptSubject.text,
    text: keptText.text,
    problems: [
      ...(keptSubject.cut
        ? [
            `the subject is longer than ${MAX_STORED_SUBJECT_CHARS} characters: the rest is in the raw message`,
          ]
        : []),
      ...(keptText.cut
        ? [
            `the text is longer than the register keeps (${MAX_STORED_TEXT_BYTES / 1000} KB): the rest is in the raw message`,
          ]
        : []),
    ],
  };
}
