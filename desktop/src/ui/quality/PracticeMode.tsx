import { useEffect, useRef, useState } from 'preact/hooks';
import type { DesktopConfig } from '../../../../contracts/desktop-config';
import type { ApiClient, SearchHit } from '../../api/client';
import { KnowledgePanel } from '../operator/KnowledgePanel';
import type { PracticeResult, QualityApi, Scenario } from './quality-api';
import { useQualityStrings } from './strings';

/**
 * Practice calls: the trainee picks a scenario, hears it as text (language, menu keys, what the caller says),
 * answers with the real knowledge-base panel and the actions of a call (refer, register, urgent, transfer to
 * 1414; recorded here, not sent, so practice never makes real appeals or alerts), and gets the score.
 */
export function PracticeMode(props: { config: DesktopConfig; api: ApiClient; quality: QualityApi }) {
  const { q, lang } = useQualityStrings();
  const [scenarios, setScenarios] = useState<Scenario[]>([]);
  const [chosenId, setChosenId] = useState('');
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [opened, setOpened] = useState<string[]>([]);
  const [referral, setReferral] = useState<string | null>(null);
  const [referralQuery, setReferralQuery] = useState('');
  const [bodies, setBodies] = useState<SearchHit[]>([]);
  const [registered, setRegistered] = useState(false);
  const [urgent, setUrgent] = useState(false);
  const [transferred, setTransferred] = useState(false);
  const [result, setResult] = useState<PracticeResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    props.quality.scenarios().then(
      (list) => {
        setScenarios(list);
        setChosenId(list[0]?.id ?? '');
      },
      (error: Error) => setProblem(error.message),
    );
  }, []);
  useEffect(() => {
    if (referralQuery.trim().length < 2) return setBodies([]);
    const controller = new AbortController();
    props.api
      .search(referralQuery, { kind: 'referral', limit: 5 }, controller.signal)
      .then(setBodies, () => {});
    return () => controller.abort();
  }, [referralQuery]);

  const start = () => {
    setScenario(scenarios.find((entry) => entry.id === chosenId) ?? null);
    setOpened([]);
    setReferral(null);
    setReferralQuery('');
    setRegistered(false);
    setUrgent(false);
    setTransferred(false);
    setResult(null);
    setTimeout(() => searchRef.current?.focus(), 0);
  };
  const finish = async () => {
    if (!scenario) return;
    try {
      setResult(
        await props.quality.practice(scenario.id, {
          articlesOpened: opened,
          referral,
          registered,
          urgent,
          transferredTo1414: transferred,
        }),
      );
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  return (
    <div class="practice">
      <section class="card" aria-labelledby="practice-title">
        <h2 id="practice-title">{q.scenarios}</h2>
        <label for="practice-scenario">{q.scenario}</label>
        <select
          id="practice-scenario"
          value={chosenId}
          onChange={(event) => setChosenId((event.target as HTMLSelectElement).value)}
        >
          {scenarios.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.title[lang]} ({entry.language})
            </option>
          ))}
        </select>

        <button type="button" class="primary" onClick={start} disabled={!chosenId}>
          {q.start}
        </button>
        {problem && (
          <p role="alert" class="problem">
            {problem}
          </p>
        )}
        {scenario && (
          <div class="scenario" data-testid="practice-scenario">
            <p>
              {q.callerLanguage}: <strong>{scenario.language}</strong> · {q.menuPath}:{' '}
              <strong>{scenario.menu.join(' ')}</strong> · {q.topic}: <strong>{scenario.topic}</strong>
            </p>
            <blockquote lang={scenario.language} class="caller-says">
              <span class="visually-hidden">{q.callerSays}: </span>
              {scenario.callerSays}
            </blockquote>
          </div>
        )}
      </section>
      {scenario && (
        <div class="practice-work">
          <KnowledgePanel
            api={props.api}
            callerLang={scenario.language}
            hotlineLangs={props.config.languages}
            inputRef={searchRef}
            onOpen={(article) =>
              setOpened((list) => (list.includes(article.id) ? list : [...list, article.id]))
            }
          />
          <section class="card" aria-labelledby="practice-answer">
            <h2 id="practice-answer">{q.yourAnswer}</h2>
            <p>
              {q.articlesOpened}: <span data-testid="practice-opened">{opened.join(', ') || '—'}</span>
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
                    aria-pressed={referral === body.id}
                    onClick={() => setReferral(body.id)}
                  >
                    <strong>{body.title}</strong>
                  </button>
                </li>
              ))}
            </ul>
            <p>
              {q.chosenBody}: <strong data-testid="practice-referral">{referral ?? q.none}</strong>
              {referral && (
                <button type="button" onClick={() => setReferral(null)}>
                  {q.none}
                </button>
              )}
            </p>
            <label class="check">
              <input type="checkbox" checked={registered} onChange={() => setRegistered(!registered)} />{' '}
              {q.registerAppeal}
            </label>
            {props.config.hotline === '111' && (
              <>
                <label class="check">
                  <input type="checkbox" checked={urgent} onChange={() => setUrgent(!urgent)} /> {q.urgent}
                </label>
                <label class="check">
                  <input
                    type="checkbox"
                    checked={transferred}
                    onChange={() => setTransferred(!transferred)}
                  />{' '}
                  {q.transfer1414}
                </label>
              </>
            )}
            <button type="button" class="primary" onClick={finish}>
              {q.finish}
            </button>
            {result && (
              <div class="practice-result" data-testid="practice-result">
                <h3>
                  {q.result}: {result.score.percent}%{result.score.criticalFail && ` — ${q.criticalFail}`}
                </h3>
                <ul>
                  {result.checks.map((check) => (
                    <li key={check.question}>
                      {check.met === true ? '✔' : check.met === 'na' ? '–' : '✘'}{' '}
                      {q.question[check.question] ?? check.question}:{' '}
                      {check.met === 'na' ? q.na : check.met ? q.met : q.notMet} ({q.expected}{' '}
                      {check.expected}, {q.got} {check.actual})
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
