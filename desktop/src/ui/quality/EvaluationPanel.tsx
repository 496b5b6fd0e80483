import { useState } from 'preact/hooks';
import type { Answer, Evaluation, EvaluationForm, QualityApi, WeekCall } from './quality-api';
import { useQualityStrings } from './strings';

/** One call scored against the form: the recording through the audited path, the questions, a comment. */
export function EvaluationPanel(props: {
  api: QualityApi;
  form: EvaluationForm;
  call: WeekCall;
  week: string;
  onSaved: (evaluation: Evaluation) => void;
}) {
  const { q, lang } = useQualityStrings();
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [comment, setComment] = useState('');
  const [audio, setAudio] = useState<string | null>(null);
  const [saved, setSaved] = useState<Evaluation | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const questions = props.form.sections.flatMap((section) => section.questions);
  const complete = questions.every((question) => answers[question.id] !== undefined);

  const openRecording = async () => {
    try {
      const answer = await props.api.recording(props.call.contactId, props.week);
      setAudio(answer.recordings[0]?.url ?? null);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  const save = async (event: Event) => {
    event.preventDefault();
    setProblem(null);
    try {
      const evaluation = await props.api.evaluate(props.call.contactId, props.week, answers, comment);
      setSaved(evaluation);
      props.onSaved(evaluation);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  return (
    <form class="card evaluation" aria-labelledby="evaluation-title" onSubmit={save}>
      <h2 id="evaluation-title">
        {q.evaluationOf} · {props.call.operator} · {props.call.initiatedAt.slice(0, 16).replace('T', ' ')}
      </h2>
      <div class="recording">
        <button type="button" onClick={openRecording}>
          {q.openRecording}
        </button>
        <span class="hint">{q.recordingAudited}</span>
        {audio && (
          // biome-ignore lint/a11y/useMediaCaption: the simulated and real calls have no transcript to caption
          <audio controls src={audio} aria-label={q.recording} data-testid="recording" />
        )}
      </div>
      {props.form.sections.map((section) => (
        <fieldset key={section.id}>
          <legend>{section.title[lang]}</legend>
          {section.questions.map((question) => {
            const options: Array<[Answer, string]> =
              question.kind === 'yesNo'
                ? [
                    [true, q.yes],
                    [false, q.no],
                  ]
                : [1, 2, 3, 4, 5].map((value) => [value, String(value)]);
            if (question.allowNa) options.push(['na', q.na]);
            return (
              <div class="question" role="radiogroup" aria-labelledby={`q-${question.id}`} key={question.id}>
                <span id={`q-${question.id}`} class="question-text">
                  {question.text[lang]}{' '}
                  <small>
                    ({q.weight} {question.weight}
                    {question.critical ? `, ${q.critical}` : ''})
                  </small>
                </span>
                <span class="options">
                  {options.map(([value, label]) => (
                    <label key={String(value)}>
                      <input
                        type="radio"
                        name={question.id}
                        checked={answers[question.id] === value}
                        onChange={() => setAnswers({ ...answers, [question.id]: value })}
                      />
                      {label}
                    </label>
                  ))}
                </span>
              </div>
            );
          })}
        </fieldset>
      ))}
      <label class="comment">
        {q.comment}
        <textarea
          value={comment}
          rows={2}
          onInput={(event) => setComment((event.target as HTMLTextAreaElement).value)}
        />
      </label>
      <div class="actions">
        <button type="submit" class="primary" disabled={!complete}>
          {q.saveEvaluation}
        </button>
        {saved && (
          <output class="score" data-testid="evaluation-score">
            {q.saved}: {saved.score.percent}%
            {saved.score.criticalFail &&
              ` — ${q.criticalFail} (${saved.score.weightedPercent}% ${q.scoreBefore})`}
          </output>
        )}
      </div>
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
    </form>
  );
}
