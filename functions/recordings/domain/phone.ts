/**
 * Caller numbers as the authorized body writes them and as Connect reports them, reduced to one form
 * (E.164) before hashing, so `8 701 234 56 78`, `+7 (701) 234-56-78` and Connect's `+77012345678` find
 * the same calls.
 */

// E.164 allows at most 15 digits; fewer than 8 is a short code or an extension, not a caller's number.
const E164 = /^\+[1-9]\d{7,14}$/u;

/**
 * The number in E.164, or undefined when it is not a phone number. Kazakh numbers may be written with the
 * trunk prefix 8 (`8 701 ...`), with the country code 7 without `+`, or as 10 national digits; other
 * countries' numbers need `+` or `00`.
 */
export function toE164(input: string): string | undefined {
  const trimmed = input.normalize('NFKC').trim();
  if (!/^\+?[\d\s().\-\u2010-\u2015]+$/u.test(trimmed)) return undefined;
  const digits = trimmed.replace(/\D/gu, '');
  let e164: string;
  if (trimmed.startsWith('+')) e164 = `+${digits}`;
  else if (digits.startsWith('00')) e164 = `+${digits.slice(2)}`;
  else if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7')))
    e164 = `+7${digits.slice(1)}`;
  else if (digits.length === 10) e164 = `+7${digits}`;
  else return undefined;
  return E164.test(e164) ? e164 : undefined;
}
