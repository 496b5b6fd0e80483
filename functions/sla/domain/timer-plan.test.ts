import { describe, expect, it } from 'vitest';
import { planTimer, timerExecutionName, toUtcInstant } from './timer-plan';

describe('planning an SLA timer', () => {
  it('reminds at 50 % and 80 % of the term and waits for the deadline, all as UTC instants', () => {
    const plan = planTimer({
      startedAt: '2026-11-23T10:00:00+05:00',
      deadline: '2026-11-25T10:00:00+05:00',
      fractions: [0.5, 0.8],
      now: '2026-11-23T05:00:00Z',
    });

    expect(plan).toEqual({
      deadlineAt: '2026-11-25T05:00:00Z',
      reminders: [
        { at: '2026-11-24T05:00:00Z', percent: 50 },
        { at: '2026-11-24T19:24:00Z', percent: 80 },
      ],
    });
  });

  it('drops reminders already behind a restarted timer, so nobody is reminded twice', () => {
    const plan = planTimer({
      startedAt: '2026-11-23T10:00:00+05:00',
      deadline: '2026-11-25T10:00:00+05:00',
      fractions: [0.5, 0.8],
      now: '2026-11-24T12:00:00+05:00',
    });

    expect(plan.reminders.map((reminder) => reminder.percent)).toEqual([80]);
  });

  it('plans no reminders when the deadline is already behind the start', () => {
    const plan = planTimer({
      startedAt: '2026-11-25T10:00:00+05:00',
      deadline: '2026-11-25T09:00:00+05:00',
      now: '2026-11-25T05:00:00Z',
    });

    expect(plan).toEqual({ deadlineAt: '2026-11-25T04:00:00Z', reminders: [] });
  });

  it('plans an urgent appeal’s 15-minute acknowledgement clock round the clock, to the second', () => {
    // Escalated at 23:55 on a Saturday: days off and the night change nothing for this clock.
    const plan = planTimer({
      startedAt: '2026-11-21T23:55:00+05:00',
      deadline: '2026-11-22T00:10:00+05:00',
      fractions: [0.5, 0.8],
      now: '2026-11-21T18:55:01Z',
    });

    expect(plan).toEqual({
      deadlineAt: '2026-11-21T19:10:00Z',
      reminders: [
        { at: '2026-11-21T19:02:30Z', percent: 50 },
        { at: '2026-11-21T19:07:00Z', percent: 80 },
      ],
    });
  });

  it('orders reminders by time whatever order the fractions are configured in', () => {
    const plan = planTimer({
      startedAt: '2026-11-23T00:00:00Z',
      deadline: '2026-11-23T10:00:00Z',
      fractions: [0.9, 0.25],
      now: '2026-11-23T00:00:00Z',
    });

    expect(plan.reminders.map((reminder) => reminder.percent)).toEqual([25, 90]);
  });
});

describe('naming timer executions', () => {
  it.each([
    ['appeal', '1452839102746', undefined, 'appeal-1452839102746'],
    [
      'recording',
      '7f0c1e2a-0b1c-4d5e-8f9a-0123456789ab',
      undefined,
      'recording-7f0c1e2a-0b1c-4d5e-8f9a-0123456789ab',
    ],
    ['appeal', '1452839102746', 1_700_000_000_000, 'appeal-1452839102746-rloyw3v28'],
    ['urgent-ack', '1195589907426', undefined, 'urgent-ack-1195589907426'],
  ] as const)('%s %s (restart %s) is named %s', (kind, id, restart, expected) => {
    expect(timerExecutionName(kind, id, restart)).toBe(expected);
  });

  it('keeps only characters Step Functions allows in names', () => {
    expect(timerExecutionName('recording', 'req 1/2#3')).toBe('recording-req123');
  });

  it('writes instants in UTC for the Wait states', () => {
    expect(toUtcInstant('2026-11-25T23:59:59+05:00')).toBe('2026-11-25T18:59:59Z');
  });
});
