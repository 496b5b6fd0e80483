/**
 * Small inline SVG charts for the local `/reports` page: no scripts, no external files, so the page works
 * offline and prints. Each chart names itself for screen readers (`role="img"`, `<title>`).
 */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface BarSeries {
  readonly label: string;
  readonly color: string;
  /** One value per category; null draws nothing (no data that day). */
  readonly values: ReadonlyArray<number | null>;
}

export interface BarChartOptions {
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly BarSeries[];
  /** Top of the value axis. @default the largest value, rounded up */
  readonly max?: number;
  readonly unit?: string;
  /** A horizontal reference line, e.g. the 40-second target. */
  readonly target?: { readonly value: number; readonly label: string };
  /** Bars above the target take this color instead of their series color. */
  readonly overTargetColor?: string;
}

const WIDTH = 720;
const HEIGHT = 260;
const MARGIN = { top: 28, right: 16, bottom: 46, left: 44 };

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].map((step) => step * magnitude).find((candidate) => candidate >= value) ?? value;
}

const format = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** Vertical bars per category (a day), one bar per series, with an optional target line. */
export function barChart(options: BarChartOptions): string {
  const values = options.series.flatMap((series) =>
    series.values.filter((value): value is number => value !== null),
  );
  const max = options.max ?? niceMax(Math.max(options.target?.value ?? 0, ...values, 0) * 1.1);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const y = (value: number) => MARGIN.top + plotHeight - (Math.min(value, max) / max) * plotHeight;
  const slot = plotWidth / Math.max(1, options.categories.length);
  const barWidth = Math.max(2, (slot * 0.7) / Math.max(1, options.series.length));
  const unit = options.unit ?? '';
  const parts: string[] = [];
  for (const tick of [0, 0.25, 0.5, 0.75, 1].map((share) => share * max)) {
    parts.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(tick)}" y2="${y(tick)}" class="grid"/>`,
      `<text x="${MARGIN.left - 6}" y="${y(tick) + 4}" text-anchor="end" class="axis">${format(tick)}</text>`,
    );
  }
  options.categories.forEach((category, index) => {
    const left = MARGIN.left + index * slot + slot * 0.15;
    options.series.forEach((series, seriesIndex) => {
      const value = series.values[index];
      if (value === null || value === undefined) return;
      const over = options.target && options.overTargetColor && value > options.target.value;
      const x = left + seriesIndex * barWidth;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y(value).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(MARGIN.top + plotHeight - y(value)).toFixed(1)}" fill="${over ? options.overTargetColor : series.color}"><title>${escapeHtml(`${category} ${series.label}: ${format(value)}${unit}`)}</title></rect>`,
      );
      if (options.categories.length <= 31) {
        parts.push(
          `<text x="${(x + barWidth / 2).toFixed(1)}" y="${(y(value) - 3).toFixed(1)}" text-anchor="middle" class="value">${format(value)}</text>`,
        );
      }
    });
    const every = Math.ceil(options.categories.length / 12);
    if (index % every === 0) {
      parts.push(
        `<text x="${(MARGIN.left + index * slot + slot / 2).toFixed(1)}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle" class="axis">${escapeHtml(category.slice(5))}</text>`,
      );
    }
  });
  if (options.target) {
    const ty = y(options.target.value);
    parts.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${ty}" y2="${ty}" class="target"/>`,
    );
  }
  // The legend names the target line too, so its label never sits on a bar.
  const legend = [
    ...options.series.map(
      (series, index) =>
        `<rect x="${MARGIN.left + index * 160}" y="${HEIGHT - 16}" width="10" height="10" fill="${series.color}"/><text x="${MARGIN.left + index * 160 + 14}" y="${HEIGHT - 7}" class="axis">${escapeHtml(series.label)}</text>`,
    ),
    ...(options.target
      ? [
          `<line x1="${MARGIN.left + options.series.length * 160}" x2="${MARGIN.left + options.series.length * 160 + 22}" y1="${HEIGHT - 11}" y2="${HEIGHT - 11}" class="target"/><text x="${MARGIN.left + options.series.length * 160 + 28}" y="${HEIGHT - 7}" class="target-label">${escapeHtml(options.target.label)}</text>`,
        ]
      : []),
  ].join('');
  return `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(options.title)}" class="chart"><title>${escapeHtml(options.title)}</title>${parts.join('')}${legend}</svg>`;
}

export interface HorizontalBar {
  readonly label: string;
  readonly value: number | null;
  readonly note: string;
}

/** Horizontal bars on a fixed scale (ratings 1-5 per operator), each with a note (how many rated). */
export function horizontalBars(options: {
  readonly title: string;
  readonly bars: readonly HorizontalBar[];
  readonly min: number;
  readonly max: number;
  readonly color: string;
}): string {
  const rowHeight = 26;
  const labelWidth = 150;
  const barArea = WIDTH - labelWidth - 200;
  const height = Math.max(1, options.bars.length) * rowHeight + 20;
  const rows = options.bars.map((bar, index) => {
    const top = 10 + index * rowHeight;
    const share = bar.value === null ? 0 : (bar.value - options.min) / (options.max - options.min);
    const width = Math.max(0, Math.min(1, share)) * barArea;
    return [
      `<text x="${labelWidth - 8}" y="${top + 15}" text-anchor="end" class="axis">${escapeHtml(bar.label)}</text>`,
      `<rect x="${labelWidth}" y="${top + 3}" width="${barArea}" height="16" class="track"/>`,
      `<rect x="${labelWidth}" y="${top + 3}" width="${width.toFixed(1)}" height="16" fill="${options.color}"><title>${escapeHtml(`${bar.label}: ${bar.value === null ? 'no ratings' : bar.value.toFixed(2)}`)}</title></rect>`,
      `<text x="${labelWidth + barArea + 8}" y="${top + 15}" class="value">${bar.value === null ? '–' : bar.value.toFixed(2)} ${escapeHtml(bar.note)}</text>`,
    ].join('');
  });
  return `<svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(options.title)}" class="chart"><title>${escapeHtml(options.title)}</title>${rows.join('')}</svg>`;
}
