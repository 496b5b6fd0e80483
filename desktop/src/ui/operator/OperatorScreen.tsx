import { useEffect, useRef, useState } from 'preact/hooks';
import type { DesktopConfig } from '../../../../contracts/desktop-config';
import type { ApiClient } from '../../api/client';
import type { SignedFetch } from '../../api/signed-fetch';
import type { Session } from '../../auth/cognito';
import { CallPanel } from './CallPanel';
import { useSharedCcp } from './ccp-context';
import { KnowledgePanel } from './KnowledgePanel';
import { RegisterPanel } from './RegisterPanel';

/** The operator's screen: the CCP with the call's facts, the knowledge base and the register beside it. */
export function OperatorScreen(props: {
  config: DesktopConfig;
  session: Session;
  api: ApiClient;
  signed: SignedFetch;
}) {
  const ccp = useSharedCcp();
  if (!ccp) throw new Error('OperatorScreen needs a CcpProvider around it');
  const searchRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLTextAreaElement>(null);
  const [registered, setRegistered] = useState<string | null>(null);
  const call = ccp.call;
  const callerLang = call?.attributes['lang'];

  // A new call starts a clean form.
  useEffect(() => setRegistered(null), [call?.id]);

  // Keyboard: Alt+A accept, Alt+H hang up, Alt+K search, Alt+R register.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'a' && call?.state === 'ringing') call.contact.accept();
      else if (key === 'h' && call?.state === 'connected') call.contact.getAgentConnection().destroy();
      else if (key === 'k') searchRef.current?.focus();
      else if (key === 'r') summaryRef.current?.focus();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [call]);

  return (
    <div class="operator">
      <CallPanel config={props.config} ccp={ccp} api={props.api} onRegistered={setRegistered} />
      <KnowledgePanel
        api={props.api}
        callerLang={callerLang}
        hotlineLangs={props.config.languages}
        inputRef={searchRef}
      />
      <RegisterPanel
        api={props.api}
        call={call}
        hotline={props.config.hotline}
        defaultLang={callerLang ?? props.config.languages[0] ?? 'kk'}
        summaryRef={summaryRef}
        registered={registered}
        onRegistered={setRegistered}
      />
    </div>
  );
}
