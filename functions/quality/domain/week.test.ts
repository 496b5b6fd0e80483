import { describe, expect, it } from 'vitest';
import { InvalidWeekError, isoWeekOf, previousWeek, weekDays, weeksSpan } from './week';

describe('ISO weeks', () => {
  it.each([
    ['2026-12-03', '2026-W49'],
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2024-12-30', '2025-W01'],
    ['2026-12-28', '2026-W53'],
  ])('%s is in %s', (day, week) => {
    expect(isoWeekOf(day)).toBe(week);
  });

  it('a week runs Monday to Sunday', () => {
    expect(weekDays('2026-W49')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(previousWeek('2026-W01')).toBe('2025-W52');
  });

  it('refuses what is not a week', () => {
    expect(() => weekDays('2026-49')).toThrow(InvalidWeekError);
    expect(() => weekDays('2025-W53')).toThrow('2025 has no such week');
  });

  it('spans weeks from Monday 00:00 to the next Monday 00:00 in Almaty, as UTC instants', () => {
    expect(weeksSpan('2026-W48', '2026-W49')).toEqual({
      from: '2026-11-22T19:00:00.000Z',
      to: '2026-12-06T19:00:00.000Z',
    });
  });
});
