import { describe, expect, it } from 'vitest';
import { buildQualityReport } from '../../functions/sla/domain/quality';
import { renderQualityPage } from './quality-page';

const reportOf = (hotline: string) =>
  buildQualityReport({
    hotline,
    from: '2026-11-23',
    to: '2026-11-23',
    averageWaitTargetSeconds: 40,
    backlog: { open: 5, overdue: 1, countedAt: '2026-11-23T11:00:00+05:00' },
    ratings: [],
    outcomes: [
      {
        kind: 'urgent-ack',
        id: '1',
        outcome: 'met',
        at: '2026-11-23T05:10:00Z',
        deadline: '2026-11-23T05:15:00Z',
      },
    ],
    waits: [],
  });

describe('the /reports page', () => {
  it('shows 111 supervisors the urgent cases acknowledged in time', () => {
    const page = renderQualityPage(reportOf('111'), {
      hotlines: ['1414', '111'],
      generatedAt: '2026-11-23T06:00:00Z',
    });

    expect(page).toContain('Urgent cases acknowledged in time<b>100.0 %');
  });

  it('shows the appeals open now, marking overdue ones', () => {
    const page = renderQualityPage(reportOf('1414'), {
      hotlines: ['1414', '111'],
      generatedAt: '2026-11-23T06:00:00Z',
    });

    expect(page).toContain('Appeals open now<b class="bad">5</b>1 overdue');
  });
});
