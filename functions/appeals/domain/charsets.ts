import iconv from 'iconv-lite';

/**
 * Charsets of Kazakh and Russian mail that the MIME parser's decoder (iconv-lite) has the tables for but
 * not the names mail programs write: KZ-1048 (the Kazakh Windows code page, RK1048 in iconv-lite) and
 * PTCP154 (Paratype Asian Cyrillic, used for Kazakh before UTF-8), with their IANA aliases, and the
 * old Macintosh Cyrillic. Without these names such a letter would be read as UTF-8 and come out as
 * question marks. iconv-lite compares names without case or punctuation, so `KZ-1048` is `kz1048`.
 */
const ALIASES: Readonly<Record<string, string>> = {
  kz1048: 'rk1048',
  cskz1048: 'rk1048',
  ptcp154: 'pt154',
  csptcp154: 'pt154',
  cp154: 'pt154',
  cyrillicasian: 'pt154',
  xmaccyrillic: 'maccyrillic',
};

let registered = false;

/** Teaches the decoder the names above (once; iconv-lite is shared by the MIME parser). */
export function registerMailCharsets(): void {
  if (registered) return;
  iconv.getCodec('utf-8'); // loads the table of encodings, which starts out empty
  const encodings = iconv.encodings as Record<string, unknown> | null;
  if (!encodings) return;
  for (const [alias, target] of Object.entries(ALIASES)) {
    if (!(alias in encodings)) encodings[alias] = target;
  }
  registered = true;
}

/** `bytes` in `charset` as text; an unknown charset is read as UTF-8 (undecodable bytes become U+FFFD). */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  registerMailCharsets();
  const name = charset?.trim() || 'utf-8';
  return iconv.encodingExists(name)
    ? iconv.decode(Buffer.from(bytes), name)
    : Buffer.from(bytes).toString('utf8');
}
