import type { AnswerTimer, UrgentAckTimer } from '../sla/adapters/appeal-timers';
import type { AppealRecordExtras, HistoryRecord, StoredAppeal } from './adapters/appeal-items';
import type { ReferralDirectory } from './adapters/referral-directory';
import type { AppealEvent, AttachmentRef } from './domain/appeal';
import type { Letter } from './domain/notices';
import type { RateWindow } from './domain/rate-limit';
import type { ReportedAppeal, ReportPeriod } from './domain/report';
import type { AppealSettings } from './domain/settings';

/**
 * The appeal register's collaborators, as the application services (`register.ts`, `email-intake.ts`,
 * `follow-ups.ts`, `lifecycle-service.ts`, ...) see them. A handler builds one `AppealDeps` at cold start
 * (`deps.ts`, adapters over DynamoDB, S3, SES, SNS and Step Functions, each reading its configuration once);
 * unit tests pass in-memory fakes (`test/support/appeals/fakes.ts`). See `docs/appeals-ports.md`.
 */

export type { ReferralDirectory };

/** A claim that a submission (an e-mail, a web request with an idempotency key) is handled once. */
export interface MarkerClaim {
  readonly key: string;
  readonly outcome: 'registered' | 'threaded' | 'quarantined';
  /** Hash of the request body: a reused idempotency key with another body is refused. */
  readonly fingerprint?: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface Marker {
  readonly key: string;
  readonly outcome: MarkerClaim['outcome'];
  readonly number?: string;
  readonly state: 'pending' | 'done';
  readonly claimedAt: string;
  readonly fingerprint?: string;
  readonly [detail: string]: unknown;
}

/** A marker to record as done in the same write as the events (one round trip less per message). */
export interface MarkerCompletion {
  readonly key: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

export type CreateResult =
  | { readonly kind: 'created'; readonly appeal: StoredAppeal }
  | { readonly kind: 'duplicate'; readonly marker: Marker };

export type CommitResult =
  | { readonly kind: 'committed'; readonly appeal: StoredAppeal }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'duplicate'; readonly marker: Marker };

/** A message kept out of the register (spam, virus): no appeal, a marker listed as `quarantined`. */
export interface QuarantineEntry {
  readonly key: string;
  readonly reason: string;
  readonly rawMessageKey: string;
  readonly receivedAt: string;
  readonly sesMessageId: string;
}

export type AppealDraft = Omit<StoredAppeal, 'number' | 'version' | 'updatedAt'>;
type EventExtra = (event: AppealEvent) => Record<string, unknown>;

/**
 * The register's table. Everything that must happen together happens at once: an appeal is created with
 * its first history event and its de-duplication marker; a change is saved with the events that explain
 * it, only if nobody changed the appeal since it was read (`conflict`); a marker already claimed gives
 * `duplicate`. Index keys are the store's business: a `status` in `set` relists the appeal.
 */
export interface AppealStore {
  get(number: string): Promise<StoredAppeal | undefined>;
  /** The appeal's history, oldest first. */
  history(number: string): Promise<HistoryRecord[]>;
  create(
    draft: AppealDraft,
    drawNumber: () => string,
    marker?: MarkerClaim,
    eventExtra?: EventExtra,
  ): Promise<CreateResult>;
  commit(
    before: StoredAppeal,
    set: Readonly<Record<string, unknown>>,
    events: readonly AppealEvent[],
    options?: { marker?: MarkerClaim; eventExtra?: EventExtra },
  ): Promise<CommitResult>;
  /** Events that do not change the appeal's state (acknowledgements, correspondence, notices). */
  append(
    number: string,
    events: readonly AppealEvent[],
    eventExtra?: EventExtra,
    options?: { readonly completeMarker?: MarkerCompletion },
  ): Promise<void>;
  /** Starts an urgent appeal's acknowledgement clock once; the clock as stored. */
  startUrgentClock(
    number: string,
    escalatedAt: string,
    deadline: string,
  ): Promise<{ escalatedAt: string; deadline: string }>;
  /** False when the same message was quarantined before. */
  quarantine(entry: QuarantineEntry): Promise<boolean>;
  marker(key: string): Promise<Marker | undefined>;
  /** Records that everything after the write (acknowledgement, timer) was done, and what came of it. */
  completeMarker(key: string, details?: Readonly<Record<string, unknown>>): Promise<void>;
  /** Counts one request in a rate window; the count so far. */
  countRequest(window: RateWindow): Promise<number>;
  /** Appeals received in the period (from inclusive, to exclusive), as the report counts them. */
  receivedIn(period: ReportPeriod): Promise<ReportedAppeal[]>;
}

/** Raw inbound messages (written by SES) and appeal attachments. */
export interface MailObjects {
  /** The raw message SES stored under `key` in the inbound bucket. */
  readInbound(key: string): Promise<Buffer>;
  /** Stores files under `folder`; returns their references in the given order. */
  storeAttachments(folder: string, files: readonly FileToStore[]): Promise<AttachmentRef[]>;
}

export interface FileToStore {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Buffer;
}

/** The SLA engine's clocks of an appeal. */
export interface AppealTimers {
  readonly answer: AnswerTimer;
  readonly urgentAck: UrgentAckTimer;
}

/** The working-day calendar: the answer deadline, or undefined when it cannot be computed. */
export interface DeadlineCalendar {
  answerDeadline(receivedAt: string, workingDays: number): Promise<string | undefined>;
}

/** The HMAC secret of applicants' contact hashes (one per register table). */
export interface ContactSecret {
  get(): Promise<Buffer>;
}

export interface PlainEmail {
  readonly from: string;
  readonly to: readonly string[];
  readonly replyTo?: string;
  readonly letter: Letter;
}

/** Outgoing mail (SES); each call returns the provider's message id. */
export interface Mailer {
  send(email: PlainEmail): Promise<string>;
  /** A message built whole (with attachments). */
  sendRaw(from: string, to: readonly string[], raw: Buffer): Promise<string>;
}

/** The hotline's urgent topic (SNS); returns the message id. */
export interface UrgentTopic {
  publish(subject: string, message: string): Promise<string>;
}

/** What time it is: one place, so tests can stop it. */
export interface Clock {
  now(): Date;
}

export interface AppealDeps {
  readonly settings: AppealSettings;
  readonly store: AppealStore;
  readonly mail: MailObjects;
  readonly timers: AppealTimers;
  readonly calendar: DeadlineCalendar;
  readonly contactSecret: ContactSecret;
  readonly mailer: Mailer;
  readonly urgentTopic: UrgentTopic;
  readonly clock: Clock;
  readonly directory: ReferralDirectory;
}

/** `clock.now()` as the register writes instants: UTC with milliseconds. */
export function nowIso(deps: Pick<AppealDeps, 'clock'>): string {
  return deps.clock.now().toISOString();
}

export type { AppealRecordExtras, HistoryRecord, StoredAppeal };
