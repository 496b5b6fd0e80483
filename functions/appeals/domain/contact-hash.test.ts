import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashContact, normalizeEmail } from './contact-hash';
import { InvalidContactError } from './errors';

describe('normalizing e-mail addresses', () => {
  it.each([
    ['mixed case', 'Aigerim.S@Mail.KZ'],
    ['angle brackets and spaces', ' <aigerim.s@mail.kz> '],
    ['a mailto link', 'mailto:AIGERIM.S@mail.kz'],
  ])('reads %s as the lowercased address', (_what, input) => {
    expect(normalizeEmail(input)).toBe('aigerim.s@mail.kz');
  });

  it('gives nothing for text that is not an address', () => {
    expect(normalizeEmail('aigerim at mail.kz')).toBeUndefined();
  });
});

describe('hashing an applicant contact', () => {
  const secret = 'test-secret';

  it.each([
    ['phone', ['8 701 234 56 78', '+7 (701) 234-56-78', '77012345678']],
    ['e-mail', ['Aigerim.S@mail.kz', 'aigerim.s@MAIL.kz', '<aigerim.s@mail.kz>']],
  ])('the same %s written differently gives the same hash', (_kind, spellings) => {
    const hashes = new Set(spellings.map((value) => hashContact(value, secret)));

    expect(hashes.size).toBe(1);
  });

  it('is HMAC-SHA256 in hex over the normalized value', () => {
    const expected = createHmac('sha256', secret).update('+77012345678').digest('hex');

    expect(hashContact('8 701 234 56 78', secret)).toBe(expected);
  });

  it('differs with another secret, so it cannot be recomputed without the key', () => {
    expect(hashContact('8 701 234 56 78', 'one')).not.toBe(hashContact('8 701 234 56 78', 'two'));
  });

  it('refuses a value that is no contact, without repeating the value in the error', () => {
    const attempt = () => hashContact('Сергей, 8 701', secret);

    expect(attempt).toThrow(InvalidContactError);
    expect(attempt).not.toThrow(/Сергей|701/u);
  });
});
