import { describe, expect, it } from 'vitest';
import { buildQualityReport } from '../../functions/sla/domain/quality';
import { renderQualityPage } from './quality-page';

const reportOf = (hotline: string) =>
  buildQualityReport({
    hotline,
    from: '2026-11-23',
    to: '2026-11-23',
    averageWaitTargetSeconds: 40,
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
});
