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
