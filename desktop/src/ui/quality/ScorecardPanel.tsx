import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { currentWeek, type QualityApi, type Scorecard } from './quality-api';
import { useQualityStrings } from './strings';

const show = (value: number | null, unit = '') => (value === null ? '—' : `${value}${unit}`);
const change = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : ` (${value >= 0 ? '+' : ''}${value})`;

/** Team averages per week (uPlot): the caller rating on its own 1-5 scale, the scores in percent. */
function ScorecardChart({ card }: { card: Scorecard }) {
  const { q } = useQualityStrings();
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    const weeks = card.series.map((_, index) => index + 1);
    const plot = new uPlot(
      {
        width: Math.max(320, host.current.clientWidth - 8),
        height: 190,
        scales: { x: { time: false }, r: { range: [1, 5] }, '%': { range: [0, 100] } },
        series: [
          { label: q.week, value: (_u, value) => card.series[value - 1]?.week ?? '' },
          { label: q.averageRating, stroke: '#0b5cad', width: 2, scale: 'r' },
          { label: q.evaluationScore, stroke: '#1e6b34', width: 2, scale: '%' },
          { label: q.practiceScore, stroke: '#8a4b00', width: 2, dash: [4, 4], scale: '%' },
          { label: q.slaInTimeScore, stroke: '#6b2c91', width: 2, dash: [1, 3], scale: '%' },
        ],
        axes: [
          { values: (_u, ticks) => ticks.map((tick) => card.series[tick - 1]?.week.slice(5) ?? '') },
          { scale: 'r', label: q.averageRating },
          { scale: '%', side: 1, grid: { show: false } },
        ],
      },
      [
        weeks,
        card.series.map((row) => row.ratings.average),
        card.series.map((row) => row.evaluations.average),
        card.series.map((row) => row.practice.average),
        card.series.map((row) => row.appeals.slaMetPercent),
      ],
      host.current,
    );
    return () => plot.destroy();
  }, [card, q]);
  return <div ref={host} class="chart" role="img" aria-label={q.chartLabel} />;
}

/** The scorecard per operator and the team, the change against last week, the chart and the CSV. */
export function ScorecardPanel({ api }: { api: QualityApi }) {
  const { q } = useQualityStrings();
  const [card, setCard] = useState<Scorecard | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    api.scorecard(currentWeek()).then(setCard, (error: Error) => setProblem(error.message));
  }, []);
  const download = () => {
    if (!card) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([card.csv], { type: 'text/csv;charset=utf-8' }));
    link.download = `scorecard-${card.week}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <section class="card scorecard" aria-labelledby="scorecard-title">
      <h2 id="scorecard-title">
        {q.scorecard} {card?.week}
      </h2>
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
      {card && (
        <>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable from the keyboard to scroll it (axe: scrollable-region-focusable) */}
          <section class="table-scroll" tabIndex={0} aria-labelledby="scorecard-title">
            <table data-testid="scorecard">
              <thead>
                <tr>
                  <th scope="col">{q.operator}</th>
                  <th scope="col">{q.calls}</th>
                  <th scope="col">{q.handleTime}</th>
                  <th scope="col">{q.rating}</th>
                  <th scope="col">{q.transferredRatings}</th>
                  <th scope="col">{q.evaluations}</th>
                  <th scope="col">{q.practice}</th>
                  <th scope="col">{q.appealsRegistered}</th>
                </tr>
              </thead>
              <tbody>
                {card.rows.map((row) => {
                  const trend = card.trends[row.operator];
                  return (
                    <tr key={row.operator} class={row.operator === 'TEAM' ? 'team' : ''}>
                      <th scope="row">{row.operator === 'TEAM' ? q.team : row.operator}</th>
                      <td>{row.calls}</td>
                      <td>{show(row.averageHandleSeconds)}</td>
                      <td>
                        {show(row.ratings.average)}
                        {change(trend?.ratingChange)} · n={row.ratings.count}
                      </td>
                      <td>
                        {show(row.transferredRatings.average)} · n={row.transferredRatings.count}
                      </td>
                      <td>
                        {show(row.evaluations.average, '%')}
                        {change(trend?.evaluationChange)} · n={row.evaluations.count}
                        {row.evaluations.criticalFails > 0 &&
                          ` · ${row.evaluations.criticalFails} ${q.critical}`}
                      </td>
                      <td>
                        {show(row.practice.average, '%')} · n={row.practice.count}
                      </td>
                      <td data-testid="scorecard-appeals">
                        {row.appeals.registered}
                        {change(trend?.appealsChange)}
                        {row.appeals.registered > 0 &&
                          ` · ${row.appeals.slaMet} ${q.slaInTime} · ${row.appeals.slaBreached} ${q.slaLate} · ${row.appeals.slaOpen} ${q.slaOpen}`}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
          <ScorecardChart card={card} />
          <button type="button" onClick={download}>
            {q.downloadCsv}
          </button>
        </>
      )}
    </section>
  );
}
