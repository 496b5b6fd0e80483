import { useEffect, useRef, useState } from 'preact/hooks';
import type { DesktopConfig } from '../../../../contracts/desktop-config';
import type { ApiClient } from '../../api/client';
import type { SignedFetch } from '../../api/signed-fetch';
import { useI18n } from '../../i18n';
import { useSharedCcp } from '../operator/ccp-context';
import './practice.css';
import { KnowledgePanel } from '../operator/KnowledgePanel';
import type { CallView } from '../operator/use-ccp';
import {
  NO_ANSWER,
  PracticeAnswerPanel,
  type PracticeAnswerState,
  PracticeResultView,
} from './PracticeAnswerPanel';
import { type PracticePhase, practiceCallOf, practiceCallsRing, startPracticeCall } from './practice-call';
import { usePracticeCallStrings } from './practice-strings';
import type { PracticeAnswer, PracticeResult, QualityApi, Scenario } from './quality-api';
import { useQualityStrings } from './strings';

/**
 * Practice calls. Locally the trainee's scenario is a call: its caller presses the scenario's keys in the
 * hotline's synthesized flows (the flow simulator of `npm run call`), and the queued call rings this trainee
 * alone in the CCP stand-in, marked as practice. The trainee accepts, reads the caller's lines, answers with
 * the real knowledge-base panel and the call's actions (recorded, never sent), hangs up, and the call is scored
 * against the scenario and the form. Where no simulator runs (AWS), the scenario is practised as text.
 */
