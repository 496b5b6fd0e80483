import { createHmac } from 'node:crypto';
import { InvalidContactError } from './errors';

/**
 * Applicants' contacts are matched by a keyed hash, so appeals from the same person can be found
 * without storing or indexing the phone number or address itself. The secret stays in the hotline's
 * key store; without it the hash cannot be reversed by trying every phone number.
 */

// E.164 allows at most 15 digits; fewer than 8 is a short code or an extension, not a reachable number.
const E164 = /^\+[1-9]\d{7,14}$/u;

/**
 * A phone number in E.164 (`+77012345678`), or undefined when the input is not one. Reads the ways
 * numbers are written in Kazakhstan: `8 701 234 56 78` (trunk prefix 8), `7 701 ...`, `701 234 5678`
 * (10 national digits), `+7 (701) 234-56-78`, and `00` instead of `+` for other countries.
 */
export function normalizePhone(input: string): string | undefined {
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

/** An e-mail address as compared: trimmed, lowercased, without `mailto:` or angle brackets. Undefined if not an address. */
export function normalizeEmail(input: string): string | undefined {
  const address = input
    .normalize('NFKC')
    .trim()
    .replace(/^mailto:/iu, '')
    .replace(/^<(.*)>$/u, '$1')
    .toLowerCase();
  return /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/u.test(address) ? address : undefined;
}

/**
 * HMAC-SHA256 (hex) of a normalized contact: an e-mail address (lowercased) or a phone number (E.164),
 * so `8 701 234 56 78` and `+7 701 234-56-78` hash the same. Throws `InvalidContactError` for anything else.
 */
export function hashContact(value: string, secret: string | Uint8Array): string {
  const normalized = value.includes('@') ? normalizeEmail(value) : normalizePhone(value);
  if (normalized === undefined) throw new InvalidContactError();
  return createHmac('sha256', secret).update(normalized, 'utf8').digest('hex');
}
