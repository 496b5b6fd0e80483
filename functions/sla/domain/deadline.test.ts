import { describe, expect, it } from 'vitest';
import { yearData } from '../../../test/support/sla/calendar-fixtures';
import { loadCalendar } from './calendar';
import {
  addHours,
  addMinutes,
  metDeadline,
  receiptDay,
  reminderPoints,
  workingDaysDeadline,
} from './deadline';
import { defaultCalendar } from './default-calendar';
import { CalendarMissingYearError, InvalidDateError, InvalidTermError } from './errors';

const calendar = defaultCalendar();

describe('deadline of N working days', () => {
  it.each([
    [
      'received on Friday, 2 days: Monday and Tuesday',
      '2026-11-20T15:00:00+05:00',
      2,
      '2026-11-24T23:59:59+05:00',
    ],
    ['received on Monday, 2 days', '2026-11-23T09:00:00+05:00', 2, '2026-11-25T23:59:59+05:00'],
    [
      'received on Saturday: the count starts on Monday, so day 2 is Tuesday as for Friday',
      '2026-11-21T12:00:00+05:00',
      2,
      '2026-11-24T23:59:59+05:00',
    ],
    ['received on Sunday, 1 day: Monday', '2026-11-22T12:00:00+05:00', 1, '2026-11-23T23:59:59+05:00'],
    [
      'received late on a working day still counts that day',
      '2026-11-23T23:59:00+05:00',
      1,
      '2026-11-24T23:59:59+05:00',
    ],
    ['received on a holiday (Independence Day)', '2026-12-16T10:00:00+05:00', 2, '2026-12-18T23:59:59+05:00'],
    [
      'received before Nauryz 2026, which runs to Wednesday 25',
      '2026-03-20T10:00:00+05:00',
      1,
      '2026-03-26T23:59:59+05:00',
    ],
    [
      'received on the day off moved to 2025-01-03: the working Sunday is day 1',
      '2025-01-03T10:00:00+05:00',
      1,
      '2025-01-05T23:59:59+05:00',
    ],
    ['across the year boundary', '2026-12-30T10:00:00+05:00', 3, '2027-01-06T23:59:59+05:00'],
  ])('%s', (_label, receivedAt, workingDays, expected) => {
    expect(workingDaysDeadline(calendar, receivedAt, workingDays)).toBe(expected);
  });

  it('a working Saturday counts as a day of the term', () => {
    const made = loadCalendar([yearData(2030, { workingDays: [{ date: '2030-06-15', reason: 'decree' }] })]);

    expect(workingDaysDeadline(made, '2030-06-14T10:00:00+05:00', 1)).toBe('2030-06-15T23:59:59+05:00');
  });

  it('a moved day off does not count', () => {
    const made = loadCalendar([yearData(2030, { extraDaysOff: [{ date: '2030-06-14', reason: 'decree' }] })]);

    expect(workingDaysDeadline(made, '2030-06-13T10:00:00+05:00', 1)).toBe('2030-06-17T23:59:59+05:00');
  });
});

describe('the day of receipt is the day in Almaty', () => {
  it.each([
    ['2026-11-23T18:59:59Z', '2026-11-23', '2026-11-24T23:59:59+05:00'],
    ['2026-11-23T19:00:00Z', '2026-11-24', '2026-11-25T23:59:59+05:00'],
    ['2026-11-23T16:00:00+03:00', '2026-11-23', '2026-11-24T23:59:59+05:00'],
    ['2026-11-23T14:00:00-05:00', '2026-11-24', '2026-11-25T23:59:59+05:00'],
  ])('%s is received on %s', (receivedAt, day, deadline) => {
    expect(receiptDay(receivedAt)).toBe(day);
    expect(workingDaysDeadline(calendar, receivedAt, 1)).toBe(deadline);
  });
});

