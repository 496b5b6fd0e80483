import { describe, expect, it } from 'vitest';
import { holiday, yearData } from '../../../test/support/sla/calendar-fixtures';
import { loadCalendar } from './calendar';
import { rescheduleDeadline } from './reschedule';

// 2030-06-10 is a Monday. Without holidays, an appeal received on Monday is due Wednesday (2 working days).
const before = loadCalendar([yearData(2030)]);
const withTuesdayOff = loadCalendar([yearData(2030, { holidays: [holiday('2030-06-11')] })]);

describe('moving deadlines after a calendar edit', () => {
  it('moves a deadline the old calendar gave when the edit adds a day off inside the term', () => {
    const decision = rescheduleDeadline(
      { receivedAt: '2030-06-10T10:00:00+05:00', deadline: '2030-06-12T23:59:59+05:00' },
      2,
      before,
      withTuesdayOff,
    );

    expect(decision).toEqual({ change: true, deadline: '2030-06-13T23:59:59+05:00' });
  });

  it('leaves a deadline the edit does not touch', () => {
    const decision = rescheduleDeadline(
      { receivedAt: '2030-06-12T10:00:00+05:00', deadline: '2030-06-14T23:59:59+05:00' },
      2,
      before,
      withTuesdayOff,
    );

    expect(decision).toEqual({ change: false, reason: 'unchanged' });
  });

  it('leaves a deadline set some other way (urgent case, a date a request named)', () => {
    const decision = rescheduleDeadline(
      { receivedAt: '2030-06-10T10:00:00+05:00', deadline: '2030-06-10T14:00:00+05:00' },
      2,
      before,
      withTuesdayOff,
    );

    expect(decision).toEqual({ change: false, reason: 'not-calendar-based' });
  });

  it('compares instants, not how they are written', () => {
    const decision = rescheduleDeadline(
      { receivedAt: '2030-06-10T05:00:00Z', deadline: '2030-06-12T18:59:59Z' },
      2,
      before,
      withTuesdayOff,
    );

    expect(decision.change).toBe(true);
  });

  it('leaves an appeal whose term reaches a year without calendar data', () => {
    const decision = rescheduleDeadline(
      { receivedAt: '2030-12-30T10:00:00+05:00', deadline: '2031-01-03T23:59:59+05:00' },
      5,
      before,
      withTuesdayOff,
    );

    expect(decision).toEqual({ change: false, reason: 'missing-year' });
  });
});
