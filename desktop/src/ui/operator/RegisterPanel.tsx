import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient, SearchHit } from '../../api/client';
import { useI18n } from '../../i18n';
import type { CallView } from './use-ccp';

const TOPICS: Record<string, readonly string[]> = {
  '1414': ['egov', 'eds', 'gov-is', 'general', 'appeal-status'],
  '111': ['consultation', 'state-services', 'urgent', 'appeal-status'],
};

/** Register an appeal from the call in a few keystrokes: topic (from the menu), summary, optional referral. */
export function RegisterPanel(props: {
  api: ApiClient;
  call: CallView | null;
  hotline: string;
  defaultLang: string;
  summaryRef: RefObject<HTMLTextAreaElement | null>;
  registered: string | null;
  onRegistered(number: string): void;
}) {
  const { t } = useI18n();
  const topics = TOPICS[props.hotline] ?? [];
  const [topic, setTopic] = useState(topics[0] ?? '');
  const [summary, setSummary] = useState('');
  const [referralQuery, setReferralQuery] = useState('');
  const [referrals, setReferrals] = useState<SearchHit[]>([]);
  const [referral, setReferral] = useState<SearchHit | null>(null);
  const [status, setStatus] = useState<{ status: string; deadline?: string } | null>(null);
  const [lookup, setLookup] = useState('');
  const [lookedUp, setLookedUp] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  // The caller's menu choice is the topic, unless the operator picks another.
  useEffect(() => {
    const chosen = props.call?.attributes['topic'];
    if (chosen && topics.includes(chosen)) setTopic(chosen);
    setSummary('');
    setReferral(null);
    setReferralQuery('');
    setStatus(null);
  }, [props.call?.id]);

  useEffect(() => {
    const text = referralQuery.trim();
    if (text.length < 2) {
      setReferrals([]);
      return;
    }
    const controller = new AbortController();
    props.api.search(text, { kind: 'referral', limit: 5 }, controller.signal).then(setReferrals, () => {});
    return () => controller.abort();
  }, [referralQuery]);

  const register = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      // The caller's number goes with the appeal (stored as the register stores contacts, with its hash),
      // so their next call finds it; the page itself does not show it.
      const phone = props.call?.contact.getInitialConnection().getEndpoint().phoneNumber;
      const answer = await props.api.register({
        lang: props.defaultLang,
        topic,
        text: summary,
        ...(phone ? { phone } : {}),
      });
      if (referral) await props.api.refer(answer.registrationNumber, referral.id);
      props.onRegistered(answer.registrationNumber);
      setStatus({
        status: referral ? 'referred' : answer.status,
        ...(answer.deadline ? { deadline: answer.deadline } : {}),
      });
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const check = async (event: Event) => {
    event.preventDefault();
    try {
      const answer = await props.api.status(lookup.trim());
      setLookedUp(t.statuses[String(answer['status'])] ?? String(answer['status'] ?? ''));
    } catch (error) {
      setLookedUp((error as Error).message);
    }
  };

  return (
    <section class="card register" aria-labelledby="register-title">
      <h2 id="register-title">{t.registerAppeal}</h2>
      {props.registered && (
        <div class="registered" role="status">
          {t.registered}
          <output class="number" data-testid="registration-number">
            {props.registered}
          </output>
          {status && (
            <span>
              {t.status}:{' '}
              <strong data-testid="appeal-status">{t.statuses[status.status] ?? status.status}</strong>
              {status.deadline && ` · ${t.deadline}: ${status.deadline.slice(0, 10)}`}
            </span>
          )}
        </div>
      )}
      <form onSubmit={register}>
        <label>
          {t.topic}
          <select value={topic} onChange={(event) => setTopic((event.target as HTMLSelectElement).value)}>
            {topics.map((option) => (
              <option value={option} key={option}>
                {t.topics[option] ?? option}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.summary}
          <textarea
            ref={props.summaryRef}
            rows={3}
            required
            value={summary}
            aria-keyshortcuts="Alt+R"
            onInput={(event) => setSummary((event.target as HTMLTextAreaElement).value)}
            onKeyDown={(event) => {
              // Ctrl+Enter registers without leaving the keyboard.
              if (event.key === 'Enter' && event.ctrlKey)
                (event.currentTarget.form as HTMLFormElement).requestSubmit();
            }}
          />
        </label>
        <label>
          {t.searchReferrals}
          <input
            type="search"
            value={referralQuery}
            onInput={(event) => setReferralQuery((event.target as HTMLInputElement).value)}
          />
        </label>
        {referrals.length > 0 && (
          <fieldset class="referrals">
            <legend>{t.referral}</legend>
            {referrals.map((hit) => (
              <label key={hit.id} class="choice">
                <input
                  type="radio"
                  name="referral"
                  checked={referral?.id === hit.id}
                  onChange={() => setReferral(hit)}
                />{' '}
                {hit.title}
              </label>
            ))}
          </fieldset>
        )}
        {problem && (
          <p role="alert" class="problem">
            {problem}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy || summary.trim() === ''}>
          {t.registerAppeal}
        </button>
      </form>
      <form class="status-lookup" onSubmit={check}>
        <label>
          {t.appealNumber}
          <input value={lookup} onInput={(event) => setLookup((event.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">{t.checkStatus}</button>
        {lookedUp && <output>{lookedUp}</output>}
      </form>
    </section>
  );
}
