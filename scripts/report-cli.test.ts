import { describe, expect, it } from 'vitest';
import { buildQualityReport } from '../functions/sla/domain/quality';
import { formatQualityReport, runReportCli } from './report-cli';

describe('npm run report', () => {
  it.each([
    [['quality', '--from', '23.11.2026'], '--from must be a day like 2026-11-23'],
    [['quality', '--hotline', '112'], '--hotline must be 1414 or 111'],
    [['quality', '--since', '2026-11-01'], "Unknown option '--since'"],
    [['weekly'], 'unknown command "weekly"'],
    [[], 'missing command'],
  ])('refuses %j with a usage error', async (argv, message) => {
    const result = await runReportCli(argv);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('says how to reach the API when nothing listens there (exit code 3)', async () => {
    process.env['QOLDAU_API_URL'] = 'http://127.0.0.1:9';
    process.env['AWS_ACCESS_KEY_ID'] = 'AKIDLOCAL';
    process.env['AWS_SECRET_ACCESS_KEY'] = 'secret';

    const result = await runReportCli(['quality', '--hotline', '1414']);

    expect(result.code).toBe(3);
    expect(result.stderr).toContain('npm start');
  });
});

describe('the quality report in a terminal', () => {
  const report = buildQualityReport({
    hotline: '1414',
    from: '2026-11-23',
    to: '2026-11-23',
    averageWaitTargetSeconds: 40,
    backlog: { open: 7, overdue: 2, countedAt: '2026-11-23T15:00:00+05:00' },
    ratings: [{ rating: 5, declined: false, agent: 'aigerim', queue: 'egov', at: '2026-11-23T05:00:00Z' }],
    outcomes: [
      {
        kind: 'appeal',
        id: '1',
        outcome: 'breached',
        at: '2026-11-23T05:00:00Z',
        deadline: '2026-11-23T05:00:00Z',
      },
    ],
    waits: [
      {
        windowStart: '2026-11-23T05:00:00Z',
        windowEnd: '2026-11-23T05:05:00Z',
        queued: 3,
        answered: 2,
        abandoned: 1,
        waitSecondsSum: 100,
      },
    ],
  });

  it('leads with the wait against the target and the SLA met %', () => {
    const text = formatQualityReport(report);

    expect(text).toContain('average wait 50.0 s (target 40 s: NOT met)');
    expect(text).toContain('appeals 0.0 % (0 met, 1 breached)');
  });

  it('says how many appeals are open and overdue, as the dashboard does', () => {
    expect(formatQualityReport(report)).toContain(
      'Appeals now: 7 open, 2 overdue (counted 2026-11-23T15:00:00+05:00)',
    );
  });

  it('lists ratings per operator and per queue', () => {
    const text = formatQualityReport(report);

    expect(text).toMatch(/aigerim\s+1\s+0\s+5\.00/);
    expect(text).toMatch(/egov\s+1\s+0\s+5\.00/);
  });

  it('shows 111 how many urgent cases the state bodies acknowledged in time', () => {
    const urgent = buildQualityReport({
      hotline: '111',
      from: '2026-11-23',
      to: '2026-11-23',
      averageWaitTargetSeconds: 40,
      backlog: { open: 0, overdue: 0, countedAt: '2026-11-23T15:00:00+05:00' },
      ratings: [],
      outcomes: [
        {
          kind: 'urgent-ack',
          id: '1',
          outcome: 'met',
          at: '2026-11-23T05:10:00Z',
          deadline: '2026-11-23T05:15:00Z',
        },
        {
          kind: 'urgent-ack',
          id: '2',
          outcome: 'breached',
          at: '2026-11-23T06:15:00Z',
          deadline: '2026-11-23T06:15:00Z',
        },
      ],
      waits: [],
    });

    expect(formatQualityReport(urgent)).toContain('urgent acknowledgements 50.0 % (1 met, 1 breached)');
    expect(formatQualityReport(report)).not.toContain('urgent acknowledgements');
  });
});
