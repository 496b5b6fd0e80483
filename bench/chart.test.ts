import { describe, expect, it } from 'vitest';
import { kbGrowthSvg } from './chart';

const figures = (p50Ms: number, p99Ms: number, heapMb: number, scale: number) => ({
  p50Ms,
  p99Ms,
  heapMb,
  minisearch: { p50Ms: p50Ms * scale, p99Ms: p99Ms * scale, heapMb: heapMb * 2 },
});

describe('the growth chart of the benchmark', () => {
  it('draws one point per size for each curve, ours and MiniSearch, labelled', () => {
    const svg = kbGrowthSvg({
      '1000': figures(0.1, 0.5, 2, 40),
      '10000': figures(0.3, 1.2, 15, 60),
      '100000': figures(0.9, 3, 140, 80),
    });

    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<polyline /gu)).toHaveLength(6);
    expect(svg.match(/<circle /gu)).toHaveLength(18);
    for (const label of ['ours p99', 'MiniSearch p50', 'Index heap', '100k', '10k'])
      expect(svg).toContain(label);
  });
});
