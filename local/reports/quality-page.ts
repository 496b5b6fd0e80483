import { hasUrgentClock, type QualityReport, type SlaSummary } from '../../functions/sla/domain/quality';
import { barChart, escapeHtml, horizontalBars } from './svg-charts';

/**
 * The local `/reports` page: the quality report of one hotline as charts supervisors can take in at a glance
 * (average wait against the target, SLA met %, ratings per operator), the appeals open and overdue now, and
 * the figures underneath.
 */

const COLORS = {
  wait: '#2f6db5',
  over: '#c2410c',
  appeals: '#15803d',
  recordings: '#7c3aed',
  rating: '#b45309',
};

const figure = (value: number | null, digits: number, suffix = '') =>
  value === null ? '–' : `${value.toFixed(digits)}${suffix}`;

function slaText(sla: SlaSummary): string {
  return `${figure(sla.metPercent, 1, ' %')} <small>(${sla.met} met, ${sla.breached} breached${sla.late ? `, ${sla.late} late` : ''})</small>`;
}

export interface PageOptions {
  readonly hotlines: readonly string[];
  readonly generatedAt: string;
  /** The staffing heat map of the same days (HTML), or a note why there is none. */
  readonly staffing?: string;
}

export function renderQualityPage(report: QualityReport, options: PageOptions): string {
  const { totals } = report;
  const days = report.days.map((day) => day.day);
  const target = report.averageWaitTargetSeconds;
  const waitVerdict =
    totals.calls.withinTarget === null
      ? 'no answered calls'
      : totals.calls.withinTarget
        ? 'within target'
        : 'above target';
  const links = options.hotlines
    .map((hotline) =>
      hotline === report.hotline
        ? `<strong>${escapeHtml(hotline)}</strong>`
        : `<a href="?hotline=${encodeURIComponent(hotline)}&amp;from=${report.from}&amp;to=${report.to}">${escapeHtml(hotline)}</a>`,
    )
    .join(' · ');
  const dayRows = report.days
    .map(
      (day) =>
        `<tr><td>${day.day}</td><td>${day.calls.queued}</td><td>${day.calls.answered}</td><td>${day.calls.abandoned}</td><td>${day.calls.callbacks}</td><td class="${day.calls.withinTarget === false ? 'bad' : ''}">${figure(day.calls.averageWaitSeconds, 1, ' s')}</td><td>${figure(day.calls.averageWaitWithoutCallbacksSeconds, 1, ' s')}</td><td>${figure(day.sla.appeals.metPercent, 1, ' %')}</td><td>${figure(day.sla.recordings.metPercent, 1, ' %')}</td><td>${figure(day.ratings.average, 2)}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Quality ${escapeHtml(report.hotline)}: ${report.from} to ${report.to}</title>
<style>
  body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 980px; padding: 16px 24px; color: #1f2937; }
  h1 { font-size: 1.4rem; margin-bottom: 0.2rem; } h2 { font-size: 1.1rem; margin: 1.6rem 0 0.4rem; }
  .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px; margin: 12px 0; }
  .tile { border: 1px solid #e5e7eb; border-radius: 8px; padding: 10px 14px; } .tile b { display: block; font-size: 1.5rem; } .tile b small { font-size: 0.8rem; font-weight: normal; }
  .chart { width: 100%; height: auto; } .grid { stroke: #e5e7eb; } .axis { font-size: 11px; fill: #4b5563; }
  .value { font-size: 10px; fill: #111827; } .target { stroke: #c2410c; stroke-width: 2; stroke-dasharray: 6 4; }
  .target-label { font-size: 12px; fill: #c2410c; font-weight: 600; } .track { fill: #f3f4f6; }
  table { border-collapse: collapse; width: 100%; font-size: 13px; } th, td { padding: 4px 8px; border-bottom: 1px solid #e5e7eb; text-align: right; }
  th:first-child, td:first-child { text-align: left; } .bad { color: #c2410c; font-weight: 600; } small { color: #6b7280; }
  form { margin: 8px 0; } input { font: inherit; }
  .heatmap td.heat { text-align: center; padding: 3px 0; min-width: 26px; } .heatmap caption { text-align: left; font-size: 13px; color: #4b5563; }
</style>
</head>
<body>
<h1>Service quality, hotline ${escapeHtml(report.hotline)}</h1>
<p>Almaty days ${report.from} to ${report.to}. Hotline: ${links}.</p>
<form method="get"><input type="hidden" name="hotline" value="${escapeHtml(report.hotline)}">
From <input type="date" name="from" value="${report.from}"> to <input type="date" name="to" value="${report.to}"> <button>Show</button></form>
<div class="tiles">
  <div class="tile">Average wait<b class="${totals.calls.withinTarget === false ? 'bad' : ''}">${figure(totals.calls.averageWaitSeconds, 1, ' s')}</b>target ${target} s, ${waitVerdict}; ${figure(totals.calls.averageWaitWithoutCallbacksSeconds, 1, ' s')} without callbacks</div>
  <div class="tile">Calls<b>${totals.calls.queued}</b>${totals.calls.answered} answered, ${totals.calls.abandoned} abandoned</div>
  <div class="tile">Callbacks<b>${totals.calls.callbacks}</b>${totals.calls.callbacksAnswered} taken by an operator</div>
  <div class="tile">Appeals open now<b class="${report.backlog.overdue > 0 ? 'bad' : ''}">${report.backlog.open}</b>${report.backlog.overdue} overdue <small>(counted ${escapeHtml(report.backlog.countedAt)})</small></div>
  <div class="tile">Appeals SLA met<b>${slaText(totals.sla.appeals)}</b></div>
  <div class="tile">Recordings SLA met<b>${slaText(totals.sla.recordings)}</b></div>
  ${hasUrgentClock(report) ? `<div class="tile">Urgent cases acknowledged in time<b>${slaText(totals.sla.urgentAcks)}</b></div>` : ''}
  <div class="tile">Average rating<b>${figure(totals.ratings.average, 2)}</b>${totals.ratings.rated} rated, ${totals.ratings.declined} declined</div>
</div>
<h2>Average wait per day against ${target} s</h2>
${barChart({
  title: `Average wait per day (seconds) against the ${target}-second target`,
  categories: days,
  series: [
    {
      label: 'Average wait (s)',
      color: COLORS.wait,
      values: report.days.map((day) => day.calls.averageWaitSeconds),
    },
  ],
  target: { value: target, label: `target ${target} s` },
  overTargetColor: COLORS.over,
  unit: ' s',
})}
<h2>SLA met % per day</h2>
${barChart({
  title: 'SLA met % per day, appeals and recording requests',
  categories: days,
  series: [
    { label: 'Appeals', color: COLORS.appeals, values: report.days.map((day) => day.sla.appeals.metPercent) },
    {
      label: 'Recording requests',
      color: COLORS.recordings,
      values: report.days.map((day) => day.sla.recordings.metPercent),
    },
  ],
  max: 100,
  unit: ' %',
})}
<h2>Ratings per operator (1 to 5)</h2>
${
  report.operators.length === 0
    ? '<p>No post-call ratings in this period.</p>'
    : horizontalBars({
        title: 'Average post-call rating per operator',
        bars: report.operators.map((entry) => ({
          label: entry.operator,
          value: entry.average,
          note: `(${entry.rated} rated${entry.declined ? `, ${entry.declined} declined` : ''})`,
        })),
        min: 1,
        max: 5,
        color: COLORS.rating,
      })
}
${options.staffing === undefined ? '' : `<h2>Staffing plan</h2>\n${options.staffing}`}
<h2>Per day</h2>
<table><thead><tr><th>Day</th><th>Queued</th><th>Answered</th><th>Abandoned</th><th>Callbacks</th><th>Avg wait</th><th>Without callbacks</th><th>Appeals SLA</th><th>Recordings SLA</th><th>Rating</th></tr></thead><tbody>${dayRows}</tbody></table>
<h2>Ratings per queue</h2>
<table><thead><tr><th>Queue</th><th>Rated</th><th>Declined</th><th>Average</th></tr></thead><tbody>${report.queues
    .map(
      (entry) =>
        `<tr><td>${escapeHtml(entry.queue)}</td><td>${entry.rated}</td><td>${entry.declined}</td><td>${figure(entry.average, 2)}</td></tr>`,
    )
    .join('')}</tbody></table>
<p><small>Generated ${escapeHtml(options.generatedAt)} by the local runtime from GET /reports/quality. The same figures: <code>npm run report -- quality --hotline ${escapeHtml(report.hotline)} --from ${report.from} --to ${report.to}</code>.</small></p>
</body>
</html>
`;
}
