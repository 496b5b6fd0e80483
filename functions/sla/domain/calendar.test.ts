import { describe, expect, it } from 'vitest';
import { holiday, yearData } from '../../../test/support/sla/calendar-fixtures';
import { isWorkingDay, loadCalendar, nextWorkingDay, workingDaysBetween, yearOverview } from './calendar';
import { defaultCalendar } from './default-calendar';
import { CalendarMissingYearError } from './errors';

const calendar = defaultCalendar();

describe('weekends', () => {
  it.each([
    ['2026-11-21', 'Saturday', false],
    ['2026-11-22', 'Sunday', false],
    ['2026-11-23', 'Monday', true],
    ['2026-11-27', 'Friday', true],
  ])('%s (%s) working: %s', (day, _weekday, working) => {
    expect(isWorkingDay(calendar, day)).toBe(working);
  });
});

describe('public holidays of the Labour Code are days off', () => {
  // The list of the Labour Code as of 2025, written out independently of the data files.
  const holidays2025 = [
    ['2025-01-01', 'New Year'],
    ['2025-01-02', 'New Year'],
    ['2025-01-07', 'Orthodox Christmas'],
    ['2025-03-08', "International Women's Day"],
    ['2025-03-21', 'Nauryz'],
    ['2025-03-22', 'Nauryz'],
    ['2025-03-23', 'Nauryz'],
    ['2025-05-01', 'Unity Day'],
    ['2025-05-07', 'Defender of the Fatherland Day'],
    ['2025-05-09', 'Victory Day'],
    ['2025-06-06', 'Kurban Ait'],
    ['2025-07-06', 'Capital Day'],
    ['2025-08-30', 'Constitution Day'],
    ['2025-10-25', 'Republic Day'],
    ['2025-12-16', 'Independence Day'],
  ];

  it.each(holidays2025)('%s (%s)', (day) => {
    expect(isWorkingDay(calendar, day)).toBe(false);
  });

  it.each([
    ['2026-05-27', 'Kurban Ait 2026'],
    ['2027-03-15', 'Constitution Day under the 2026 Constitution'],
  ])('%s (%s)', (day) => {
    expect(isWorkingDay(calendar, day)).toBe(false);
  });

  it('30 August 2026 gives no Monday off: Constitution Day moved to 15 March', () => {
    expect(isWorkingDay(calendar, '2026-08-31')).toBe(true);
  });
});

describe('a public holiday on a weekend gives the next working day off', () => {
  // Substitute days as published for 2025 and 2026, and as the rule gives for 2027.
  it.each([
    ['2025-03-08', '2025-03-10'],
    ['2025-03-22', '2025-03-24'],
    ['2025-03-23', '2025-03-25'],
    ['2025-07-06', '2025-07-07'],
    ['2025-08-30', '2025-09-01'],
    ['2025-10-25', '2025-10-27'],
    ['2026-03-08', '2026-03-09'],
    ['2026-03-21', '2026-03-24'],
    ['2026-03-22', '2026-03-25'],
    ['2026-05-09', '2026-05-11'],
    ['2026-10-25', '2026-10-26'],
    ['2027-01-02', '2027-01-04'],
    ['2027-03-21', '2027-03-24'],
    ['2027-05-01', '2027-05-03'],
    ['2027-05-09', '2027-05-10'],
  ])('holiday %s gives %s off', (_holiday, substitute) => {
    expect(isWorkingDay(calendar, substitute)).toBe(false);
  });

  it('a religious holiday on a Sunday (Kurban Ait 2027-05-16) leaves Monday a working day', () => {
    expect(isWorkingDay(calendar, '2027-05-17')).toBe(true);
  });

  it('a religious holiday on a Saturday leaves Monday a working day', () => {
    const made = loadCalendar([yearData(2030, { holidays: [holiday('2030-06-08', true)] })]);

    expect(isWorkingDay(made, '2030-06-10')).toBe(true);
  });
});

describe('changes decreed by the government', () => {
  it('the working Sunday 2025-01-05 is a working day and counts', () => {
    expect(isWorkingDay(calendar, '2025-01-05')).toBe(true);
    expect(workingDaysBetween(calendar, '2025-01-02', '2025-01-06')).toBe(2);
  });

  it('the day off moved to Friday 2025-01-03 is not a working day and does not count', () => {
    expect(isWorkingDay(calendar, '2025-01-03')).toBe(false);
    expect(workingDaysBetween(calendar, '2025-01-02', '2025-01-04')).toBe(0);
  });

  it('a decreed working Saturday and day off apply in made-up data too', () => {
    const made = loadCalendar([
      yearData(2030, {
        workingDays: [{ date: '2030-06-15', reason: 'decree' }],
        extraDaysOff: [{ date: '2030-06-14', reason: 'decree' }],
      }),
    ]);

    expect([isWorkingDay(made, '2030-06-14'), isWorkingDay(made, '2030-06-15')]).toEqual([false, true]);
  });
});

describe('days as instants', () => {
  it.each([
    ['2026-11-22T18:59:59Z', false],
    ['2026-11-22T19:00:00Z', true],
  ])('%s is judged by its day in Almaty (working: %s)', (instant, working) => {
    expect(isWorkingDay(calendar, instant)).toBe(working);
  });
});

describe('counting working days', () => {
  it('the next working day skips the New Year holidays and weekend across the year boundary', () => {
    expect(nextWorkingDay(calendar, '2025-12-31')).toBe('2026-01-05');
  });

  it.each([
    ['Friday to Tuesday', '2026-11-20', '2026-11-24', 2],
    ['the same day', '2026-11-23', '2026-11-23', 0],
    ['backwards', '2026-11-24', '2026-11-20', -2],
    ['over Nauryz 2026', '2026-03-20', '2026-03-26', 1],
  ])('%s', (_label, from, to, expected) => {
    expect(workingDaysBetween(calendar, from, to)).toBe(expected);
  });
});

describe('years without data', () => {
  it.each(['2024-12-31', '2028-01-03'])('%s is refused rather than guessed', (day) => {
    const year = Number(day.slice(0, 4));

    expect(() => isWorkingDay(calendar, day)).toThrow(CalendarMissingYearError);
    expect(() => isWorkingDay(calendar, day)).toThrow(`No working-day calendar for ${year}`);
  });

  it('counting off the end of the data is refused', () => {
    expect(() => nextWorkingDay(calendar, '2027-12-31')).toThrow(CalendarMissingYearError);
  });
});

describe('a year at a glance', () => {
  it('2026 has one working day more than the 246 published before 30 August stopped being a holiday', () => {
    expect(yearOverview(calendar, 2026).workingDayCount).toBe(247);
  });

  it('lists holidays, substitute days and decreed changes in date order', () => {
    const days = yearOverview(calendar, 2025).specialDays;

    expect(days.map((day) => day.date)).toEqual([...days.map((day) => day.date)].sort());
    expect(days.slice(0, 5).map((day) => [day.date, day.kind])).toEqual([
      ['2025-01-01', 'holiday'],
      ['2025-01-02', 'holiday'],
      ['2025-01-03', 'decreed-day-off'],
      ['2025-01-05', 'decreed-working-day'],
      ['2025-01-07', 'holiday'],
    ]);
  });

  it('each shipped year has its version', () => {
    expect([2025, 2026, 2027].map((year) => yearOverview(calendar, year).version)).toEqual([
      '2025.1',
      '2026.1',
      '2027.1',
    ]);
  });
});
