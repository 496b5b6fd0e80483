import { describe, expect, it } from 'vitest';
import { contactRatingView, MalformedContactIdError, parseContactId } from './contact-rating';

describe('the contact id of the rating route', () => {
  it('takes a Connect contact id in either case and answers it in lower case', () => {
    expect(parseContactId('6F0C1A8E-2B1D-4C59-9A55-0B7D3F1E2A44')).toBe(
      '6f0c1a8e-2b1d-4c59-9a55-0b7d3f1e2a44',
    );
  });

  it.each([
    undefined,
    '',
    'abc',
    '6f0c1a8e2b1d4c599a550b7d3f1e2a44',
    '6f0c1a8e-2b1d-4c59-9a55-0b7d3f1e2a44/x',
  ])('refuses %j with an error that shows the expected shape', (raw) => {
    expect(() => parseContactId(raw)).toThrow(MalformedContactIdError);
    expect(() => parseContactId(raw)).toThrow(/a UUID such as/);
  });
});

describe('the rating as the after-contact screen reads it', () => {
  it('gives the number, or null with declined when the caller declined', () => {
    const at = '2026-12-03T07:00:00.000Z';
    expect(contactRatingView({ contactId: 'c', rating: 3, declined: false, at })).toEqual({
      contactId: 'c',
      rating: 3,
      declined: false,
      ratedAt: at,
    });
    expect(contactRatingView({ contactId: 'c', rating: null, declined: true, at })).toMatchObject({
      rating: null,
      declined: true,
    });
  });
});
