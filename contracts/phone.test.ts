import { describe, expect, it } from 'vitest';
import { isE164, toE164 } from './phone';

describe('caller numbers as the authorized body writes them', () => {
  it.each([
    ['+77012345678', '+77012345678'],
    ['+7 (701) 234-56-78', '+77012345678'],
    ['8 701 234 56 78', '+77012345678'],
    ['87012345678', '+77012345678'],
    ['77012345678', '+77012345678'],
    ['7012345678', '+77012345678'],
    ['00 49 69 1234 5678', '+496912345678'],
    ['+４９６９１２３４５６７８', '+496912345678'],
  ])('reads %s as %s', (written, e164) => {
    expect(toE164(written)).toBe(e164);
  });

  it.each(['1414', '111', 'anonymous', '', '+7 701 234 56 78 ext 5', '+0123456789', '12345678901234567'])(
    'refuses %j, which is not a caller number',
    (written) => {
      expect(toE164(written)).toBeUndefined();
    },
  );
});

describe('normalizing phone numbers to E.164', () => {
  it.each([
    ['a local mobile with the trunk prefix 8', '8 701 234 56 78', '+77012345678'],
    ['the same with brackets and dashes', '8 (701) 234-56-78', '+77012345678'],
    ['an international form', '+7 701 234 5678', '+77012345678'],
    ['11 digits starting with 7', '77012345678', '+77012345678'],
    ['10 national digits', '701 234 56 78', '+77012345678'],
    ['an Almaty landline', '8 727 272 72 72', '+77272727272'],
    ['the toll-free number', '8 800 080 7777', '+78000807777'],
    ['a foreign number with 00', '0049 30 1234567', '+49301234567'],
    ['a foreign number with +', '+996 555 123 456', '+996555123456'],
  ])('reads %s', (_what, input, expected) => {
    expect(toE164(input)).toBe(expected);
  });

  it.each([
    ['a short number', '1414'],
    ['words', 'anonymous'],
    ['an e-mail address', 'a@b.kz'],
    ['too many digits', '+7701234567890123'],
    ['a nine-digit local number', '234 56 78 9'],
    ['an empty string', ''],
  ])('gives nothing for %s', (_what, input) => {
    expect(toE164(input)).toBeUndefined();
  });
});

describe('the one E.164 pattern', () => {
  it.each(['+77012345678', '+6834002', '+496912345678', '+123456789012345'])('accepts %s', (number) => {
    expect(isE164(number)).toBe(true);
  });

  it.each(['77012345678', '+0123456789', '+123456', '+1234567890123456', '+7 701 234 56 78', ''])(
    'refuses %j',
    (number) => {
      expect(isE164(number)).toBe(false);
    },
  );
});
