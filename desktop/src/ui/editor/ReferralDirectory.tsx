import { useEffect, useState } from 'preact/hooks';
import type { ApiClient, Referral, SearchHit } from '../../api/client';
import { useI18n } from '../../i18n';

/** The referral directory: find a state body and read its entry. */
export function ReferralDirectory({ api }: { api: ApiClient; hotline: string }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [chosen, setChosen] = useState<Referral | null>(null);
  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) return setHits([]);
    const controller = new AbortController();
    api.search(text, { kind: 'referral', limit: 6 }, controller.signal).then(setHits, () => {});
    return () => controller.abort();
  }, [query]);
  return (
    <section aria-labelledby="referrals-title">
      <h3 id="referrals-title">{t.referralDirectory}</h3>
      <input
        type="search"
        aria-label={t.searchReferrals}
        value={query}
        onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
      />
      <ul class="results">
        {hits.map((hit) => (
          <li key={hit.id}>
            <button
              type="button"
              class="result"
              onClick={() => api.referral(hit.id).then(setChosen, () => {})}
            >
              <strong>{hit.title}</strong>
            </button>
          </li>
        ))}
      </ul>
      {chosen && <pre class="preview">{JSON.stringify(chosen, null, 2)}</pre>}
    </section>
  );
}
