import { describe, expect, it } from 'vitest';
import {
  csvField,
  deadlineOutcome,
  previousAlmatyDay,
  type ReportedAppeal,
  reportCsv,
  reportTotals,
  summarizeAppeals,
} from './report';

const NOW = '2026-11-26T09:00:00+05:00';

function appeal(overrides: Partial<ReportedAppeal> = {}): ReportedAppeal {
  return {
    hotline: '1414',
    channel: 'email',
    topic: 'egov',
    status: 'registered',
    receivedAt: '2026-11-25T04:00:00.000Z',
    deadline: '2026-11-27T23:59:59+05:00',
    ...overrides,
  };
}

describe('whether an appeal’s answer deadline was met', () => {
  it.each([
    {
      case: 'answered before the deadline',
      overrides: { status: 'answered', answeredAt: '2026-11-26T08:00:00+05:00' },
      outcome: 'met',
    },
    {
      case: 'answered after the deadline',
      overrides: { status: 'closed', answeredAt: '2026-11-28T08:00:00+05:00' },
      outcome: 'missed',
    },
    { case: 'unanswered, deadline ahead', overrides: {}, outcome: 'pending' },
    {
      case: 'unanswered, deadline passed',
      overrides: { deadline: '2026-11-25T23:59:59+05:00' },
      outcome: 'missed',
    },
    {
      case: 'closed without an answer (a duplicate)',
      overrides: { status: 'closed' },
      outcome: 'not_applicable',
    },
    { case: 'registered without a deadline', overrides: { deadline: undefined }, outcome: 'not_applicable' },
  ] as const)('$case: $outcome', ({ overrides, outcome }) => {
    expect(deadlineOutcome(appeal(overrides as Partial<ReportedAppeal>), NOW)).toBe(outcome);
  });
});

describe('the report rows', () => {
  it('counts appeals per hotline, channel, topic, status and deadline outcome, in a stable order', () => {
    const appeals = [
      appeal(),
      appeal(),
      appeal({ channel: 'web' }),
      appeal({ topic: undefined }),
      appeal({ status: 'answered', answeredAt: '2026-11-26T08:00:00+05:00' }),
    ];

    const rows = summarizeAppeals(appeals, NOW);

    expect(rows).toEqual([
      {
        hotline: '1414',
        channel: 'email',
        topic: '(none)',
        status: 'registered',
        deadline: 'pending',
        count: 1,
      },
      { hotline: '1414', channel: 'email', topic: 'egov', status: 'answered', deadline: 'met', count: 1 },
      {
        hotline: '1414',
        channel: 'email',
        topic: 'egov',
        status: 'registered',
        deadline: 'pending',
        count: 2,
      },
      { hotline: '1414', channel: 'web', topic: 'egov', status: 'registered', deadline: 'pending', count: 1 },
    ]);
    expect(summarizeAppeals([...appeals].reverse(), NOW)).toEqual(rows);
    expect(reportTotals(rows)).toEqual({ received: 5, met: 1, missed: 0, pending: 4, not_applicable: 0 });
  });

  it('writes CSV with a header row and CRLF line ends', () => {
    const csv = reportCsv(summarizeAppeals([appeal()], NOW));

    expect(csv).toBe(
      'hotline,channel,topic,status,deadline,count\r\n1414,email,egov,registered,pending,1\r\n',
    );
  });

  it.each([
    { value: 'plain', field: 'plain' },
    { value: 'a, b', field: '"a, b"' },
    { value: 'say "hi"', field: '"say ""hi"""' },
    { value: '=HYPERLINK("x")', field: `"'=HYPERLINK(""x"")"` },
    { value: '+7 701', field: "'+7 701" },
    { value: 42, field: '42' },
  ])('quotes $value safely for spreadsheets', ({ value, field }) => {
    expect(csvField(value)).toBe(field);
  });
});

describe('the report period', () => {
  it('is the whole previous day in Almaty', () => {
    expect(previousAlmatyDay('2026-11-26T03:00:00Z')).toEqual({
      from: '2026-11-24T19:00:00.000Z',
      to: '2026-11-25T19:00:00.000Z',
      day: '2026-11-25',
    });
  });

  it('counts a report sent just after midnight in Almaty (still the previous day in UTC) as that morning’s', () => {
    expect(previousAlmatyDay('2026-11-25T19:30:00Z').day).toBe('2026-11-25');
  });
});
