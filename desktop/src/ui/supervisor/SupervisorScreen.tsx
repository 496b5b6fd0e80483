import { useEffect, useState } from 'preact/hooks';
import type { DesktopConfig } from '../../../../contracts/desktop-config';
import type { ApiClient, Backlog, LiveQueues, QualityReport } from '../../api/client';
import type { SignedFetch } from '../../api/signed-fetch';
import { useI18n } from '../../i18n';
import { registrationNumber } from '../format';
import { QualityChart } from './QualityChart';
import { StaffingHeatmap } from './StaffingHeatmap';

const today = () => new Date(Date.now() + 5 * 3600_000).toISOString().slice(0, 10);
const daysAgo = (days: number) =>
  new Date(Date.now() + 5 * 3600_000 - days * 86_400_000).toISOString().slice(0, 10);

/** Polls `load` every `ms` while the screen is open. */
function usePolled<T>(load: () => Promise<T>, ms: number): { value: T | null; problem: string | null } {
  const [value, setValue] = useState<T | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let stopped = false;
    const tick = () =>
      load().then(
        (next) => {
          if (!stopped) {
            setValue(next);
            setProblem(null);
          }
        },
        (error: Error) => !stopped && setProblem(error.message),
      );
    void tick();
    const timer = setInterval(tick, ms);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);
  return { value, problem };
}

const when = (iso: string | undefined) => (iso ? iso.slice(0, 16).replace('T', ' ') : '—');

/** The supervisor's screen: the queue now, today's quality, the appeal backlog and urgent cases. */
export function SupervisorScreen({ api }: { config: DesktopConfig; api: ApiClient; signed: SignedFetch }) {
  const { t } = useI18n();
  const live = usePolled<LiveQueues>(api.liveQueues, 3000);
  const backlog = usePolled<Backlog>(api.backlog, 15000);
  const quality = usePolled<QualityReport>(() => api.quality(daysAgo(6), today()), 60000);
  const totals = live.value?.totals;

  return (
    <div class="supervisor">
      <section class="card" aria-labelledby="live-title">
        <h2 id="live-title">{t.liveQueue}</h2>
        {live.problem && (
          <p role="alert" class="problem">
            {live.problem}
          </p>
        )}
        <div class="figures" data-testid="live-queue">
          <div class="figure">
            {t.waiting}
            <span class="value" data-testid="waiting">
              {totals?.waiting ?? '…'}
            </span>
          </div>
          <div class={`figure ${totals?.overTarget ? 'bad' : ''}`}>
            {t.oldestWait}
            <span class="value" data-testid="oldest-wait">
              {totals ? `${totals.oldestWaitSeconds} ${t.seconds}` : '…'}
            </span>
            <small>
              {t.target} {live.value?.targetSeconds ?? 40} {t.seconds}
            </small>
          </div>
          <div class="figure">
            {t.agentsAvailable}
            <span class="value" data-testid="agents-available">
              {totals?.agentsAvailable ?? '…'}
            </span>
          </div>
        </div>
        <table>
          <caption class="hint">{t.queue}</caption>
          <thead>
            <tr>
              <th scope="col">{t.queue}</th>
              <th scope="col">{t.waiting}</th>
              <th scope="col">{t.oldestWait}</th>
            </tr>
          </thead>
          <tbody>
            {live.value?.queues.map((queue) => (
              <tr key={queue.queue}>
                <td>{queue.queue}</td>
                <td>{queue.waiting}</td>
                <td>{queue.oldestWaitSeconds}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section class="card" aria-labelledby="quality-title">
        <h2 id="quality-title">{t.quality}</h2>
        {quality.problem && (
          <p role="alert" class="problem">
            {quality.problem}
          </p>
        )}
        {quality.value && (
          <>
            <dl class="facts">
              <dt>{t.answered}</dt>
              <dd>{quality.value.days.at(-1)?.calls.answered ?? 0}</dd>
              <dt>{t.abandoned}</dt>
              <dd>{quality.value.days.at(-1)?.calls.abandoned ?? 0}</dd>
              <dt>{t.averageRating}</dt>
              <dd>{quality.value.days.at(-1)?.ratings.average ?? '—'}</dd>
              <dt>{t.backlog}</dt>
              <dd>
                {quality.value.backlog.open} / {quality.value.backlog.overdue}
              </dd>
            </dl>
            <QualityChart report={quality.value} />
          </>
        )}
      </section>
      <section class="card" aria-labelledby="backlog-title">
        <h2 id="backlog-title">{t.backlog}</h2>
        {backlog.problem && (
          <p role="alert" class="problem">
            {backlog.problem}
          </p>
        )}
        <h3>{t.urgentAwaiting}</h3>
        <ul data-testid="urgent-awaiting">
          {backlog.value?.urgentAwaitingAck.length === 0 && <li class="hint">—</li>}
          {backlog.value?.urgentAwaitingAck.map((appeal) => (
            <li key={appeal.number} class={appeal.ackOverdue ? 'urgent-flag' : ''}>
              <strong>{registrationNumber(appeal.number)}</strong> · {t.deadline}:{' '}
              {when(appeal.urgentAckDeadline)}
            </li>
          ))}
        </ul>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable from the keyboard to scroll it (axe: scrollable-region-focusable) */}
        <section class="scroll" tabIndex={0} aria-label={t.backlog}>
          <table data-testid="backlog">
            <thead>
              <tr>
                <th scope="col">{t.appealNumber}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.deadline}</th>
              </tr>
            </thead>
            <tbody>
              {backlog.value?.appeals.map((appeal) => (
                <tr key={appeal.number} class={appeal.overdue ? 'urgent-flag' : ''}>
                  <td>{registrationNumber(appeal.number)}</td>
                  <td>{t.statuses[appeal.status] ?? appeal.status}</td>
                  <td>{when(appeal.deadline)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </section>
      <StaffingHeatmap api={api} loggedIn={totals?.agentsOnline ?? null} />
    </div>
  );
}
