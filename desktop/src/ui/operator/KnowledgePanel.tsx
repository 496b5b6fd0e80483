import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiClient, Article, SearchHit } from '../../api/client';
import { useI18n } from '../../i18n';

/** Results in the caller's language first, keeping the engine's order within each language. */
export function callerLanguageFirst(hits: readonly SearchHit[], callerLang: string | undefined): SearchHit[] {
  if (!callerLang) return [...hits];
  return [...hits.filter((hit) => hit.lang === callerLang), ...hits.filter((hit) => hit.lang !== callerLang)];
}

export function KnowledgePanel(props: {
  api: ApiClient;
  callerLang: string | undefined;
  hotlineLangs: readonly string[];
  inputRef: RefObject<HTMLInputElement | null>;
  /** Told of every article opened (practice mode scores which ones). */
  onOpen?: (article: Article) => void;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  /** The text the shown results answer (the benchmark times from the last keystroke to these). */
  const [answered, setAnswered] = useState('');
  const [article, setArticle] = useState<Article | null>(null);
  const [feedback, setFeedback] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const inflight = useRef<AbortController | null>(null);

  // Search as the operator types: each keystroke cancels the previous request, so the newest wins.
  useEffect(() => {
    inflight.current?.abort();
    const text = query.trim();
    if (text.length < 2) {
      setHits(null);
      return;
    }
    const controller = new AbortController();
    inflight.current = controller;
    props.api.search(text, { kind: 'article', limit: 8 }, controller.signal).then(
      (results) => {
        if (controller.signal.aborted) return;
        setProblem(null);
        setHits(callerLanguageFirst(results, props.callerLang));
        setAnswered(text);
      },
      (error: Error) => {
        if (error.name !== 'AbortError' && !controller.signal.aborted) setProblem(error.message);
      },
    );
    return () => controller.abort();
  }, [query, props.callerLang]);

  const open = async (hit: SearchHit) => {
    setFeedback(null);
    try {
      const opened = await props.api.article(hit.id);
      setArticle(opened);
      props.onOpen?.(opened);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  const mark = async (kind: 'helpful' | 'outdated') => {
    if (!article) return;
    try {
      await props.api.feedback(article.id, kind);
      setFeedback(t.thanksFeedback);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  return (
    <section class="card kb" aria-labelledby="kb-title">
      <h2 id="kb-title">{t.knowledgeBase}</h2>
      <input
        type="search"
        ref={props.inputRef}
        aria-label={t.searchKb}
        placeholder={t.searchPlaceholder}
        value={query}
        onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
        aria-keyshortcuts="Alt+K"
        aria-controls="kb-results"
      />
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
      <ul id="kb-results" class="results" aria-live="polite" data-testid="kb-results" data-query={answered}>
        {hits?.length === 0 && <li class="hint">{t.noResults}</li>}
        {hits?.map((hit) => (
          <li key={hit.id}>
            <button type="button" class="result" onClick={() => open(hit)}>
              <span class="tag">{hit.lang}</span> <strong>{hit.title}</strong>
              <span class="snippet">{hit.snippet}</span>
            </button>
          </li>
        ))}
      </ul>
      {article && (
        <article class="answer" aria-labelledby="answer-title" data-testid="kb-answer">
          <h3 id="answer-title">
            {t.readOut}: {article.title}
          </h3>
          <p class="read-out" lang={article.lang}>
            {article.body}
          </p>
          <div class="actions">
            <button type="button" onClick={() => mark('helpful')}>
              {t.helpful}
            </button>
            <button type="button" onClick={() => mark('outdated')}>
              {t.outdated}
            </button>
            {feedback && <span role="status">{feedback}</span>}
          </div>
        </article>
      )}
    </section>
  );
}
