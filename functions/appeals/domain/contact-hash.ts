import { createHmac } from 'node:crypto';
import { toE164 } from '../../../contracts/phone';
import { InvalidContactError } from './errors';

/**
 * Applicants' contacts are matched by a keyed hash, so appeals from the same person can be found
 * without storing or indexing the phone number or address itself. The secret stays in the hotline's
 * key store; without it the hash cannot be reversed by trying every phone number.
 */

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
  const normalized = value.includes('@') ? normalizeEmail(value) : toE164(value);
  if (normalized === undefined) throw new InvalidContactError();
  return createHmac('sha256', secret).update(normalized, 'utf8').digest('hex');
}
