/**
 * The one phone-number rule: numbers are compared, stored and hashed in E.164 (`+`, a first digit that is
 * not 0, 7 to 15 digits in all). The configuration, the call CLI, the flow simulator, the local telephone
 * network and the functions all check numbers with this pattern, and read written numbers with `toE164`.
 */
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/u;

export const isE164 = (value: string): boolean => E164_PATTERN.test(value);

/**
 * A number as people and systems write it, reduced to E.164; undefined when it is not a phone number.
 * Kazakh numbers may be written with the trunk prefix 8 (`8 701 ...`), with the country code 7 without
 * `+`, or as 10 national digits; other countries' numbers need `+` or `00`. So `8 701 234 56 78`,
 * `+7 (701) 234-56-78` and Connect's `+77012345678` are one number.
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
  return isE164(e164) ? e164 : undefined;
}
