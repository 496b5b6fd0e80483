import { describe, expect, it } from 'vitest';
import { barChart, escapeHtml, horizontalBars } from './svg-charts';

describe('charts of the /reports page', () => {
  const chart = barChart({
    title: 'Average wait',
    categories: ['2026-11-23', '2026-11-24', '2026-11-25'],
    series: [{ label: 'Average wait (s)', color: 'blue', values: [35, 52, null] }],
    target: { value: 40, label: 'target 40 s' },
    overTargetColor: 'orange',
  });

  it('colours the days above the 40-second target and draws the target line', () => {
    expect(chart.match(/fill="orange"/g)).toHaveLength(1);
    expect(chart.match(/fill="blue"/g)?.length).toBeGreaterThanOrEqual(1);
    expect(chart).toContain('class="target"');
    expect(chart).toContain('target 40 s');
  });

  it('draws no bar for a day without data', () => {
    expect(chart).not.toContain('2026-11-25 Average wait');
  });

  it('names itself for screen readers', () => {
    expect(chart).toContain('role="img" aria-label="Average wait"');
  });

  it('escapes operator names', () => {
    const bars = horizontalBars({
      title: 'Ratings',
      bars: [{ label: '<b>x</b>', value: 4, note: '(1 rated)' }],
      min: 1,
      max: 5,
      color: 'brown',
    });

    expect(bars).toContain(escapeHtml('<b>x</b>'));
    expect(bars).not.toContain('<b>x</b>');
  });
});
