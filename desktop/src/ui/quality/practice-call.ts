import type { DesktopConfig } from '../../../../contracts/desktop-config';
import {
  PRACTICE_ATTRIBUTE,
  PRACTICE_CALLS_PATH,
  type PracticeCallStarted,
} from '../../../../contracts/practice-call';
import type { SignedFetch } from '../../api/signed-fetch';

/** Where a practice call is, as the Practice tab shows it. */
export type PracticePhase = 'ringing' | 'talking' | 'after-call' | 'missed';

/** The part of the CCP's contact the Practice tab reads. */
export interface PracticeContact {
  readonly id: string;
  readonly state: 'ringing' | 'connected' | 'ended';
  readonly attributes: Readonly<Record<string, string>>;
}

/**
 * The practice call in the CCP, if the contact is one: its scenario and phase. A call that ends without having
 * been answered (`answeredId` is the contact the trainee accepted) is missed: the caller gave up while it rang,
 * and there is nothing to score.
 */
export function practiceCallOf(
  contact: PracticeContact | null,
  answeredId: string | null,
): { readonly scenarioId: string; readonly phase: PracticePhase } | null {
  const scenarioId = contact?.attributes[PRACTICE_ATTRIBUTE];
  if (!contact || scenarioId === undefined) return null;
  const phase: PracticePhase =
    contact.state === 'ringing'
      ? 'ringing'
      : contact.state === 'connected'
        ? 'talking'
        : answeredId === contact.id
          ? 'after-call'
          : 'missed';
  return { scenarioId, phase };
}

/**
 * Whether practice calls ring here: only the local runtime has the flow simulator and the CCP stand-in. In AWS
 * the scenario is practised as text (see docs/quality.md, "Practice calls").
 */
export const practiceCallsRing = (config: DesktopConfig) => config.ccp.standIn;

/** Asks the local runtime to play the scenario's menu path through the flows and ring this trainee. */
export function startPracticeCall(
  config: DesktopConfig,
  signed: SignedFetch,
  scenarioId: string,
  username: string,
): Promise<PracticeCallStarted> {
  return signed<PracticeCallStarted>({
    method: 'POST',
    url: `${new URL(config.apiUrl).origin}${PRACTICE_CALLS_PATH}/${config.hotline}/calls`,
    body: { scenarioId, username },
  });
}
