import { describe, expect, it } from 'vitest';
import { holiday } from '../../../test/support/sla/calendar-fixtures';
import { deriveWeekendTransfers } from './weekend-transfers';

describe('substitute days off for public holidays on a weekend', () => {
  it.each([
    [
      'a Saturday holiday gives the following Monday',
      [holiday('2030-06-08')],
      [['2030-06-10', '2030-06-08']],
    ],
    ['a Sunday holiday gives the following Monday', [holiday('2030-06-09')], [['2030-06-10', '2030-06-09']]],
    [
      'a Saturday and Sunday holiday give Monday and Tuesday',
      [holiday('2030-06-08'), holiday('2030-06-09')],
      [
        ['2030-06-10', '2030-06-08'],
        ['2030-06-11', '2030-06-09'],
      ],
    ],
    [
      'a weekend holiday followed by a Monday holiday gives Tuesday',
      [holiday('2030-06-09'), holiday('2030-06-10')],
      [['2030-06-11', '2030-06-09']],
    ],
    ['a religious holiday on a Saturday gives nothing', [holiday('2030-06-08', true)], []],
    ['a weekday holiday gives nothing', [holiday('2030-06-12')], []],
  ])('%s', (_label, holidays, expected) => {
    const transfers = deriveWeekendTransfers(holidays);

    expect(transfers.map((transfer) => [transfer.date, transfer.forHoliday])).toEqual(expected);
  });

  it('skips a religious holiday when looking for the substitute', () => {
    const holidays = [holiday('2030-06-09'), holiday('2030-06-10', true)];

    expect(deriveWeekendTransfers(holidays)).toEqual([{ date: '2030-06-11', forHoliday: '2030-06-09' }]);
  });

  it('gives Nauryz 2026 (Saturday to Monday) Tuesday and Wednesday, as the published calendar does', () => {
    const nauryz = ['2026-03-21', '2026-03-22', '2026-03-23'].map((date) => holiday(date));

    expect(deriveWeekendTransfers(nauryz).map((transfer) => transfer.date)).toEqual([
      '2026-03-24',
      '2026-03-25',
    ]);
  });
});
