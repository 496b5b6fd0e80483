import { describe, expect, it } from 'vitest';
import { holiday, yearData } from '../../../test/support/sla/calendar-fixtures';
import { loadCalendar } from './calendar';
import { CalendarDataError } from './errors';

function loadError(yearFiles: unknown[]): CalendarDataError {
  try {
    loadCalendar(yearFiles);
  } catch (error) {
    if (error instanceof CalendarDataError) return error;
    throw error;
  }
  throw new Error('expected the calendar data to be rejected');
}

describe('validating calendar data that ops edit', () => {
  it('accepts a well-formed year', () => {
    const calendar = loadCalendar([yearData(2030)]);

    expect(calendar.versions.get(2030)).toBe('2030.test');
  });

  it.each([
    [
      'a weekend holiday whose substitute day is missing',
      yearData(2030, { holidays: [holiday('2030-06-08')] }),
      'missing 2030-06-10 (for 2030-06-08)',
    ],
    [
      'a substitute day for a religious holiday',
      yearData(2030, {
        holidays: [holiday('2030-06-08', true)],
        weekendTransfers: [{ date: '2030-06-10', forHoliday: '2030-06-08' }],
      }),
      'has 2030-06-10 (for 2030-06-08), which the rule does not give',
    ],
    [
      'a substitute on the wrong day',
      yearData(2030, {
        holidays: [holiday('2030-06-08')],
        weekendTransfers: [{ date: '2030-06-11', forHoliday: '2030-06-08' }],
      }),
      'missing 2030-06-10 (for 2030-06-08)',
    ],
    [
      'a working day that is already a weekday',
      yearData(2030, { workingDays: [{ date: '2030-06-12', reason: 'decree' }] }),
      '2030-06-12 is a Wed, already a working day',
    ],
    [
      'an extra day off that is already a weekend',
      yearData(2030, { extraDaysOff: [{ date: '2030-06-08', reason: 'decree' }] }),
      '2030-06-08 is a Sat, already a day off',
    ],
    [
      'a day in another year',
      yearData(2030, { holidays: [holiday('2031-01-01')] }),
      '2031-01-01 is not in 2030',
    ],
    [
      'a day that does not exist',
      yearData(2030, { holidays: [holiday('2030-02-30')] }),
      'expected a real day written YYYY-MM-DD',
    ],
    [
      'the same day listed twice',
      yearData(2030, {
        holidays: [holiday('2030-06-12')],
        extraDaysOff: [{ date: '2030-06-12', reason: 'decree' }],
      }),
      '2030-06-12 is listed twice',
    ],
    ['a misspelt key', { ...yearData(2030), extraDayOff: [] }, 'extraDayOff'],
    ['a missing list', { ...yearData(2030), workingDays: undefined }, 'workingDays'],
  ])('rejects %s, saying what is wrong', (_label, data, expectedMessage) => {
    const error = loadError([data]);

    expect(error.message).toContain(expectedMessage);
    expect(error.message).toContain('2030');
  });

  it('rejects the same year given twice', () => {
    expect(loadError([yearData(2030), yearData(2030)]).message).toContain('the year is given twice');
  });

  it('names the year file by position when it has no readable year', () => {
    expect(loadError([yearData(2030), { version: 'x' }]).message).toContain('year file #2');
  });
});
