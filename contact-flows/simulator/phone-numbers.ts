/**
 * How Connect's phone-number validation of stored input is modelled (GetParticipantInput with
 * PhoneNumberValidation): "Local" takes the national number of `CountryCode` and stores it in E.164;
 * "E164" takes country code and number (a keypad has no "+"). Only Kazakhstan is known locally: its
 * numbers are +7 followed by 10 digits, the first of them 6 or 7 (+7 9.. is Russia); the national trunk
 * prefix 8 (8 701 ...) is accepted as Kazakhs dial it.
 */

export const KNOWN_LOCAL_COUNTRIES = ['KZ'] as const;

const KAZAKHSTAN = /^\+7[67]\d{9}$/;
const E164 = /^\+[1-9]\d{7,14}$/;

/** The E.164 number, or undefined when Connect would take the InvalidPhoneNumber branch. */
export function localNumberToE164(
  digits: string,
  country: (typeof KNOWN_LOCAL_COUNTRIES)[number],
): string | undefined {
  if (country !== 'KZ' || !/^\d+$/.test(digits)) return undefined;
  const national =
    digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7')) ? digits.slice(1) : digits;
  const e164 = `+7${national}`;
  return national.length === 10 && KAZAKHSTAN.test(e164) ? e164 : undefined;
}

export function internationalNumberToE164(digits: string): string | undefined {
  const e164 = digits.startsWith('+') ? digits : `+${digits}`;
  return E164.test(e164) ? e164 : undefined;
}

/** `+77012345678` → `+7701***5678`: enough to recognise, not enough to dial. */
export function maskPhoneNumber(number: string): string {
  if (number.length <= 8) return '***';
  return `${number.slice(0, 5)}***${number.slice(-4)}`;
}