export function PracticeMode(props: {
  config: DesktopConfig;
  api: ApiClient;
  quality: QualityApi;
  signed: SignedFetch;
  username: string;
}) {
  const { q, lang } = useQualityStrings();
  const p = usePracticeCallStrings();
  const ccp = useSharedCcp();
  const rings = practiceCallsRing(props.config) && ccp !== null;
  const [scenarios, setScenarios] = useState<Scenario[]>([]);
  const [chosenId, setChosenId] = useState('');
  /** Text practice (no simulator): the scenario chosen. */
  const [textScenario, setTextScenario] = useState<Scenario | null>(null);
  const [answer, setAnswer] = useState<PracticeAnswer>(NO_ANSWER);
  const [result, setResult] = useState<PracticeResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  /** The practice contact the trainee accepted, and the one already scored (scored once). */
  const [answeredId, setAnsweredId] = useState<string | null>(null);
  const scoredId = useRef<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const call = rings ? (ccp?.call ?? null) : null;
  const live = practiceCallOf(call, answeredId);
  const scenario = rings ? (scenarios.find((entry) => entry.id === live?.scenarioId) ?? null) : textScenario;
  const state: PracticeAnswerState = {
    answer,
    update: (change) => setAnswer((previous) => ({ ...previous, ...change })),
  };

  useEffect(() => {
    props.quality.scenarios().then(
      (list) => {
        setScenarios(list);
        setChosenId(list[0]?.id ?? '');
      },
      (error: Error) => setProblem(error.message),
    );
  }, []);

  // A new practice call starts a clean answer.
  useEffect(() => {
    if (!live) return;
    setAnswer(NO_ANSWER);
    setResult(null);
  }, [call?.id]);
  useEffect(() => {
    if (call && live?.phase === 'talking') {
      setAnsweredId(call.id);
      setTimeout(() => searchRef.current?.focus(), 0);
    }
  }, [call?.id, live?.phase]);
  // Hanging up ends the practice: score what the panels recorded, once.
  useEffect(() => {
    if (call && live?.phase === 'after-call' && scoredId.current !== call.id) {
      scoredId.current = call.id;
      void score();
    }
  }, [call?.id, live?.phase]);

  const score = async () => {
    if (!scenario) return;
    try {
      setResult(await props.quality.practice(scenario.id, answer));
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  const start = async () => {
    setProblem(null);
    setResult(null);
    setAnswer(NO_ANSWER);
    if (!rings) {
      setTextScenario(scenarios.find((entry) => entry.id === chosenId) ?? null);
      setTimeout(() => searchRef.current?.focus(), 0);
      return;
    }
    setStarting(true);
    try {
      await startPracticeCall(props.config, props.signed, chosenId, props.username);
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setStarting(false);
    }
  };

  const working = rings ? live?.phase === 'talking' || live?.phase === 'after-call' : scenario !== null;
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
        <button
          type="button"
          class="primary"
          onClick={start}
          disabled={!chosenId || starting || (rings && call !== null)}
        >
          {q.start}
        </button>
        {rings && call !== null && !live && <p class="hint">{p.busy}</p>}
        <p class="hint">{rings ? p.notRecorded : p.textOnly}</p>
        {problem && (
          <p role="alert" class="problem">
            {problem}
          </p>
        )}
        {!rings && scenario && <TextScenario scenario={scenario} />}
      </section>
      {((rings && call && live) || result) && (
        <div class="practice-row">
          {rings && call && live && (
            <PracticeCall
              call={call}
              phase={live.phase}
              scenario={scenario}
              agentState={ccp?.agentState ?? ''}
            />
          )}
          {result && <PracticeResultView result={result} />}
        </div>
      )}
      {working && scenario && (
        <div class="practice-work">
          <KnowledgePanel
            api={props.api}
            callerLang={scenario.language}
            hotlineLangs={props.config.languages}
            inputRef={searchRef}
            onOpen={(article) =>
              state.update({
                articlesOpened: answer.articlesOpened.includes(article.id)
                  ? answer.articlesOpened
                  : [...answer.articlesOpened, article.id],
              })
            }
          />
          <PracticeAnswerPanel
            api={props.api}
            hotline={props.config.hotline}
            state={state}
            disabled={rings && live?.phase !== 'talking'}
            {...(rings ? {} : { onFinish: () => void score() })}
          />
        </div>
      )}
    </div>
  );
}

/** The scenario as text, where no practice call can ring. */
function TextScenario(props: { scenario: Scenario }) {
  const { q } = useQualityStrings();
  const { scenario } = props;
  return (
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
  );
}

/**
 * The practice call as it stands in the CCP: what the flow made of the caller's keys (language, topic, urgent,
 * queue), then the caller's lines once answered, and the call's buttons.
 */
function PracticeCall(props: {
  call: CallView;
  phase: PracticePhase;
  scenario: Scenario | null;
  agentState: string;
}) {
  const { t } = useI18n();
  const p = usePracticeCallStrings();
  const { call, phase, scenario } = props;
  const lang = call.attributes['lang'];
  const topic = call.attributes['topic'];
  const urgent = call.attributes['urgent'] === 'true';
  return (
    <section class="card practice-call" aria-labelledby="practice-call-title" data-testid="practice-call">
      <h2 id="practice-call-title">
        {phase === 'ringing' ? p.ringing : phase === 'talking' ? p.talking : p.ended}
        {scenario && `: ${scenario.id}`}
      </h2>
      <p data-testid="practice-flow">
        {p.throughFlow}: <strong>{lang ? (t.languages[lang] ?? lang) : t.notChosen}</strong> ·{' '}
        <strong>{topic ? (t.topics[topic] ?? topic) : t.notChosen}</strong>
        {urgent && (
          <>
            {' '}
            · <strong class="urgent-flag">{p.urgentFlag}</strong>
          </>
        )}{' '}
        · {t.queue}: <strong>{call.queue}</strong>
      </p>
      {scenario && (phase === 'talking' || phase === 'after-call') && (
        <ol class="caller-lines" data-testid="practice-caller-lines">
          <li>
            <span class="speaker">{p.callerLine}:</span>{' '}
            <span lang={scenario.language} class="caller-says">
              {scenario.callerSays}
            </span>
          </li>
        </ol>
      )}
      {phase === 'missed' && <p role="status">{p.missed}</p>}
      <p class="state">
        {t.agentState}:{' '}
        <strong data-testid="practice-agent-state">
          {t[props.agentState as 'Available' | 'Offline' | 'Busy' | 'AfterCallWork'] ?? props.agentState}
        </strong>
      </p>
      <div class="actions">
        {phase === 'ringing' && (
          <button
            type="button"
            class="primary big"
            onClick={() => call.contact.accept()}
            aria-keyshortcuts="Alt+A"
          >
            {p.accept}
          </button>
        )}
        {phase === 'talking' && (
          <button
            type="button"
            class="danger big"
            onClick={() => call.contact.getAgentConnection().destroy()}
            aria-keyshortcuts="Alt+H"
          >
            {p.hangUp}
          </button>
        )}
        {(phase === 'after-call' || phase === 'missed') && (
          <button type="button" class="primary" onClick={() => call.contact.clear()}>
            {p.done}
          </button>
        )}
      </div>
    </section>
  );
}
