import { useEffect, useState } from 'preact/hooks';
import type { DesktopConfig } from '../../../../contracts/desktop-config';
import { PRACTICE_ATTRIBUTE } from '../../../../contracts/practice-call';
import type { ApiClient, CallerAppeal } from '../../api/client';
import { useI18n } from '../../i18n';
import type { useCcp } from './use-ccp';
import { useRating } from './use-rating';

/** Seconds since `since`, ticking every second (the acknowledgement clock). */
function useElapsed(since: number | null): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (since === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [since]);
  return since === null ? 0 : Math.max(0, Math.floor((now - since) / 1000));
}

const clock = (seconds: number) =>
  `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;

export function CallPanel(props: {
  config: DesktopConfig;
  ccp: ReturnType<typeof useCcp>;
  api: ApiClient;
  onRegistered(number: string): void;
}) {
  const { t } = useI18n();
  const { ccp, config } = props;
  const call = ccp.call;
  const [showNumber, setShowNumber] = useState(false);
  const [transferredTo, setTransferredTo] = useState<string | null>(null);
  const [urgent, setUrgent] = useState<{ number: string; at: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<CallerAppeal[] | null>(null);
  const elapsed = useElapsed(urgent?.at ?? null);
  const callerNumber = call?.contact.getInitialConnection().getEndpoint().phoneNumber;
  // A practice call is the Practice tab's: here it only shows, so nothing real is done for it.
  const practice = call?.attributes[PRACTICE_ATTRIBUTE] !== undefined;

  // The caller's earlier appeals: the API hashes the number; the page never shows it unless asked.
  useEffect(() => {
    setEarlier(null);
    if (!callerNumber || practice) return;
    props.api.callerAppeals(callerNumber).then(setEarlier, () => setEarlier([]));
  }, [call?.id]);

  useEffect(() => {
    setShowNumber(false);
    setTransferredTo(null);
    setUrgent(null);
    setProblem(null);
  }, [call?.id]);

  const attributes = call?.attributes ?? {};
  const lang = attributes['lang'];
  const topic = attributes['topic'];
  const isUrgent = attributes['urgent'] === 'true' || topic === 'urgent';
  const rating = useRating(
    props.api,
    call?.id,
    call?.state === 'ended' && transferredTo === null && !practice,
    config.postCallSurvey,
  );

  const escalate = async () => {
    setProblem(null);
    try {
      const answer = await props.api.register({
        lang: lang ?? config.languages[0] ?? 'kk',
        topic: 'urgent',
        ...(callerNumber ? { phone: callerNumber } : {}),
        text: `${t.urgentYes}: ${t.topics[topic ?? 'urgent'] ?? topic ?? ''}`,
        urgent: true,
      });
      setUrgent({ number: answer.registrationNumber, at: Date.now() });
      props.onRegistered(answer.registrationNumber);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  const transfer = (endpoint: (typeof ccp.quickConnects)[number]) => {
    if (!call) return;
    call.contact.addConnection(endpoint, {
      success: () => {
        setTransferredTo(endpoint.name);
        // A cold transfer: the operator leaves once the caller is on their way.
        call.contact.getAgentConnection().destroy();
      },
      failure: (error) => setProblem(error),
    });
  };

  return (
    <section class="card call" aria-labelledby="call-title">
      <h2 id="call-title">
        {call
          ? call.state === 'ringing'
            ? t.incoming
            : call.state === 'connected'
              ? t.onCall
              : t.callEnded
          : t.agentState}
      </h2>
      <div ref={ccp.container} class="ccp-frame" />
      <p class="state" aria-live="polite">
        {t.agentState}:{' '}
        <strong data-testid="agent-state">
          {t[ccp.agentState as 'Available' | 'Offline' | 'Busy' | 'AfterCallWork'] ?? ccp.agentState}
        </strong>
      </p>
      {!call && (
        <p>
          {ccp.agentState === 'Available' ? (
            <button type="button" onClick={() => ccp.setState('Offline')}>
              {t.goOffline}
            </button>
          ) : (
            <button type="button" class="primary" onClick={() => ccp.setState('Available')}>
              {t.goAvailable}
            </button>
          )}{' '}
          <span class="hint">{ccp.agentState === 'Available' ? t.waitingForCall : t.offlineHint}</span>
        </p>
      )}
      {call && practice && (
        <p class="hint" data-testid="practice-call-note">
          {t.practiceElsewhere}
        </p>
      )}
      {call && !practice && (
        <>
          <dl class="facts" data-testid="contact-facts">
            <dt>{t.callerLanguage}</dt>
            <dd data-testid="caller-language">{lang ? (t.languages[lang] ?? lang) : t.notChosen}</dd>
            <dt>{t.topic}</dt>
            <dd data-testid="caller-topic">{topic ? (t.topics[topic] ?? topic) : t.notChosen}</dd>
            <dt>{t.urgency}</dt>
            <dd class={isUrgent ? 'urgent-flag' : ''}>{isUrgent ? t.urgentYes : t.urgentNo}</dd>
            <dt>{t.queue}</dt>
            <dd>{call.queue}</dd>
          </dl>
          <h3>{t.earlierAppeals}</h3>
          <ul class="earlier" data-testid="earlier-appeals">
            {earlier?.length === 0 && <li class="hint">{t.noEarlierAppeals}</li>}
            {earlier?.map((appeal) => (
              <li key={appeal.number}>
                <strong>{appeal.number}</strong> · {t.statuses[appeal.status] ?? appeal.status} ·{' '}
                {appeal.receivedAt.slice(0, 10)}
                {appeal.topic && ` · ${t.topics[appeal.topic] ?? appeal.topic}`}
              </li>
            ))}
          </ul>
          <p>
            <button
              type="button"
              class="quiet"
              aria-pressed={showNumber}
              onClick={() => setShowNumber(!showNumber)}
            >
              {showNumber ? t.hideNumber : t.showNumber}
            </button>{' '}
            {showNumber && (
              <span data-testid="caller-number">
                {call.contact.getInitialConnection().getEndpoint().phoneNumber}
              </span>
            )}
          </p>
          <div class="actions">
            {call.state === 'ringing' && (
              <button
                type="button"
                class="primary big"
                onClick={() => call.contact.accept()}
                aria-keyshortcuts="Alt+A"
              >
                {t.accept}
              </button>
            )}
            {call.state === 'connected' && (
              <button
                type="button"
                class="danger big"
                onClick={() => call.contact.getAgentConnection().destroy()}
                aria-keyshortcuts="Alt+H"
              >
                {t.hangUp}
              </button>
            )}
          </div>
          {call.state === 'connected' && config.hotline === '111' && (
            <div class="urgent-box">
              <button type="button" class="danger" onClick={escalate} disabled={urgent !== null}>
                {t.urgent}
              </button>
              {urgent && (
                <p role="status">
                  {t.escalated}: <strong>{urgent.number}</strong>. {t.ackClock}{' '}
                  <strong data-testid="ack-clock">{clock(elapsed)}</strong>
                </p>
              )}
            </div>
          )}
          {call.state === 'connected' && ccp.quickConnects.length > 0 && (
            <fieldset class="transfers">
              <legend>{t.transfer}</legend>
              {ccp.quickConnects.map((endpoint) => (
                <button type="button" key={endpoint.endpointARN} onClick={() => transfer(endpoint)}>
                  {t.transferTo} {endpoint.name.replace(/^to-/, '')}
                </button>
              ))}
            </fieldset>
          )}
          {call.state === 'ended' && (
            <section class="after-call" aria-labelledby="acw-title">
              <h3 id="acw-title">{t.afterCall}</h3>
              {transferredTo && (
                <p role="status">
                  {t.transferred}:{' '}
                  <strong data-testid="transferred-to">{transferredTo.replace(/^to-/, '')}</strong>
                </p>
              )}
              {!transferredTo && (
                <p role="status">
                  {t.rating}:{' '}
                  <strong data-testid="rating" class="rating">
                    {rating === 'waiting'
                      ? t.ratingWaiting
                      : rating === 'none'
                        ? t.ratingNone
                        : rating === 'no-survey'
                          ? t.ratingNoSurvey
                          : `${rating} / 5`}
                  </strong>
                </p>
              )}
              <button type="button" class="primary" onClick={() => call.contact.clear()}>
                {t.done}
              </button>
            </section>
          )}
          {problem && (
            <p role="alert" class="problem">
              {problem}
            </p>
          )}
        </>
      )}
    </section>
  );
}
