import { useEffect, useState } from 'preact/hooks';
import type { DesktopConfig } from '../../../../contracts/desktop-config';
import type { ApiClient, Article, FeedbackEntry, SearchHit, VersionsPage } from '../../api/client';
import { useI18n } from '../../i18n';
import { ReferralDirectory } from './ReferralDirectory';

/**
 * The editor's screen: find an article, edit it with a preview, see its versions and roll back; below, the
 * referral directory.
 */
export function EditorScreen({ config, api }: { config: DesktopConfig; api: ApiClient }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [article, setArticle] = useState<Article | null>(null);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [versions, setVersions] = useState<VersionsPage | null>(null);
  const [feedback, setFeedback] = useState<Array<FeedbackEntry & { title?: string | null }>>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    api.feedbackList().then(
      (answer) => setFeedback((answer.feedback ?? answer.items ?? []) as typeof feedback),
      (error: Error) => setProblem(error.message),
    );
  }, []);

  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) return setHits([]);
    const controller = new AbortController();
    api.search(text, { kind: 'article', limit: 10 }, controller.signal).then(setHits, () => {});
    return () => controller.abort();
  }, [query]);

  const open = async (id: string) => {
    setNotice(null);
    setProblem(null);
    try {
      const [found, history] = await Promise.all([api.article(id), api.versions(id)]);
      setArticle(found);
      setTitle(found.title);
      setBody(found.body);
      setVersions(history);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (!article || !versions) return;
    try {
      const saved = await api.saveArticle(
        article.id,
        {
          lang: article.lang,
          title,
          body,
          ...(article.tags ? { tags: article.tags } : {}),
          ...(article.category ? { category: article.category } : {}),
        },
        versions.latestVersion,
      );
      setNotice(`${t.saved} ${saved.version}`);
      setVersions(await api.versions(article.id));
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  const rollBack = async (version: number) => {
    if (!article) return;
    try {
      const restored = await api.rollback(article.id, version);
      setNotice(`${t.rolledBack} ${restored.version}`);
      await open(article.id);
      setNotice(`${t.rolledBack} ${restored.version}`);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  return (
    <div class="editor">
      <section class="card" aria-labelledby="articles-title">
        <h2 id="articles-title">{t.articles}</h2>
        <input
          type="search"
          aria-label={t.searchKb}
          placeholder={t.searchPlaceholder}
          value={query}
          onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
        />
        <ul class="results">
          {hits.map((hit) => (
            <li key={hit.id}>
              <button type="button" class="result" onClick={() => open(hit.id)}>
                <span class="tag">{hit.lang}</span> <strong>{hit.title}</strong>
                <span class="snippet">{hit.id}</span>
              </button>
            </li>
          ))}
        </ul>
        <h3>{t.feedbackToAct}</h3>
        <ul class="results" data-testid="feedback">
          {feedback.map((entry, index) => (
            <li key={`${entry.articleId}-${index}`}>
              <button type="button" class="result" onClick={() => open(entry.articleId)}>
                <span class="tag">{entry.kind === 'outdated' ? t.outdated : t.helpful}</span>{' '}
                <strong>{entry.title ?? entry.articleId}</strong>
                {entry.comment && <span class="snippet">{entry.comment}</span>}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section class="card" aria-labelledby="edit-title">
        <h2 id="edit-title">{article ? `${article.id} · ${article.lang}` : t.articles}</h2>
        {problem && (
          <p role="alert" class="problem">
            {problem}
          </p>
        )}
        {notice && (
          <p role="status" data-testid="editor-notice">
            {notice}
          </p>
        )}
        {article && (
          <form class="register" onSubmit={save}>
            <label>
              {t.title}
              <input
                value={title}
                required
                onInput={(event) => setTitle((event.target as HTMLInputElement).value)}
              />
            </label>
            <label>
              {t.body}
              <textarea
                rows={8}
                required
                value={body}
                onInput={(event) => setBody((event.target as HTMLTextAreaElement).value)}
              />
            </label>
            <h3>{t.preview}</h3>
            <div class="preview" data-testid="preview" lang={article.lang}>
              <strong>{title}</strong>
              {'\n'}
              {body}
            </div>
            <button type="submit" class="primary">
              {t.save}
            </button>
          </form>
        )}
      </section>
      <section class="card" aria-labelledby="versions-title">
        <h2 id="versions-title">{t.versions}</h2>
        {versions && (
          <ol class="results" reversed data-testid="versions">
            {versions.versions.map((version) => (
              <li key={version.version}>
                <strong>v{version.version}</strong> {version.title}
                {version.version !== versions.publishedVersion && (
                  <button type="button" onClick={() => rollBack(version.version)}>
                    {t.rollBack} {version.version}
                  </button>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <ReferralDirectory api={api} hotline={config.hotline} />
    </div>
  );
}
