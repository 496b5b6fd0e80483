import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { QualityReport } from '../../api/client';
import { useI18n } from '../../i18n';

/** Calls answered and abandoned per day, and the average wait against the target, drawn by uPlot. */
export function QualityChart({ report }: { report: QualityReport }) {
  const { t } = useI18n();
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    const days = report.days.map((day) => Date.parse(`${day.day}T12:00:00Z`) / 1000);
    const plot = new uPlot(
      {
        width: Math.max(320, host.current.clientWidth - 8),
        height: 200,
        series: [
          { label: t.day },
          { label: t.answered, stroke: '#1e6b34', width: 2 },
          { label: t.abandoned, stroke: '#b3261e', width: 2 },
          { label: `${t.averageWait} (${t.seconds})`, stroke: '#0b5cad', dash: [4, 4], scale: 's' },
        ],
        axes: [{}, { label: t.answered }, { side: 1, scale: 's', grid: { show: false } }],
      },
      [
        days,
        report.days.map((day) => day.calls.answered),
        report.days.map((day) => day.calls.abandoned),
        report.days.map((day) => day.calls.averageWaitSeconds),
      ],
      host.current,
    );
    return () => plot.destroy();
  }, [report, t]);
  return (
    <div ref={host} class="chart" role="img" aria-label={`${t.quality}: ${t.answered}, ${t.abandoned}`} />
  );
}
