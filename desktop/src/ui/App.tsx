import { useMemo, useState } from 'preact/hooks';
import type { DesktopConfig } from '../../../contracts/desktop-config';
import { apiClient } from '../api/client';
import { signedFetcher } from '../api/signed-fetch';
import type { Session } from '../auth/cognito';
import { I18n, initialLang, type Lang, rememberLang, STRINGS } from '../i18n';
import { EditorScreen } from './editor/EditorScreen';
import { CcpProvider } from './operator/ccp-context';
import { OperatorScreen } from './operator/OperatorScreen';
import { WithQuality } from './quality/with-quality';
import { SignIn } from './SignIn';
import { SupervisorScreen } from './supervisor/SupervisorScreen';

const ALL_LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

/** One build, three roles: the signed-in person's group picks the screen. */
export function App({ config }: { config: DesktopConfig }) {
  const [lang, setLang] = useState<Lang>(() => {
    const chosen = initialLang(config.languages);
    document.documentElement.lang = chosen;
    return chosen;
  });
  const [session, setSession] = useState<Session | null>(null);
  const t = STRINGS[lang];
  const api = useMemo(() => {
    if (!session) return null;
    const signed = signedFetcher(config.region, () => session.credentials);
    return { signed, client: apiClient(config.apiUrl, signed, session.idToken) };
  }, [session, config]);

  const choose = (next: Lang) => {
    rememberLang(next);
    setLang(next);
  };

  return (
    <I18n.Provider value={{ lang, t }}>
      <header class="top">
        <h1>
          qoldau <span class="hotline">{config.hotline}</span>
        </h1>
        {session && (
          <span class="who">
            {session.username} · {t[session.role]}
          </span>
        )}
        <label class="lang">
          {t.language}{' '}
          <select
            value={lang}
            onChange={(event) => choose((event.target as HTMLSelectElement).value as Lang)}
          >
            {ALL_LANGS.map((option) => (
              <option value={option} key={option}>
                {STRINGS[option].languages[option]}
              </option>
            ))}
          </select>
        </label>
        {session && (
          <button type="button" class="on-dark" onClick={() => setSession(null)}>
            {t.signOut}
          </button>
        )}
      </header>
      <main>
        {!session || !api ? (
          <SignIn config={config} onSignedIn={setSession} />
        ) : session.role === 'operator' ? (
          <CcpProvider config={config} username={session.username} signed={api.signed}>
            <WithQuality config={config} session={session} api={api.client} signed={api.signed}>
              <OperatorScreen config={config} session={session} api={api.client} signed={api.signed} />
            </WithQuality>
          </CcpProvider>
        ) : session.role === 'supervisor' ? (
          <WithQuality config={config} session={session} api={api.client} signed={api.signed}>
            <SupervisorScreen config={config} api={api.client} signed={api.signed} />
          </WithQuality>
        ) : (
          <EditorScreen config={config} api={api.client} />
        )}
      </main>
    </I18n.Provider>
  );
}
