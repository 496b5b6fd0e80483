import type { WeekPlan } from '../../functions/staffing/domain/week-plan';
import { WEEKDAYS } from '../../functions/staffing/domain/week-plan';
import { escapeHtml } from './svg-charts';

/**
 * The staffing plan as a heat map: one row per weekday, one cell per Almaty hour, darker for more operators
 * needed; hovering a cell shows the calls offered and the handle time behind it.
 */
export function renderStaffingHeatmap(plan: WeekPlan): string {
  const most = Math.max(1, ...plan.hours.map((hour) => hour.agents));
  const header = Array.from({ length: 24 }, (_, hour) => `<th>${hour}</th>`).join('');
  const rows = WEEKDAYS.map((day) => {
    const cells = plan.hours
      .filter((hour) => hour.day === day)
      .map((hour) => {
        const strength = hour.agents / most;
        const background = `rgba(47, 109, 181, ${(0.08 + 0.87 * strength).toFixed(2)})`;
        const color = strength > 0.55 ? '#fff' : '#111827';
        const aht = hour.ahtSeconds === null ? '–' : `${Math.round(hour.ahtSeconds)} s`;
        const title = `${day} ${hour.hour}:00: ${hour.callsOffered.toFixed(1)} calls, handle time ${aht}, ${hour.agents} operators (${hour.scheduled} to roster)`;
        return `<td class="heat" style="background:${background};color:${color}" title="${escapeHtml(title)}">${hour.agents || ''}</td>`;
      })
      .join('');
    return `<tr><th>${day}</th>${cells}</tr>`;
  }).join('');
  const model =
    plan.model === 'erlang-a'
      ? `Erlang A, callers hang up after ${Math.round(plan.patienceSeconds ?? 0)} s on average`
      : 'Erlang C, assumes nobody hangs up';
  return `<table class="heatmap"><caption>Operators needed on the phones per hour of the week (Almaty), for an average wait of at most ${plan.targetWaitSeconds} s (${escapeHtml(model)})</caption><thead><tr><th></th>${header}</tr></thead><tbody>${rows}</tbody></table>
<p>Week: <b>${plan.operatorHours}</b> operator-hours on the phones, <b>${plan.scheduledOperatorHours}</b> to roster with ${Math.round(plan.shrinkage * 100)} % shrinkage. <small>Calls offered and handle time averaged over the weeks of ${plan.from} to ${plan.to}; see docs/callback-and-staffing.md.</small></p>`;
}
