import { useEffect, useState } from 'preact/hooks';
import { currentWeek, type Evaluation, type PracticeResult, type QualityApi } from './quality-api';
import { useQualityStrings } from './strings';

/** The operator's own evaluations (score, comment) and practice calls this week; nobody else's. */
export function MyResults({ api }: { api: QualityApi }) {
  const { q } = useQualityStrings();
  const [results, setResults] = useState<{ evaluations: Evaluation[]; practice: PracticeResult[] } | null>(
    null,
  );
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    api.myResults(currentWeek()).then(setResults, (error: Error) => setProblem(error.message));
  }, []);
  return (
    <div class="my-results">
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
      <section class="card" aria-labelledby="my-evaluations">
        <h2 id="my-evaluations">{q.myEvaluations}</h2>
        {results?.evaluations.length === 0 && <p class="hint">{q.nothingYet}</p>}
        <ul data-testid="my-evaluations">
          {results?.evaluations.map((evaluation) => (
            <li key={evaluation.contactId}>
              <strong>{evaluation.score.percent}%</strong>
              {evaluation.score.criticalFail && ` — ${q.criticalFail}`} · {evaluation.day} · {q.rating}{' '}
              {evaluation.rating ?? '—'}
              {evaluation.comment && <p class="comment-text">{evaluation.comment}</p>}
            </li>
          ))}
        </ul>
      </section>
      <section class="card" aria-labelledby="my-practice">
        <h2 id="my-practice">{q.myPractice}</h2>
        {results?.practice.length === 0 && <p class="hint">{q.nothingYet}</p>}
        <ul data-testid="my-practice">
          {results?.practice.map((result) => (
            <li key={result.at}>
              <strong>{result.score.percent}%</strong> · {result.scenarioId} ·{' '}
              {result.at.slice(0, 16).replace('T', ' ')}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
