import { useState } from 'preact/hooks';
import type { DesktopConfig } from '../../../contracts/desktop-config';
import { answerMfa, type Session, SignInError, type SignInStep, signIn } from '../auth/cognito';
import { useI18n } from '../i18n';

export function SignIn({
  config,
  onSignedIn,
}: {
  config: DesktopConfig;
  onSignedIn(session: Session): void;
}) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [challenge, setChallenge] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const step: SignInStep =
        challenge === null
          ? await signIn(config, username.trim(), password)
          : await answerMfa(config, username.trim(), challenge, code.trim());
      if (step.kind === 'mfa') setChallenge(step.session);
      else onSignedIn(step.session);
    } catch (error) {
      setProblem(
        error instanceof SignInError && error.type === 'NotAuthorizedException'
          ? `${t.wrongPassword} (${error.message})`
          : (error as Error).message,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="sign-in card" onSubmit={submit} aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t.signIn}</h2>
      <label>
        {t.username}
        <input
          name="username"
          autocomplete="username"
          required
          value={username}
          onInput={(event) => setUsername((event.target as HTMLInputElement).value)}
          disabled={challenge !== null}
        />
      </label>
      <label>
        {t.password}
        <input
          name="password"
          type="password"
          autocomplete="current-password"
          required
          value={password}
          onInput={(event) => setPassword((event.target as HTMLInputElement).value)}
          disabled={challenge !== null}
        />
      </label>
      {challenge !== null && (
        <label>
          {t.mfaCode}
          <input
            name="code"
            inputMode="numeric"
            autocomplete="one-time-code"
            pattern="[0-9]{6}"
            required
            value={code}
            onInput={(event) => setCode((event.target as HTMLInputElement).value)}
            ref={(element) => element?.focus()}
          />
        </label>
      )}
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy}>
        {busy ? t.signingIn : t.signIn}
      </button>
    </form>
  );
}
