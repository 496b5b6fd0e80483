import type { Language } from './hotlines';

/**
 * Contracts between the flows and the Lambdas they invoke (`Details.Parameters` in, flat string map out),
 * and the contact attributes the flows set. Connect-invoked Lambdas return an explicit `outcome` for
 * expected results and throw only for real faults, which send the flow down its error branch.
 */

/** Contact attributes our flows write; operators see them in the agent desktop, reports read them from CTRs. */
export const CONTACT_ATTRIBUTES = {
  language: 'lang',
  topic: 'topic',
  appealNumber: 'appealNumber',
  urgent: 'urgent',
  urgentEscalation: 'urgentEscalation',
  surveyRating: 'surveyRating',
  /**
   * User name of the operator who took the call, set by the agent-whisper flow from `$.Agent.UserName` when
   * the operator accepts it; the disconnect (survey) contact inherits it, so the rating names the operator.
   */
  agent: 'agent',
  /**
   * `requested` on the inbound contact whose caller chose a callback instead of waiting; the callback contact
   * (InitiationMethod CALLBACK) carries it too. Reports count these apart from answered and abandoned calls.
   */
  callback: 'callback',
} as const;

/** Values of the `callback` attribute: booked, or Connect could not book it and the caller waited after all. */
export const CALLBACK_REQUESTED = 'requested';
export const CALLBACK_FAILED = 'failed';

/**
 * How long each flow waits for its Lambda (`InvocationTimeLimitSeconds`; Connect allows at most 8). The
 * function's own timeout is at most this, so Lambda stops a slow run before the flow takes its error
 * branch: an urgent alert is never still being sent (and sent again) after the flow gave up on it.
 */
export const FLOW_LAMBDA_SECONDS = {
  appealStatus: 5,
  surveyRating: 3,
  urgentEscalation: 6,
} as const;

/**
 * The timeout of the register's urgent registration (`urgent-escalation-handler.ts`), which the 111 IVR
 * function invokes asynchronously: a registration left unfinished longer ago than this belongs to a run
 * Lambda has stopped, so a retry may finish it without racing that run.
 */
export const URGENT_REGISTRATION_SECONDS = 30;

export type Ucc1414Topic = 'egov' | 'eds' | 'gov-is' | 'general' | 'appeal-status';
export type Family111Topic = 'urgent' | 'consultation' | 'appeal-status' | 'state-services';

/**
 * What the appeal-status Lambda can report (`$.External.status`). Kazakh callers hear a recorded prompt per
 * value; Russian and English callers hear the Lambda's own `message`, which can carry details.
 */
export const APPEAL_STATUSES = [
  'registered',
  'in_progress',
  'referred',
  'answered',
  'closed',
  'not_found',
  'invalid',
] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

/** appealStatus Lambda: `{number, lang}` in. */
export interface AppealStatusParameters {
  /** Digits the caller keyed in before "#". */
  readonly number: string;
  readonly lang: Language;
}

/** appealStatus Lambda out. Kazakh callers hear the recorded prompt for `status`; others hear `message`. */
export interface AppealStatusResult {
  readonly outcome: 'found' | 'not_found' | 'invalid';
  /** For `not_found` and `invalid` this repeats the outcome. */
  readonly status: AppealStatus;
  /** Localized text for ru/en callers (Polly reads it); may be empty for kk. */
  readonly message: string;
}

export type SurveyRatingValue = '1' | '2' | '3' | '4' | '5' | 'declined';

/** surveyRating Lambda: contact and queue come from the event's ContactData. */
export interface SurveyRatingParameters {
  readonly rating: SurveyRatingValue;
  readonly lang: Language | '';
  /** The `agent` attribute: the operator's user name, '' when no agent-whisper flow ran. */
  readonly agent: string;
}

export interface SurveyRatingResult {
  readonly outcome: 'stored';
}

/** urgentEscalation Lambda (111): alerts the state bodies at once; the caller is queued whatever it answers. */
export interface UrgentEscalationParameters {
  readonly lang: Language;
}

export interface UrgentEscalationResult {
  readonly outcome: 'escalated';
}

/** Written to the `urgentEscalation` attribute so the specialist knows whether to alert by hand. */
export type UrgentEscalationState = 'sent' | 'failed';
