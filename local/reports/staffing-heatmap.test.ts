import { describe, expect, it } from 'vitest';
import { planWeek } from '../../functions/staffing/domain/week-plan';
import { renderStaffingHeatmap } from './staffing-heatmap';

describe('the staffing heat map on the quality page', () => {
  // 200 calls on Monday 2026-11-23, 10:00-11:00 in Almaty, 180 s each.
  const records = Array.from({ length: 200 }, (_, index) => ({
    Queue: { EnqueueTimestamp: new Date(Date.parse('2026-11-23T05:00:00Z') + index * 15_000).toISOString() },
    Agent: { AgentInteractionDuration: 180, AfterContactWorkDuration: 0 },
  }));
  const html = renderStaffingHeatmap(planWeek(records, { from: '2026-11-23', to: '2026-11-29' }));

  it('has a row per weekday and a cell per hour, the busy hour darkest with its operators', () => {
    expect(html.match(/<tr><th>(Mon|Tue|Wed|Thu|Fri|Sat|Sun)<\/th>/g)).toHaveLength(7);
    expect(html.match(/class="heat"/g)).toHaveLength(168);
    expect(html).toContain('title="Mon 10:00: 200.0 calls, handle time 180 s, 13 operators (19 to roster)"');
    expect(html).toContain('rgba(47, 109, 181, 0.95)');
  });

  it('says the week’s operator-hours and the model', () => {
    expect(html).toContain('Week: <b>13</b> operator-hours on the phones, <b>19</b> to roster');
    expect(html).toContain('Erlang C, assumes nobody hangs up');
  });
});
