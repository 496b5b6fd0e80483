import { useEffect, useState } from 'preact/hooks';
import type { ApiClient, StaffingPlan } from '../../api/client';
import { useI18n } from '../../i18n';
import { STAFFING_STRINGS } from './staffing-strings';

const ALMATY_OFFSET_MS = 5 * 3_600_000;
const DAY_MS = 86_400_000;
/** Four weeks of calls: each hour of the week is then the average of four. */
const PLAN_DAYS = 28;

const almatyDay = (ms: number) => new Date(ms + ALMATY_OFFSET_MS).toISOString().slice(0, 10);

/** Monday = 0 … Sunday = 6, and the hour, of now in Almaty. */
function almatyNow(): { weekday: number; hour: number } {
  const local = new Date(Date.now() + ALMATY_OFFSET_MS);
  return { weekday: (local.getUTCDay() + 6) % 7, hour: local.getUTCHours() };
}

/** Five shades, each with a text colour that keeps WCAG AA contrast: the number is always readable. */
const SHADES = [
  // No operator needed: a quieter grey that still reads at 7:1.
  { background: '#ffffff', color: '#4b5563' },
  { background: '#dbe8f6', color: '#111827' },
  { background: '#b3cdeb', color: '#111827' },
  { background: '#5d8fcb', color: '#111827' },
  { background: '#1f4e8c', color: '#ffffff' },
] as const;

function shade(agents: number, most: number) {
  if (agents <= 0) return SHADES[0];
  return SHADES[Math.min(4, Math.ceil((agents / most) * 4))] ?? SHADES[4];
}

/**
 * The staffing plan as a heat map: one row per weekday, one cell per Almaty hour with the operators needed
 * written in it (the shade only repeats the number), and the current hour marked with the operators logged in
 * now, from Connect's current metrics (`GET /queues/live`). The plan comes from `GET /staffing/plan` over the
 * last four weeks of contact records.
 */
export function StaffingHeatmap({ api, loggedIn }: { api: ApiClient; loggedIn: number | null }) {
  const { lang } = useI18n();
  const s = STAFFING_STRINGS[lang];
  const [plan, setPlan] = useState<StaffingPlan | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [now, setNow] = useState(almatyNow);

  useEffect(() => {
    let stopped = false;
    const load = () => {
      setNow(almatyNow());
      const today = Date.now();
      api.staffingPlan(almatyDay(today - (PLAN_DAYS - 1) * DAY_MS), almatyDay(today)).then(
        (next) => {
          if (stopped) return;
          setPlan(next);
          setProblem(null);
        },
        (error: Error) => !stopped && setProblem(error.message),
      );
    };
    load();
    // The plan changes slowly; the marked hour moves on the hour.
    const timer = setInterval(load, 5 * 60_000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [api]);

  const most = Math.max(1, ...(plan?.hours.map((hour) => hour.agents) ?? [0]));
  const current = plan?.hours[now.weekday * 24 + now.hour];
  const shortage = current && loggedIn !== null ? current.agents - loggedIn : null;

  return (
    <section class="card staffing" aria-labelledby="staffing-title">
      <h2 id="staffing-title">{s.title}</h2>
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
      <div class="figures" data-testid="staffing-now">
        <div class="figure">
          {s.neededNow}
          <span class="value" data-testid="staffing-needed-now">
            {current ? current.agents : '…'}
          </span>
          <small>
            {s.weekdays[now.weekday]} {String(now.hour).padStart(2, '0')}:00
          </small>
        </div>
        <div class={`figure ${shortage !== null && shortage > 0 ? 'bad' : ''}`}>
          {s.loggedInNow}
          <span class="value" data-testid="staffing-logged-in">
            {loggedIn ?? '…'}
          </span>
          <small>{shortage === null ? '' : shortage > 0 ? s.shortBy(shortage) : s.enough}</small>
        </div>
      </div>
      {!plan && !problem && <p class="hint">{s.noPlan}</p>}
      {plan && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable from the keyboard to scroll it (axe: scrollable-region-focusable)
        <section class="scroll heatmap-scroll" tabIndex={0} aria-label={s.table}>
          <table class="heatmap" data-testid="staffing-heatmap">
            <caption>{s.caption(plan.targetWaitSeconds, plan.from, plan.to)}</caption>
            <thead>
              <tr>
                <th scope="col">{s.day}</th>
                {Array.from({ length: 24 }, (_, hour) => (
                  <th scope="col" key={hour} aria-label={`${s.hour} ${hour}`}>
                    {hour}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {s.weekdays.map((day, weekday) => (
                <tr key={day}>
                  <th scope="row">{day}</th>
                  {plan.hours.slice(weekday * 24, weekday * 24 + 24).map((hour) => {
                    const isNow = weekday === now.weekday && hour.hour === now.hour;
                    const colours = shade(hour.agents, most);
                    return (
                      <td
                        key={hour.hour}
                        class={isNow ? 'now' : undefined}
                        style={colours}
                        title={s.cell(hour.agents, hour.callsOffered, isNow ? loggedIn : null)}
                        data-testid={isNow ? 'staffing-current-hour' : undefined}
                      >
                        {hour.agents}
                        {isNow && (
                          <span class="now-mark">
                            {' '}
                            ({s.now}: {loggedIn ?? '…'})
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {plan && (
        <p class="hint">
          {s.week(plan.operatorHours, plan.scheduledOperatorHours, Math.round(plan.shrinkage * 100))}
        </p>
      )}
    </section>
  );
}
