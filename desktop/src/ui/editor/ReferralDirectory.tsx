import { useEffect, useState } from 'preact/hooks';
import type { ApiClient, SearchHit } from '../../api/client';
import { useI18n } from '../../i18n';
import {
  CONTACT_FIELDS,
  emptyReferralForm,
  formToReferral,
  REFERRAL_KINDS,
  REFERRAL_LANGS,
  type ReferralForm,
  type ReferralKind,
  referralToForm,
} from './referral-form';

/**
 * The referral directory for editors: find a state body, or start a new one, and edit its names, competence
 * and hours in each language and its contacts. The API checks the entry and names every problem; operators'
 * searches find the saved entry within seconds.
 */
export function ReferralDirectory({ api, hotline }: { api: ApiClient; hotline: string }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [form, setForm] = useState<ReferralForm | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) return setHits([]);
    const controller = new AbortController();
    api.search(text, { kind: 'referral', limit: 6 }, controller.signal).then(setHits, () => {});
    return () => controller.abort();
  }, [query]);

  const open = async (id: string) => {
    setNotice(null);
    setProblem(null);
    try {
      setForm(referralToForm(await api.referral(id), hotline));
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  const startNew = () => {
    setNotice(null);
    setProblem(null);
    setForm(emptyReferralForm(hotline));
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (!form) return;
    setBusy(true);
    setNotice(null);
    setProblem(null);
    try {
      const saved = await api.saveReferral(form.id.trim(), formToReferral(form), form.version);
      setForm({ ...form, id: form.id.trim(), version: saved.version });
      setNotice(`${t.referralSaved} ${saved.version}`);
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const field = (name: keyof ReferralForm & string) => ({
    value: String(form?.[name] ?? ''),
    onInput: (event: Event) =>
      setForm((current) =>
        current ? { ...current, [name]: (event.target as HTMLInputElement).value } : current,
      ),
  });

  return (
    <section class="card referral-editor" aria-labelledby="referrals-title">
      <h2 id="referrals-title">{t.referralDirectory}</h2>
      <div class="referral-find">
        <input
          type="search"
          aria-label={t.searchReferrals}
          placeholder={t.searchPlaceholder}
          value={query}
          onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
        />
        <ul class="results" data-testid="referral-results">
          {hits.map((hit) => (
            <li key={hit.id}>
              <button type="button" class="result" onClick={() => open(hit.id)}>
                <strong>{hit.title}</strong>
                <span class="snippet">{hit.id}</span>
              </button>
            </li>
          ))}
        </ul>
        <button type="button" onClick={startNew}>
          {t.newReferral}
        </button>
      </div>
      {problem && (
        <p role="alert" class="problem" data-testid="referral-problem">
          {problem}
        </p>
      )}
      {notice && (
        <p role="status" data-testid="referral-notice">
          {notice}
        </p>
      )}
      {form && (
        // noValidate: the API's checks are the one set of rules, and its messages name each field.
        <form class="referral-form" onSubmit={save} noValidate>
          <div class="referral-head">
            <label>
              {t.referralId}
              <input {...field('id')} readOnly={form.version > 0} required />
            </label>
            <label>
              {t.referralKind}
              <select
                value={form.kind}
                onChange={(event) =>
                  setForm({ ...form, kind: (event.target as HTMLSelectElement).value as ReferralKind })
                }
              >
                {REFERRAL_KINDS.map((kind) => (
                  <option value={kind} key={kind}>
                    {t.referralKinds[kind] ?? kind}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {REFERRAL_LANGS.map((lang) => (
            <fieldset key={lang} lang={lang}>
              <legend>{t.languages[lang]}</legend>
              <label>
                {t.referralName} ({lang})
                <input {...field(`name.${lang}`)} required={lang !== 'en'} />
              </label>
              <label>
                {t.referralCompetence} ({lang})
                <textarea rows={3} {...field(`competence.${lang}`)} required={lang !== 'en'} />
              </label>
              <label>
                {t.referralHours} ({lang})
                <input {...field(`hours.${lang}`)} />
              </label>
            </fieldset>
          ))}
          <fieldset>
            <legend>{t.referralContacts}</legend>
            {CONTACT_FIELDS.map((name) => (
              <label key={name}>
                {t.referralFields[name]}
                <input {...field(name)} />
              </label>
            ))}
          </fieldset>
          <button type="submit" class="primary" disabled={busy}>
            {t.saveReferral}
          </button>
        </form>
      )}
    </section>
  );
}
