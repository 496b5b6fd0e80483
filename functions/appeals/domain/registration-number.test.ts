import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fixedBytes, seededRandom } from '../../../test/support/appeals/random';
import {
  findRegistrationNumbers,
  formatRegistrationNumber,
  generateRegistrationNumber,
  normalizeKeyedNumber,
  parseRegistrationNumber,
} from './registration-number';

const sample1414 = generateRegistrationNumber('1414', seededRandom(1));
const sample111 = generateRegistrationNumber('111', seededRandom(2));

describe('giving a registration number', () => {
  it.each([
    ['1414', '14'],
    ['111', '11'],
  ] as const)(
    'a number of %s is 13 digits starting with %s and reads back as that hotline',
    (hotline, prefix) => {
      const number = generateRegistrationNumber(hotline, seededRandom(7));

      expect(number).toMatch(/^\d{13}$/);
      expect(number.startsWith(prefix)).toBe(true);
      expect(parseRegistrationNumber(number)).toEqual({ ok: true, number, hotline });
    },
  );

  it('takes its digits from the random source, skipping bytes that would make some digits likelier', () => {
    const bytes = [255, 250, 13, 7, 249, 100, 0, 91, 42, 68, 5, 33];
    const usable = bytes.filter((byte) => byte < 250).map((byte) => byte % 10);

    const number = generateRegistrationNumber('1414', fixedBytes(bytes));

    expect(number.slice(2, 12)).toBe(usable.join(''));
  });

  it('numbers drawn one after another are unrelated and all valid, so they cannot be enumerated', () => {
    const numbers = Array.from({ length: 2000 }, () => generateRegistrationNumber('1414', randomBytes));

    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.every((number) => parseRegistrationNumber(number).ok)).toBe(true);
    const sorted = [...numbers].sort();
    const steps = new Set(sorted.slice(1).map((number, i) => Number(number) - Number(sorted[i])));
    expect(steps.size).toBeGreaterThan(numbers.length / 2);
  });

  it('is shown in groups of 4-4-4-1 and keyed back without the dashes', () => {
    const shown = formatRegistrationNumber(sample1414);

    expect(shown).toMatch(/^\d{4}-\d{4}-\d{4}-\d$/);
    expect(normalizeKeyedNumber(shown)).toBe(sample1414);
  });
});

describe('reading a number a person keyed in or typed', () => {
  const shown = formatRegistrationNumber(sample1414);
  it.each([
    ['digits only', sample1414],
    ['with dashes', shown],
    ['with spaces', shown.replaceAll('-', ' ')],
    ['with dots', shown.replaceAll('-', '.')],
    ['ended with # on a keypad', `${sample1414}#`],
    ['with stars between groups', shown.replaceAll('-', '*')],
    ['with en dashes and no-break spaces', shown.replace('-', '–').replace('-', '\u00a0')],
    [
      'with full-width digits',
      sample1414.replace(/\d/gu, (digit) => String.fromCharCode(0xff10 + Number(digit))),
    ],
    ['with spaces around it', `  ${shown}  `],
  ])('accepts it %s', (_how, input) => {
    expect(parseRegistrationNumber(input)).toEqual({ ok: true, number: sample1414, hotline: '1414' });
  });

  it.each([
    ['too short', sample1414.slice(0, 12)],
    ['too long', `${sample1414}0`],
    ['with a letter', `${sample1414.slice(0, 5)}O${sample1414.slice(6)}`],
    ['of no hotline', `99${sample1414.slice(2)}`],
    ['empty', ''],
    ['a phone number', '+7 701 555 12 34'],
  ])('says "format" for a number %s', (_how, input) => {
    expect(parseRegistrationNumber(input)).toEqual({ ok: false, reason: 'format' });
  });

  it('rejects every single mistyped digit before any lookup', () => {
    const mistyped = [...sample1414].flatMap((original, position) =>
      '0123456789'
        .split('')
        .filter((digit) => digit !== original)
        .map((digit) => sample1414.slice(0, position) + digit + sample1414.slice(position + 1)),
    );

    const accepted = mistyped.filter((input) => parseRegistrationNumber(input).ok);

    expect(accepted).toEqual([]);
  });

  it('rejects every swap of two different neighbouring digits', () => {
    const numbers = Array.from({ length: 200 }, (_, seed) =>
      generateRegistrationNumber('111', seededRandom(seed)),
    );
    const swapped = numbers.flatMap((number) =>
      [...number.slice(0, -1)]
        .map((digit, i) => [digit, number[i + 1]!, i] as const)
        .filter(([digit, next]) => digit !== next)
        .map(([digit, next, i]) => number.slice(0, i) + next + digit + number.slice(i + 2)),
    );

    expect(swapped.filter((input) => parseRegistrationNumber(input).ok)).toEqual([]);
  });

  it('says "checksum" when the digits are right in shape but one is mistyped', () => {
    const last = Number(sample1414.at(-1));
    const wrongCheck = sample1414.slice(0, -1) + String((last + 1) % 10);

    expect(parseRegistrationNumber(wrongCheck)).toEqual({ ok: false, reason: 'checksum' });
  });
});

describe('spotting registration numbers in e-mail text', () => {
  const shown1414 = formatRegistrationNumber(sample1414);
  const shown111 = formatRegistrationNumber(sample111);
  it.each([
    ['a reply subject', `Re: Обращение № ${shown1414} зарегистрировано`, [sample1414]],
    ['digits without separators', `Мой номер обращения ${sample1414}, прошу ответить`, [sample1414]],
    ['groups separated by spaces', `номер ${shown1414.replaceAll('-', ' ')}.`, [sample1414]],
    ['a number after a date', `25.11.2026 ${shown1414}`, [sample1414]],
    ['a number followed by more digits', `№${shown1414} 12`, [sample1414]],
    ['a quoted line', `> Регистрационный номер: ${shown1414}`, [sample1414]],
    ['two numbers, one repeated', `${shown1414}, ${shown111} и снова ${sample1414}`, [sample1414, sample111]],
  ])('finds the number in %s', (_where, text, expected) => {
    expect(findRegistrationNumbers(text)).toEqual(expected);
  });

  it.each([
    ['a mobile number', 'Телефон: 8 701 555 12 34'],
    ['an international number', `Телефон: +${sample1414}`],
    ['a date and time', 'Срок ответа: до 25.11.2026 23:59'],
    ['an ISO date', 'application 2026-11-02'],
    ['an IIN', 'ИИН 900101300123'],
    ['a card number', '4400 4301 2345 6789'],
    [
      'a number with a wrong check digit',
      `${sample1414.slice(0, -1)}${(Number(sample1414.at(-1)) + 1) % 10}`,
    ],
    ['a number inside a longer digit string', `${sample1414}5`],
    ['a number split across lines', `${shown1414.slice(0, 9)}\n${shown1414.slice(10)}`],
  ])('does not mistake %s for a registration number', (_what, text) => {
    expect(findRegistrationNumbers(text)).toEqual([]);
  });
});
