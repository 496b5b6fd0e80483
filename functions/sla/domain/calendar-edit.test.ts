import { describe, expect, it } from 'vitest';
import { yearData } from '../../../test/support/sla/calendar-fixtures';
import {
  CalendarVersionConflictError,
  CalendarYearMismatchError,
  planCalendarEdit,
  yearInForce,
} from './calendar-edit';
import { CalendarDataError } from './errors';

const decree = { date: '2030-06-11', reason: 'Test decree' };

describe('replacing a year of the calendar', () => {
  it('takes a valid year and gives the calendars before and after, for moving deadlines', () => {
    const edit = planCalendarEdit(2030, { ...yearData(2030), extraDaysOff: [decree] }, []);

    expect(edit.unchanged).toBe(false);
    expect(edit.before.versions.has(2030)).toBe(false);
    expect(edit.after.specialDays.get('2030-06-11')?.kind).toBe('decreed-day-off');
  });

  it('keeps the shipped years in force beside the edited one', () => {
    const edit = planCalendarEdit(2030, yearData(2030), []);

    expect([...edit.after.versions.keys()]).toEqual(expect.arrayContaining([2025, 2026, 2027, 2030]));
  });

  it('notices the same data uploaded again, whatever the order of its keys', () => {
    const file = yearData(2030);
    const reordered = Object.fromEntries(Object.entries(file).reverse());

    expect(planCalendarEdit(2030, reordered, [{ year: 2030, data: file }]).unchanged).toBe(true);
  });

  it.each([
    ['a file for another year', yearData(2031), CalendarYearMismatchError],
    [
      'a file that breaks a rule',
      { ...yearData(2030), extraDaysOff: [{ date: '2030-06-08', reason: 'x' }] },
      CalendarDataError,
    ],
    [
      'changed data under the version in force',
      { ...yearData(2030), extraDaysOff: [decree] },
      CalendarVersionConflictError,
    ],
  ])('refuses %s', (_label, file, errorType) => {
    expect(() => planCalendarEdit(2030, file, [{ year: 2030, data: yearData(2030) }])).toThrow(errorType);
  });
});

describe('what an upload of the wrong shape is told', () => {
  it('names the missing year instead of calling it undefined', () => {
    expect(() => planCalendarEdit(2026, {}, [])).toThrow(
      'The file names no year: it must hold "year": 2026 with the rest of that year\'s calendar',
    );
  });

  it('names the year the file is for', () => {
    expect(() => planCalendarEdit(2026, yearData(2031), [])).toThrow('The file is for 2031, not 2026');
  });
});

describe('the year in force', () => {
  it('is the stored edit when there is one, else the shipped file', () => {
    const stored = [{ year: 2026, data: { ...yearData(2026), version: '2026.ops' } }];

    expect(yearInForce(2026, stored)?.source).toBe('stored');
    expect(yearInForce(2026, stored)?.overview.version).toBe('2026.ops');
    expect(yearInForce(2027, stored)?.source).toBe('shipped');
    expect(yearInForce(2040, stored)).toBeUndefined();
  });
});
