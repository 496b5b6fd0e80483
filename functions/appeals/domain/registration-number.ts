import { randomBytes } from 'node:crypto';
import type { HotlineId } from '../../../contracts/hotlines';
import { hasValidVerhoeffCheck, verhoeffCheckDigit } from './verhoeff';

/**
 * Registration numbers of appeals: 13 digits shown as `1415-2297-2035-8`.
 *
 * - 2 digits name the hotline (`14` for 1414, `11` for 111), so a number keyed in at the wrong hotline
 *   is recognised as such without a lookup;
 * - 10 random digits, so numbers reveal nothing (no date, no sequence, no personal data) and cannot be
 *   enumerated: even with tens of millions of appeals, a guessed number is almost never in use;
 * - 1 Verhoeff check digit, so a mistyped digit or two swapped neighbours are rejected before any lookup.
 *
 * Digits only, so the number can be keyed on a phone keypad. The canonical form, stored and looked up,
 * is the bare 13 digits; separators are for reading only.
 */

export const REGISTRATION_NUMBER_LENGTH = 13;

const HOTLINE_PREFIX: Readonly<Record<HotlineId, string>> = { '1414': '14', '111': '11' };
const RANDOM_DIGITS = REGISTRATION_NUMBER_LENGTH - 2 - 1;
const GROUPS = [4, 4, 4, 1] as const;

/** A source of random bytes, such as node:crypto's `randomBytes`; injected so tests are deterministic. */
export type RandomBytes = (size: number) => Uint8Array;

export type ParsedRegistrationNumber =
  | { readonly ok: true; readonly number: string; readonly hotline: HotlineId }
  | { readonly ok: false; readonly reason: 'format' | 'checksum' };

/**
 * A new registration number of `hotline`. Uniqueness is the store's job: the caller writes the appeal
 * with a condition that the number is unused and draws again on the rare collision. It takes no time:
 * a date in the number would tell whoever finds it when the applicant called, which for 111 matters.
 */
export function generateRegistrationNumber(hotline: HotlineId, random: RandomBytes = randomBytes): string {
  const body = HOTLINE_PREFIX[hotline] + randomDigits(RANDOM_DIGITS, random);
  return body + verhoeffCheckDigit(body);
}

// Bytes 250..255 are dropped so that every digit is equally likely (250 is a multiple of 10).
function randomDigits(count: number, random: RandomBytes): string {
  let digits = '';
  while (digits.length < count) {
    for (const byte of random(count - digits.length)) {
      if (byte < 250 && digits.length < count) digits += String(byte % 10);
    }
  }
  return digits;
}

/** What a person keyed in or typed, without the separators people add: spaces, dashes, dots, `#`, `*`. */
export function normalizeKeyedNumber(input: string): string {
  return input.normalize('NFKC').replace(/[\s.#*\-\u2010-\u2015\u2212]/gu, '');
}

/** Reads a number as keyed in or typed: `format` when it is not 13 digits of a known hotline, `checksum` when mistyped. */
export function parseRegistrationNumber(input: string): ParsedRegistrationNumber {
  const digits = normalizeKeyedNumber(input);
  const wellFormed = digits.length === REGISTRATION_NUMBER_LENGTH && /^\d+$/.test(digits);
  const hotline = wellFormed ? hotlineOfPrefix(digits.slice(0, 2)) : undefined;
  if (!hotline) return { ok: false, reason: 'format' };
  if (!hasValidVerhoeffCheck(digits)) return { ok: false, reason: 'checksum' };
  return { ok: true, number: digits, hotline };
}

function hotlineOfPrefix(prefix: string): HotlineId | undefined {
  const entry = Object.entries(HOTLINE_PREFIX).find(([, value]) => value === prefix);
  return entry?.[0] as HotlineId | undefined;
}

/** The number as people read it: `1415-2297-2035-8`. Accepts any form `parseRegistrationNumber` accepts. */
export function formatRegistrationNumber(number: string): string {
  const digits = normalizeKeyedNumber(number);
  const groups: string[] = [];
  let start = 0;
  for (const size of GROUPS) {
    groups.push(digits.slice(start, start + size));
    start += size;
  }
  return groups.filter((group) => group !== '').join('-');
}

// A run of digit groups joined by one space or dash, with an optional leading `+`. Dots and other
// punctuation end a run, so dates (25.11.2026) and times never merge with a number beside them.
const DIGIT_RUN = /(?<!\d)\+?\d+(?:[ \-\u2010-\u2015\u2212]\d+)*/gu;

/**
 * Valid registration numbers written anywhere in a text (an e-mail subject or body), with or without
 * separators, in order of appearance and without repeats. A number is a whole run of digit groups
 * adding up to 13 digits with a correct check digit; a longer digit string (a card or account number)
 * is never cut to fit, and a run that starts with `+` is a phone number.
 */
export function findRegistrationNumbers(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.normalize('NFKC').matchAll(DIGIT_RUN)) {
    const run = match[0];
    if (run.startsWith('+')) continue;
    const groups = run.split(/\D/u);
    for (let first = 0; first < groups.length; first += 1) {
      const candidate = digitsFrom(groups, first);
      const parsed = candidate === undefined ? undefined : parseRegistrationNumber(candidate);
      if (parsed?.ok) found.add(parsed.number);
    }
  }
  return [...found];
}

// Whole groups from `first` on that add up to exactly 13 digits, or undefined if they overshoot or run out.
function digitsFrom(groups: readonly string[], first: number): string | undefined {
  let digits = '';
  for (const group of groups.slice(first)) {
    digits += group;
    if (digits.length >= REGISTRATION_NUMBER_LENGTH) break;
  }
  return digits.length === REGISTRATION_NUMBER_LENGTH ? digits : undefined;
}
