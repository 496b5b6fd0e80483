import { useEffect, useState } from 'preact/hooks';
import type { ApiClient, SearchHit } from '../../api/client';
import type { PracticeAnswer, PracticeResult } from './quality-api';
import { useQualityStrings } from './strings';

/** What the trainee has done so far in a practice call, and how to change it. */
export interface PracticeAnswerState {
  readonly answer: PracticeAnswer;
  update(change: Partial<PracticeAnswer>): void;
}

export const NO_ANSWER: PracticeAnswer = {
  articlesOpened: [],
  referral: null,
  registered: false,
  urgent: false,
  transferredTo1414: false,
};

/**
 * The call's actions in practice: the body to refer to (searched in the real referral directory), register,
 * and on 111 urgent and the transfer to 1414. Recorded here, never sent: practice makes no appeals or alerts.
 */
export function PracticeAnswerPanel(props: {
  api: ApiClient;
  hotline: string;
  state: PracticeAnswerState;
  /** Shown when the score comes from a button (text practice); a simulated call is scored when it ends. */
  onFinish?: () => void;
  disabled?: boolean;
}) {
  const { q } = useQualityStrings();
  const { answer, update } = props.state;
  const [referralQuery, setReferralQuery] = useState('');
  const [bodies, setBodies] = useState<SearchHit[]>([]);

  useEffect(() => {
    if (referralQuery.trim().length < 2) return setBodies([]);
    const controller = new AbortController();
    props.api
      .search(referralQuery, { kind: 'referral', limit: 5 }, controller.signal)
      .then(setBodies, () => {});
    return () => controller.abort();
  }, [referralQuery]);

  return (
    <section class="card" aria-labelledby="practice-answer">
      <h2 id="practice-answer">{q.yourAnswer}</h2>
      <fieldset class="practice-actions" disabled={props.disabled}>
        <p>
          {q.articlesOpened}:{' '}
          <span data-testid="practice-opened">{answer.articlesOpened.join(', ') || '—'}</span>
        </p>
        <label>
          {q.referralBody}
          <input
            type="search"
            value={referralQuery}
            onInput={(e) => setReferralQuery((e.target as HTMLInputElement).value)}
          />
        </label>
        <ul class="results" data-testid="practice-bodies">
          {bodies.map((body) => (
            <li key={body.id}>
              <button
                type="button"
                class="result"
                aria-pressed={answer.referral === body.id}
                onClick={() => update({ referral: body.id })}
              >
                <strong>{body.title}</strong>
              </button>
            </li>
          ))}
        </ul>
        <p>
          {q.chosenBody}: <strong data-testid="practice-referral">{answer.referral ?? q.none}</strong>
          {answer.referral && (
            <button type="button" onClick={() => update({ referral: null })}>
              {q.none}
            </button>
          )}
        </p>
        <label class="check">
          <input
            type="checkbox"
            checked={answer.registered}
            onChange={() => update({ registered: !answer.registered })}
          />{' '}
          {q.registerAppeal}
        </label>
        {props.hotline === '111' && (
          <>
            <label class="check">
              <input
                type="checkbox"
                checked={answer.urgent}
                onChange={() => update({ urgent: !answer.urgent })}
              />{' '}
              {q.urgent}
            </label>
            <label class="check">
              <input
                type="checkbox"
                checked={answer.transferredTo1414}
                onChange={() => update({ transferredTo1414: !answer.transferredTo1414 })}
              />{' '}
              {q.transfer1414}
            </label>
          </>
        )}
      </fieldset>
      {props.onFinish && (
        <button type="button" class="primary" onClick={props.onFinish} disabled={props.disabled}>
          {q.finish}
        </button>
      )}
    </section>
  );
}

/** The score of a practice call, check by check. */
export function PracticeResultView(props: { result: PracticeResult }) {
  const { q } = useQualityStrings();
  const { result } = props;
  return (
    <section class="card practice-result" data-testid="practice-result" aria-live="polite">
      <h3>
        {q.result}: {result.score.percent}%{result.score.criticalFail && ` — ${q.criticalFail}`}
      </h3>
      <ul>
        {result.checks.map((check) => (
          <li key={check.question}>
            {check.met === true ? '✔' : check.met === 'na' ? '–' : '✘'}{' '}
            {q.question[check.question] ?? check.question}:{' '}
            {check.met === 'na' ? q.na : check.met ? q.met : q.notMet} ({q.expected} {check.expected}, {q.got}{' '}
            {check.actual})
          </li>
        ))}
      </ul>
    </section>
  );
}
