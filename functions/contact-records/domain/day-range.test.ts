import { describe, expect, it } from 'vitest';
import { DayRangeError, daysOfRange, MAX_RANGE_DAYS } from './day-range';
import { decodePageToken, encodePageToken } from './page-token';

describe('a range of Almaty days', () => {
  it('lists every day from the first to the last, across a month end', () => {
    expect(daysOfRange('2026-11-29', '2026-12-02')).toEqual([
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
  });

  it('accepts a single day and a leap day', () => {
    expect(daysOfRange('2028-02-29', '2028-02-29')).toEqual(['2028-02-29']);
  });

  it(`accepts ${MAX_RANGE_DAYS} days and no more`, () => {
    expect(daysOfRange('2026-01-01', '2026-04-02')).toHaveLength(92);
    expect(() => daysOfRange('2026-01-01', '2026-04-03')).toThrow(
      'the range is 93 days; ask for at most 92 at once',
    );
  });

  it.each([
    ['a missing from', undefined, '2026-11-23', 'from is required'],
    ['a missing to', '2026-11-23', undefined, 'to is required'],
    [
      'an impossible day',
      '2026-02-30',
      '2026-03-01',
      'from must be a real day like 2026-11-23, got "2026-02-30"',
    ],
    ['a month 13', '2026-11-01', '2026-13-01', 'to must be a real day'],
    ['a non-leap 29 February', '2027-02-29', '2027-03-01', 'from must be a real day'],
    ['a time instead of a day', '2026-11-23T00:00:00Z', '2026-11-24', 'from must be a real day'],
    ['a day without zero padding', '2026-1-5', '2026-01-06', 'from must be a real day'],
    ['a reversed range', '2026-11-24', '2026-11-23', 'from 2026-11-24 is after to 2026-11-23'],
  ])('refuses %s with a message that says what is wrong', (_name, from, to, message) => {
    expect(() => daysOfRange(from, to)).toThrow(DayRangeError);
    expect(() => daysOfRange(from, to)).toThrow(message);
  });
});

describe('the page token of GET /contact-records', () => {
  const days = daysOfRange('2026-11-23', '2026-11-25');

  it('comes back as the position it was made from', () => {
    const token = encodePageToken({ day: '2026-11-24', after: 'contact-7' });

    expect(decodePageToken(token, days)).toEqual({ day: '2026-11-24', after: 'contact-7' });
  });

  it.each([
    ['garbage', 'not-a-token!'],
    ['a day outside the range', encodePageToken({ day: '2026-12-01', after: 'c' })],
    ['another shape', Buffer.from('{"day":"2026-11-24"}').toString('base64url')],
  ])('refuses %s', (_name, token) => {
    expect(() => decodePageToken(token, days)).toThrow('nextToken is not one this route gave');
  });
});
