import { useEffect, useState } from 'preact/hooks';
import { EvaluationPanel } from './EvaluationPanel';
import { currentWeek, type EvaluationForm, type QualityApi, type WeekCall } from './quality-api';
import { useQualityStrings } from './strings';

/** The supervisor's week of calls: the sample marked, the caller's rating, the score once evaluated. */
export function EvaluateCalls({ api }: { api: QualityApi }) {
  const { q } = useQualityStrings();
  const [week, setWeek] = useState(currentWeek());
  const [shown, setShown] = useState(week);
  const [calls, setCalls] = useState<WeekCall[] | null>(null);
  const [form, setForm] = useState<EvaluationForm | null>(null);
  const [chosen, setChosen] = useState<WeekCall | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const load = (target: string) =>
    api.calls(target).then(
      (answer) => {
        setCalls(answer.calls);
        setShown(answer.week);
        setProblem(null);
      },
      (error: Error) => setProblem(error.message),
    );
  useEffect(() => {
    void load(week);
    void api.form().then(setForm, (error: Error) => setProblem(error.message));
  }, []);

  return (
    <div class="quality-evaluate">
      <section class="card" aria-labelledby="calls-title">
        <h2 id="calls-title">
          {q.callsToEvaluate} {shown}
        </h2>
        <form
          class="week-picker"
          onSubmit={(event) => {
            event.preventDefault();
            void load(week);
          }}
        >
          <label>
            {q.week}{' '}
            <input
              value={week}
              pattern="\d{4}-W\d{2}"
              size={9}
              onInput={(e) => setWeek((e.target as HTMLInputElement).value)}
            />
          </label>
          <button type="submit">{q.show}</button>
        </form>
        {problem && (
          <p role="alert" class="problem">
            {problem}
          </p>
        )}
        {calls?.length === 0 && <p class="hint">{q.noCalls}</p>}
        {calls && calls.length > 0 && (
          <>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable from the keyboard to scroll it (axe: scrollable-region-focusable) */}
            <section class="table-scroll" tabIndex={0} aria-labelledby="calls-title">
              <table data-testid="quality-calls">
                <thead>
                  <tr>
                    <th scope="col">{q.operator}</th>
                    <th scope="col">{q.day}</th>
                    <th scope="col">{q.rating}</th>
                    <th scope="col">{q.sampled}</th>
                    <th scope="col">{q.score}</th>
                    <th scope="col">
                      <span class="visually-hidden">{q.evaluate}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {calls.map((call) => (
                    <tr key={call.contactId} class={chosen?.contactId === call.contactId ? 'chosen' : ''}>
                      <td>{call.operator}</td>
                      <td>{call.initiatedAt.slice(0, 16).replace('T', ' ')}</td>
                      <td>
                        {call.rating ?? '—'}
                        {call.transferred && <small> ({q.transferred})</small>}
                      </td>
                      <td>{call.sampled ? q.reason[call.sampled] : ''}</td>
                      <td>{call.evaluation ? `${call.evaluation.percent}%` : ''}</td>
                      <td>
                        <button
                          type="button"
                          onClick={() => setChosen(call)}
                          aria-label={`${q.evaluate} ${call.operator} ${call.initiatedAt.slice(11, 16)}`}
                        >
                          {q.evaluate}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </>
        )}
      </section>
      {chosen && form && (
        <EvaluationPanel
          key={chosen.contactId}
          api={api}
          form={form}
          call={chosen}
          week={shown}
          onSaved={() => void load(shown)}
        />
      )}
    </div>
  );
}
