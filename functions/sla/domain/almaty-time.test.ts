import { describe, expect, it } from 'vitest';
import { almatyDayOf, formatAlmaty, parseInstant, toAlmatyDay } from './almaty-time';
import { InvalidDateError } from './errors';

describe('reading timestamps', () => {
  it.each([
    ['UTC with Z', '2026-11-23T05:00:00Z'],
    ['Almaty offset', '2026-11-23T10:00:00+05:00'],
    ['basic offset without colon', '2026-11-23T10:00:00+0500'],
    ['hour-only offset', '2026-11-23T10:00:00+05'],
    ['negative offset', '2026-11-23T01:30:00-03:30'],
    ['no seconds', '2026-11-23T10:00+05:00'],
    ['fraction of a second', '2026-11-23T05:00:00.000Z'],
  ])('accepts %s as the same instant', (_label, value) => {
    expect(parseInstant(value)).toBe(Date.UTC(2026, 10, 23, 5, 0, 0));
  });

  it.each([
    ['a day without a time', '2026-11-23'],
    ['a time without an offset', '2026-11-23T10:00:00'],
    ['a day that does not exist', '2026-02-30T10:00:00Z'],
    ['hour 24', '2026-11-23T24:00:00Z'],
    ['a leap second', '2026-11-23T10:00:60Z'],
    ['month 13', '2026-13-01T10:00:00Z'],
    ['words', 'yesterday'],
    ['an empty string', ''],
  ])('rejects %s with an error naming the value', (_label, value) => {
    expect(() => parseInstant(value)).toThrow(InvalidDateError);
    expect(() => parseInstant(value)).toThrow(JSON.stringify(value));
  });

  it('accepts 29 February in a leap year only', () => {
    expect(() => parseInstant('2028-02-29T00:00:00Z')).not.toThrow();
    expect(() => parseInstant('2027-02-29T00:00:00Z')).toThrow(InvalidDateError);
  });
});

describe('writing timestamps in Almaty time', () => {
  it('writes whole seconds with the +05:00 offset', () => {
    expect(formatAlmaty(Date.UTC(2026, 10, 25, 18, 59, 59, 999))).toBe('2026-11-25T23:59:59+05:00');
  });

  it.each([
    ['2026-11-23T18:59:59Z', '2026-11-23'],
    ['2026-11-23T19:00:00Z', '2026-11-24'],
    ['2026-11-23T23:30:00+05:00', '2026-11-23'],
    ['2026-11-23T00:30:00+05:00', '2026-11-23'],
  ])('%s falls on %s in Almaty', (instant, day) => {
    expect(almatyDayOf(parseInstant(instant))).toBe(day);
  });

  it('takes a plain day as a day in Almaty and an instant as its Almaty day', () => {
    expect(toAlmatyDay('2026-11-23')).toBe('2026-11-23');
    expect(toAlmatyDay('2026-11-23T19:00:00Z')).toBe('2026-11-24');
    expect(() => toAlmatyDay('23.11.2026')).toThrow(InvalidDateError);
  });
});
