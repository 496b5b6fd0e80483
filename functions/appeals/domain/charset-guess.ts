/**
 * A letter whose text is 8-bit Cyrillic but that names no charset, or names UTF-8 wrongly, is still
 * common: web forms, accounting programs and scanners that send mail themselves write windows-1251 (or
 * KOI8-R) and say nothing. Read as UTF-8 it would be nothing but question marks. For a single-part text
 * message, the one such programs write, the charset is guessed from the bytes and written into the
 * Content-Type before the MIME parser reads it. UTF-8 is never touched, even with a damaged byte in it.
 */

export type GuessedCharset = 'windows-1251' | 'koi8-r';

const UTF8_LABELS = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);

/** The message with a guessed charset written in, or unchanged (`guessed` undefined) when nothing needs guessing. */
export function withGuessedCharset(raw: Buffer): { readonly raw: Buffer; readonly guessed?: GuessedCharset } {
  const split = /\r?\n\r?\n/u.exec(raw.toString('latin1'));
  if (!split) return { raw };
  const head = raw.subarray(0, split.index).toString('latin1');
  const body = raw.subarray(split.index + split[0].length);
  const contentType = headerValue(head, 'content-type') ?? 'text/plain';
  if (!/^\s*text\//iu.test(contentType)) return { raw };
  const declared = /charset\s*=\s*"?([^";\s]+)/iu.exec(contentType)?.[1]?.toLowerCase();
  if (declared !== undefined && !UTF8_LABELS.has(declared)) return { raw };
  const bytes = decodeTransfer(body, headerValue(head, 'content-transfer-encoding'));
  if (isMostlyUtf8(bytes)) return { raw };
  const guessed = guessCyrillicCharset(bytes);
  if (!guessed) return { raw };
  return {
    raw: Buffer.concat([Buffer.from(withCharset(head, guessed), 'latin1'), raw.subarray(split.index)]),
    guessed,
  };
}

/**
 * windows-1251 puts lowercase Cyrillic at 0xE0-0xFF and capitals at 0xC0-0xDF; KOI8-R the other way round.
 * Text is mostly lowercase, so the busier half names the charset. Undefined when there is no such letter.
 */
export function guessCyrillicCharset(bytes: Uint8Array): GuessedCharset | undefined {
  let upperHalf = 0;
  let lowerHalf = 0;
  for (const byte of bytes) {
    if (byte >= 0xe0) upperHalf += 1;
    else if (byte >= 0xc0) lowerHalf += 1;
  }
  if (upperHalf + lowerHalf === 0) return undefined;
  return upperHalf >= lowerHalf ? 'windows-1251' : 'koi8-r';
}

/**
 * Whether the bytes are UTF-8 text, a damaged byte or two included: more well-formed multi-byte sequences
 * than stray 8-bit bytes. 8-bit Cyrillic text almost never forms a well-formed sequence by chance.
 */
function isMostlyUtf8(bytes: Uint8Array): boolean {
  let sequences = 0;
  let stray = 0;
  for (let index = 0; index < bytes.length; ) {
    const lead = bytes[index]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    let wellFormed = length > 0;
    for (let next = 1; wellFormed && next < length; next += 1) {
      const byte = bytes[index + next];
      wellFormed = byte !== undefined && byte >= 0x80 && byte <= 0xbf;
    }
    if (!wellFormed) {
      stray += 1;
      index += 1;
    } else {
      if (length > 1) sequences += 1;
      index += length;
    }
  }
  return stray === 0 || sequences > stray;
}

function headerValue(head: string, name: string): string | undefined {
  const match = new RegExp(`^${name}:(.*(?:\\r?\\n[ \\t].*)*)`, 'imu').exec(head);
  return match?.[1]?.replace(/\r?\n[ \t]+/gu, ' ').trim();
}

function decodeTransfer(body: Buffer, encoding: string | undefined): Buffer {
  switch (encoding?.toLowerCase()) {
    case 'base64':
      return Buffer.from(body.toString('latin1').replace(/[^A-Za-z0-9+/=]/gu, ''), 'base64');
    case 'quoted-printable':
      return Buffer.from(
        body
          .toString('latin1')
          .replace(/=\r?\n/gu, '')
          .replace(/=([0-9A-Fa-f]{2})/gu, (_match, hex: string) =>
            String.fromCharCode(Number.parseInt(hex, 16)),
          ),
        'latin1',
      );
    default:
      return body;
  }
}

/** The header block with `charset` in its Content-Type (the header added when there was none). */
function withCharset(head: string, charset: GuessedCharset): string {
  const line = /^content-type:.*(?:\r?\n[ \t].*)*/imu;
  const current = headerValue(head, 'content-type');
  if (current === undefined) return `${head}\r\nContent-Type: text/plain; charset=${charset}`;
  const value = /charset\s*=/iu.test(current)
    ? current.replace(/charset\s*=\s*"?[^";\s]*"?/iu, `charset=${charset}`)
    : `${current}; charset=${charset}`;
  return head.replace(line, () => `Content-Type: ${value}`);
}
