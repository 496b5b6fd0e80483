import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * `npm run bench:chart`: the growth curves of `bench/results/latest.json` as an SVG for the docs
 * (`docs/images/bench-kb-growth.svg`): knowledge-base search p50 and p99 and heap against the number of
 * articles, ours next to MiniSearch, on logarithmic axes. Drawn from the figures of the last `npm run bench`,
 * so the picture is never older than the table.
 */
interface SizeFigures {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly heapMb: number;
  readonly minisearch: { readonly p50Ms: number; readonly p99Ms: number; readonly heapMb: number };
}

interface Series {
  readonly label: string;
  readonly colour: string;
  readonly dashed?: boolean;
  readonly points: ReadonlyArray<readonly [number, number]>;
}

const WIDTH = 360;
const HEIGHT = 240;
const MARGIN = { left: 52, right: 12, top: 28, bottom: 40 };

function logScale(values: readonly number[], from: number, to: number) {
  const positive = values.filter((value) => value > 0);
  const low = Math.floor(Math.log10(Math.min(...positive)));
  const high = Math.ceil(Math.log10(Math.max(...positive)));
  const span = Math.max(1, high - low);
  return {
    at: (value: number) => from + ((Math.log10(Math.max(value, 10 ** low)) - low) / span) * (to - from),
    ticks: Array.from({ length: span + 1 }, (_, index) => 10 ** (low + index)),
  };
}

function tickLabel(value: number): string {
  if (value >= 1000) return `${value / 1000}k`;
  return value >= 1 ? String(value) : String(Number(value.toPrecision(1)));
}

/** One panel: log-log axes, a line per series, a legend. */
function panel(title: string, unit: string, series: readonly Series[], offsetX: number): string {
  const xs = series.flatMap((line) => line.points.map(([x]) => x));
  const ys = series.flatMap((line) => line.points.map(([, y]) => y));
  const x = logScale(xs, MARGIN.left, WIDTH - MARGIN.right);
  const y = logScale(ys, HEIGHT - MARGIN.bottom, MARGIN.top);
  const parts: string[] = [
    `<g transform="translate(${offsetX},0)">`,
    `<text x="${WIDTH / 2}" y="16" text-anchor="middle" font-weight="bold">${title}</text>`,
    `<text x="12" y="${HEIGHT / 2}" transform="rotate(-90 12 ${HEIGHT / 2})" text-anchor="middle">${unit}</text>`,
    `<text x="${WIDTH / 2}" y="${HEIGHT - 6}" text-anchor="middle">articles</text>`,
  ];
  for (const tick of y.ticks) {
    const at = y.at(tick).toFixed(1);
    parts.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${at}" y2="${at}" stroke="#ddd"/>`,
      `<text x="${MARGIN.left - 4}" y="${at}" text-anchor="end" dominant-baseline="middle">${tickLabel(tick)}</text>`,
    );
  }
  for (const tick of [...new Set(xs)]) {
    const at = x.at(tick).toFixed(1);
    parts.push(
      `<text x="${at}" y="${HEIGHT - MARGIN.bottom + 14}" text-anchor="middle">${tickLabel(tick)}</text>`,
    );
  }
  series.forEach((line, index) => {
    const points = line.points.map(([px, py]) => `${x.at(px).toFixed(1)},${y.at(py).toFixed(1)}`).join(' ');
    parts.push(
      `<polyline points="${points}" fill="none" stroke="${line.colour}" stroke-width="2"${
        line.dashed ? ' stroke-dasharray="5 3"' : ''
      }/>`,
      ...line.points.map(
        ([px, py]) =>
          `<circle cx="${x.at(px).toFixed(1)}" cy="${y.at(py).toFixed(1)}" r="3" fill="${line.colour}"/>`,
      ),
      `<text x="${MARGIN.left + 6}" y="${MARGIN.top + 12 + index * 14}" fill="${line.colour}">${line.label}</text>`,
    );
  });
  parts.push('</g>');
  return parts.join('\n');
}

export function kbGrowthSvg(sizes: Readonly<Record<string, SizeFigures>>): string {
  const entries = Object.entries(sizes)
    .map(([articles, figures]) => [Number(articles), figures] as const)
    .sort(([a], [b]) => a - b);
  const line = (label: string, colour: string, pick: (f: SizeFigures) => number, dashed = false): Series => ({
    label,
    colour,
    dashed,
    points: entries.map(([articles, figures]) => [articles, pick(figures)] as const),
  });
  const latency = panel(
    'Search latency',
    'ms (log)',
    [
      line('ours p99', '#1b5e20', (f) => f.p99Ms),
      line('ours p50', '#1b5e20', (f) => f.p50Ms, true),
      line('MiniSearch p99', '#b71c1c', (f) => f.minisearch.p99Ms),
      line('MiniSearch p50', '#b71c1c', (f) => f.minisearch.p50Ms, true),
    ],
    0,
  );
  const heap = panel(
    'Index heap',
    'MB (log)',
    [line('ours', '#1b5e20', (f) => f.heapMb), line('MiniSearch', '#b71c1c', (f) => f.minisearch.heapMb)],
    WIDTH,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH * 2}" height="${HEIGHT}" viewBox="0 0 ${WIDTH * 2} ${HEIGHT}" font-family="sans-serif" font-size="11" role="img" aria-label="Knowledge-base search latency and heap against the number of articles, ours and MiniSearch">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    latency,
    heap,
    '</svg>',
    '',
  ].join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.join(import.meta.dirname, '..');
  const latest = JSON.parse(fs.readFileSync(path.join(root, 'bench', 'results', 'latest.json'), 'utf8')) as {
    kb: { sizes: Record<string, SizeFigures> };
  };
  const file = path.join(root, 'docs', 'images', 'bench-kb-growth.svg');
  fs.writeFileSync(file, kbGrowthSvg(latest.kb.sizes));
  console.log(JSON.stringify({ chart: path.relative(root, file) }));
}
