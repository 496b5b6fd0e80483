import { describe, expect, it } from 'vitest';
import { hasValidVerhoeffCheck, verhoeffCheckDigit } from './verhoeff';

describe('the Verhoeff check digit', () => {
  // Published examples of the algorithm (Verhoeff 1969; the worked example "236" -> 3 on Wikipedia).
  it.each([
    ['236', '3'],
    ['12345', '1'],
    ['142857', '0'],
    ['123456789012', '0'],
    ['8473643095483728456789', '2'],
  ])('of %s is %s', (digits, check) => {
    expect(verhoeffCheckDigit(digits)).toBe(check);
    expect(hasValidVerhoeffCheck(digits + check)).toBe(true);
  });

  it.each(['', '12a4', '2364', '2633'])('%j does not pass', (input) => {
    expect(hasValidVerhoeffCheck(input)).toBe(false);
  });
});