describe('deadlines that cannot be computed', () => {
  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('%s working days is refused', (workingDays) => {
    expect(() => workingDaysDeadline(calendar, '2026-11-23T10:00:00+05:00', workingDays)).toThrow(
      InvalidTermError,
    );
  });

  it.each(['2026-11-23', '2026-11-23T10:00:00', 'not a date', '2026-02-29T10:00:00Z'])(
    'receipt %s is refused naming the value',
    (receivedAt) => {
      expect(() => workingDaysDeadline(calendar, receivedAt, 2)).toThrow(InvalidDateError);
      expect(() => workingDaysDeadline(calendar, receivedAt, 2)).toThrow(receivedAt);
    },
  );

  it('a receipt in a year without data is refused', () => {
    expect(() => workingDaysDeadline(calendar, '2024-12-30T10:00:00+05:00', 1)).toThrow(
      CalendarMissingYearError,
    );
  });

  it('a term running into a year without data is refused, not guessed', () => {
    expect(() => workingDaysDeadline(calendar, '2027-12-28T10:00:00+05:00', 5)).toThrow(
      'No working-day calendar for 2028',
    );
  });
});

describe('round-the-clock deadlines', () => {
  it.each([
    ['4 hours over midnight', '2026-11-23T22:00:00Z', 4, '2026-11-24T07:00:00+05:00'],
    [
      '4 hours on a Sunday, weekends do not matter',
      '2026-11-22T10:00:00+05:00',
      4,
      '2026-11-22T14:00:00+05:00',
    ],
    ['half an hour', '2026-11-23T10:00:00+05:00', 0.5, '2026-11-23T10:30:00+05:00'],
  ])('%s', (_label, from, hours, expected) => {
    expect(addHours(from, hours)).toBe(expected);
  });

  it.each([0, -4, Number.NaN])('%s hours is refused', (hours) => {
    expect(() => addHours('2026-11-23T10:00:00+05:00', hours)).toThrow(InvalidTermError);
  });
});

describe('reminder points', () => {
  it('fall half-way and at 80 % of the term by default', () => {
    const points = reminderPoints('2026-11-22T19:00:00Z', '2026-11-23T10:00:00+05:00');

    expect(points).toEqual(['2026-11-23T05:00:00+05:00', '2026-11-23T08:00:00+05:00']);
  });

  it('are rounded down to the second, never later than their fraction', () => {
    expect(reminderPoints('2026-11-23T10:00:00+05:00', '2026-11-23T10:00:03+05:00', [0.5])).toEqual([
      '2026-11-23T10:00:01+05:00',
    ]);
  });

  it.each([[[0]], [[1]], [[1.2]], [[-0.5]]])('fraction %j is refused', (fractions) => {
    expect(() => reminderPoints('2026-11-23T10:00:00+05:00', '2026-11-24T10:00:00+05:00', fractions)).toThrow(
      InvalidTermError,
    );
  });

  it('a deadline not after the start is refused', () => {
    expect(() => reminderPoints('2026-11-24T10:00:00+05:00', '2026-11-23T10:00:00+05:00')).toThrow(
      InvalidTermError,
    );
  });
});

describe('meeting a deadline', () => {
  it.each([
    ['2026-11-24T18:59:59Z', true],
    ['2026-11-24T19:00:00Z', false],
  ])('done at %s: met %s', (at, met) => {
    expect(metDeadline('2026-11-24T23:59:59+05:00', at)).toBe(met);
  });
});

describe('round-the-clock deadline in minutes (urgent acknowledgement)', () => {
  it.each([
    ['within the hour', '2026-11-23T10:00:00+05:00', 15, '2026-11-23T10:15:00+05:00'],
    ['across midnight and into a day off', '2026-11-21T23:50:00+05:00', 15, '2026-11-22T00:05:00+05:00'],
    ['from a UTC instant with milliseconds', '2026-12-15T19:59:30.250Z', 15, '2026-12-16T01:14:30+05:00'],
  ])('%s', (_what, from, minutes, expected) => {
    expect(addMinutes(from, minutes)).toBe(expected);
  });

  it.each([0, -5, Number.NaN])('refuses %s minutes', (minutes) => {
    expect(() => addMinutes('2026-11-23T10:00:00+05:00', minutes)).toThrow(InvalidTermError);
  });
});
