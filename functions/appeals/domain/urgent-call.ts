import type { HotlineId, Language } from '../../../contracts/hotlines';

/**
 * An urgent call, as the 111 flow's "urgent" choice reports it the moment the caller presses the key: the
 * state bodies are alerted with what is known at once, and the urgent appeal is registered right after by
 * the register (`urgent-escalation-handler.ts`), which then sends its own notice with the registration
 * number and the acknowledgement deadline (`urgentTopicMessage`). Pure: no AWS, no schema library (the
 * function that uses it is one a caller waits on).
 */

/** What the IVR function hands the register to do the paperwork (the asynchronous invocation's event). */
export interface UrgentEscalationRequest {
  readonly contactId: string;
  /** The caller's number as Connect gives it: the register keeps only its keyed hash. */
  readonly phone?: string;
  /** The language the caller chose, when it is one of the hotline's (else the hotline's default applies). */
  readonly language?: Language;
}

export interface UrgentCallAlert {
  readonly hotline: HotlineId;
  readonly contactId: string;
  readonly language?: Language;
  /** When the caller chose "urgent" (ISO 8601). */
  readonly at: string;
}

/** The SNS `type` attribute of this message, beside the register's `urgent_appeal`. */
export const URGENT_CALL_MESSAGE_TYPE = 'urgent_call';

/** The SNS subject (the e-mail subject of topic subscribers): ASCII, under 100 characters. */
export function urgentCallTopicSubject(alert: Pick<UrgentCallAlert, 'hotline'>): string {
  return `[${alert.hotline}] URGENT call now, registration follows`;
}

/**
 * The SNS message: JSON for subscribers and automation. Never the caller's number; the contact id links it
 * to the `urgent_appeal` message that follows (same `contactId`) and to the call in Connect.
 */
export function urgentCallTopicMessage(alert: UrgentCallAlert): string {
  return JSON.stringify({
    type: URGENT_CALL_MESSAGE_TYPE,
    hotline: alert.hotline,
    channel: 'ivr',
    contactId: alert.contactId,
    ...(alert.language ? { language: alert.language } : {}),
    at: alert.at,
    registration: 'follows',
  });
}

/** The language parameter of the flow, if it is one of the hotline's languages. */
export function callLanguage(value: unknown, languages: readonly string[]): Language | undefined {
  return typeof value === 'string' && languages.includes(value) ? (value as Language) : undefined;
}
