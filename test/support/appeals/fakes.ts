import { DEFAULT_ATTACHMENT_LIMITS } from '../../../contracts/function-settings';
import type { HotlineId } from '../../../contracts/hotlines';
import type { HistoryRecord, StoredAppeal } from '../../../functions/appeals/adapters/appeal-items';
import type { AppealEvent, AttachmentRef } from '../../../functions/appeals/domain/appeal';
import { attachmentKey } from '../../../functions/appeals/domain/mail-storage';
import type { DirectoryBody } from '../../../functions/appeals/domain/referral';
import type { ReportedAppeal, ReportPeriod } from '../../../functions/appeals/domain/report';
import type { AppealSettings } from '../../../functions/appeals/domain/settings';
import type {
  AppealDeps,
  AppealDraft,
  AppealStore,
  CommitResult,
  CreateResult,
  FileToStore,
  Marker,
  MarkerClaim,
  MarkerCompletion,
  PlainEmail,
  QuarantineEntry,
} from '../../../functions/appeals/ports';
import type { AppealTimerInput } from '../../../functions/sla/adapters/appeal-timers';
import type { TimerEnd } from '../../../functions/sla/adapters/timer-outcomes';
import { workingDaysDeadline } from '../../../functions/sla/domain/deadline';
import { defaultCalendar } from '../../../functions/sla/domain/default-calendar';
import type { SlaEventType } from '../../../functions/sla/domain/sla-notice';
import { outcomeEvent } from '../../../functions/sla/domain/timer-outcome';

/**
 * In-memory fakes of the appeal register's ports (`functions/appeals/ports.ts`), for unit tests of the
 * application services without DynamoDB, S3, SES, SNS or Step Functions. They keep the contracts the real
 * adapters keep (markers claimed once, optimistic versions, history in order) and record what was asked of
 * them, so a test can assert on the register's state and on what left it (mail, alerts, timers).
 */

export const SETTINGS: Readonly<Record<HotlineId, AppealSettings>> = {
  '1414': {
    hotline: '1414',
    hotlineName: { kk: '1414 байланыс орталығы', ru: 'Контакт-центр 1414', en: '1414 contact centre' },
    languages: ['kk', 'ru', 'en'],
    defaultLanguage: 'ru',
    confidential: false,
    answerWorkingDays: 2,
    urgentAckMinutes: 30,
    fromAddress: 'no-reply@1414.kz',
    inboundAddresses: ['egov@nitec.kz', 'support@pki.gov.kz'],
    urgentRecipients: [{ id: 'duty-officer', email: 'duty@nitec.kz' }],
    reportRecipients: [],
    attachmentLimits: DEFAULT_ATTACHMENT_LIMITS,
  },
  '111': {
    hotline: '111',
    hotlineName: { kk: '111 байланыс орталығы', ru: 'Контакт-центр 111', en: '111 contact centre' },
    languages: ['kk', 'ru'],
    defaultLanguage: 'kk',
    confidential: true,
    answerWorkingDays: 15,
    urgentAckMinutes: 15,
    fromAddress: 'no-reply@111.gov4c.kz',
    inboundAddresses: ['info@111.gov4c.kz'],
    urgentRecipients: [
      { id: 'police', email: 'duty@police.kz' },
      { id: 'guardianship', email: 'duty@guardianship.kz' },
    ],
    reportRecipients: [],
    attachmentLimits: DEFAULT_ATTACHMENT_LIMITS,
  },
};

interface StoredMarker extends Marker {
  readonly [detail: string]: unknown;
}

/** The register's table in memory: the same outcomes as `DynamoAppealStore`, without the key layout. */
export class InMemoryAppealStore implements AppealStore {
  readonly appeals = new Map<string, StoredAppeal>();
  readonly histories = new Map<string, HistoryRecord[]>();
  readonly markers = new Map<string, StoredMarker>();
  readonly quarantined: QuarantineEntry[] = [];
  readonly rateCounts = new Map<string, number>();

  constructor(private readonly clock: () => Date = () => new Date()) {}

  async get(number: string): Promise<StoredAppeal | undefined> {
    return this.appeals.get(number);
  }

  async history(number: string): Promise<HistoryRecord[]> {
    return [...(this.histories.get(number) ?? [])];
  }

  async create(
    draft: AppealDraft,
    drawNumber: () => string,
    marker?: MarkerClaim,
    eventExtra: (event: AppealEvent) => Record<string, unknown> = () => ({}),
  ): Promise<CreateResult> {
    if (marker && this.markers.has(marker.key))
      return { kind: 'duplicate', marker: this.markers.get(marker.key)! };
    let number = drawNumber();
    while (this.appeals.has(number)) number = drawNumber();
    const now = this.clock().toISOString();
    const appeal = { ...draft, number, version: 1, updatedAt: now } as StoredAppeal;
    this.appeals.set(number, appeal);
    if (marker) this.claimMarker(marker, number, now);
    this.record(number, draft.history, eventExtra);
    return { kind: 'created', appeal };
  }

  async commit(
    before: StoredAppeal,
    set: Readonly<Record<string, unknown>>,
    events: readonly AppealEvent[],
    options: { marker?: MarkerClaim; eventExtra?: (event: AppealEvent) => Record<string, unknown> } = {},
  ): Promise<CommitResult> {
    const current = this.appeals.get(before.number);
    if (!current || current.version !== before.version) return { kind: 'conflict' };
    if (options.marker && this.markers.has(options.marker.key)) {
      return { kind: 'duplicate', marker: this.markers.get(options.marker.key)! };
    }
    const now = this.clock().toISOString();
    const appeal = { ...before, ...set, updatedAt: now, version: before.version + 1 } as StoredAppeal;
    this.appeals.set(before.number, appeal);
    if (options.marker) this.claimMarker(options.marker, before.number, now);
    this.record(before.number, events, options.eventExtra);
    return { kind: 'committed', appeal };
  }

  async append(
    number: string,
    events: readonly AppealEvent[],
    eventExtra?: (event: AppealEvent) => Record<string, unknown>,
    options: { readonly completeMarker?: MarkerCompletion } = {},
  ): Promise<void> {
    this.record(number, events, eventExtra);
    if (options.completeMarker)
      await this.completeMarker(options.completeMarker.key, options.completeMarker.details);
  }

  async startUrgentClock(number: string, escalatedAt: string, deadline: string) {
    const appeal = this.appeals.get(number);
    if (!appeal) throw new Error(`No appeal ${number}`);
    const kept = {
      escalatedAt: appeal.urgentEscalatedAt ?? escalatedAt,
      deadline: appeal.urgentAckDeadline ?? deadline,
    };
    this.appeals.set(number, {
      ...appeal,
      urgentEscalatedAt: kept.escalatedAt,
      urgentAckDeadline: kept.deadline,
    });
    return kept;
  }

  async quarantine(entry: QuarantineEntry): Promise<boolean> {
    if (this.markers.has(entry.key)) return false;
    const { key, ...details } = entry;
    this.claimMarker({ key, outcome: 'quarantined', details }, undefined, this.clock().toISOString());
    this.quarantined.push(entry);
    return true;
  }

  async marker(key: string): Promise<Marker | undefined> {
    return this.markers.get(key);
  }

  async completeMarker(key: string, details: Readonly<Record<string, unknown>> = {}): Promise<void> {
    const marker = this.markers.get(key);
    if (marker) this.markers.set(key, { ...marker, ...details, state: 'done' });
  }

  async countRequest(window: { key: string; window: string }): Promise<number> {
    const id = `${window.key}|${window.window}`;
    const count = (this.rateCounts.get(id) ?? 0) + 1;
    this.rateCounts.set(id, count);
    return count;
  }

  async receivedIn(period: ReportPeriod): Promise<ReportedAppeal[]> {
    return this.all()
      .filter((appeal) => appeal.receivedAt >= period.from && appeal.receivedAt < period.to)
      .map((appeal) => ({
        hotline: appeal.hotline,
        channel: appeal.channel,
        status: appeal.status,
        receivedAt: appeal.receivedAt,
        ...(appeal.topic ? { topic: appeal.topic } : {}),
        ...(appeal.deadline ? { deadline: appeal.deadline } : {}),
        ...(appeal.answeredAt ? { answeredAt: appeal.answeredAt } : {}),
      }));
  }

  /** Every appeal, in the order registered. */
  all(): StoredAppeal[] {
    return [...this.appeals.values()];
  }

  private claimMarker(marker: MarkerClaim, number: string | undefined, now: string): void {
    this.markers.set(marker.key, {
      key: marker.key,
      outcome: marker.outcome,
      state: 'pending',
      claimedAt: now,
      ...(number ? { number } : {}),
      ...(marker.fingerprint ? { fingerprint: marker.fingerprint } : {}),
      ...marker.details,
    });
  }

  private record(
    number: string,
    events: readonly AppealEvent[],
    eventExtra: (event: AppealEvent) => Record<string, unknown> = () => ({}),
  ): void {
    const history = this.histories.get(number) ?? [];
    for (const event of events) {
      const { actor, ...rest } = event as AppealEvent & { actor?: { id: string; role: string } };
      history.push({
        ...rest,
        ...(actor ? { actor: actor.id, actorRole: actor.role } : {}),
        ...eventExtra(event),
      } as HistoryRecord);
    }
    this.histories.set(number, history);
  }
}

/** The inbound bucket and the attachments bucket in memory. */
export class InMemoryMailObjects {
  readonly inbound = new Map<string, Buffer>();
  readonly attachments = new Map<string, FileToStore>();

  async readInbound(key: string): Promise<Buffer> {
    const raw = this.inbound.get(key);
    if (!raw) throw new Error(`No raw message at ${key}`);
    return raw;
  }

  async storeAttachments(folder: string, files: readonly FileToStore[]): Promise<AttachmentRef[]> {
    return files.map((file, index) => {
      const key = attachmentKey(folder, index, file.filename);
      this.attachments.set(key, file);
      return { key, filename: file.filename, contentType: file.contentType, size: file.content.length };
    });
  }
}

/** The SLA engine's clocks, as calls made: nothing runs. */
export class RecordingTimers {
  readonly answerStarted: AppealTimerInput[] = [];
  readonly answerStopped: Array<{ number: string; outcome: 'met' | 'cancelled' }> = [];
  readonly urgentAckStarted: AppealTimerInput[] = [];
  readonly urgentAckEnded: Array<{ number: string; event: SlaEventType }> = [];
  /** Numbers whose acknowledgement timer has already breached when stopped. */
  readonly breached = new Set<string>();

  readonly answer = {
    start: async (input: AppealTimerInput) => {
      this.answerStarted.push(input);
    },
    stop: async (number: string, outcome: 'met' | 'cancelled') => {
      this.answerStopped.push({ number, outcome });
    },
  };

  readonly urgentAck = {
    start: async (input: AppealTimerInput) => {
      this.urgentAckStarted.push(input);
    },
    stop: async (number: string) => ({ breached: this.breached.has(number) }),
    recordEnd: async (number: string, end: TimerEnd) => {
      const event = outcomeEvent(end.outcome, end.breached, end.deadline, end.at);
      this.urgentAckEnded.push({ number, event });
      return event;
    },
    cancel: async (number: string, deadline: string | undefined) => {
      await this.urgentAck.recordEnd(number, {
        outcome: 'cancelled',
        breached: false,
        at: new Date().toISOString(),
        ...(deadline ? { deadline } : {}),
      });
    },
  };
}

/** SES sending, as an outbox. */
export class Outbox {
  readonly sent: PlainEmail[] = [];
  /** Addresses whose delivery fails, to test partial alerts. */
  readonly failing = new Set<string>();

  async send(email: PlainEmail): Promise<string> {
    if (email.to.some((address) => this.failing.has(address))) throw new Error('SES refused the message');
    this.sent.push(email);
    return `fake-ses-${this.sent.length}`;
  }

  readonly raw: Array<{ from: string; to: readonly string[]; raw: Buffer }> = [];

  async sendRaw(from: string, to: readonly string[], raw: Buffer): Promise<string> {
    this.raw.push({ from, to, raw });
    return `fake-ses-raw-${this.raw.length}`;
  }

  to(address: string): PlainEmail[] {
    return this.sent.filter((email) => email.to.includes(address));
  }
}

export class RecordingTopic {
  readonly published: Array<{ subject: string; message: string }> = [];

  async publish(subject: string, message: string): Promise<string> {
    this.published.push({ subject, message });
    return `fake-sns-${this.published.length}`;
  }
}

/** A clock that stands still until moved. */
export class FixedClock {
  constructor(private instant: Date = new Date('2026-11-23T05:00:00.000Z')) {}

  now(): Date {
    return new Date(this.instant);
  }

  advance(ms: number): void {
    this.instant = new Date(this.instant.getTime() + ms);
  }
}

export interface FakeAppealDeps {
  readonly deps: AppealDeps;
  readonly store: InMemoryAppealStore;
  readonly mail: InMemoryMailObjects;
  readonly timers: RecordingTimers;
  readonly outbox: Outbox;
  readonly topic: RecordingTopic;
  readonly clock: FixedClock;
}

/**
 * A register with every port in memory. Deadlines are counted with the calendar shipped with the code;
 * the contact-hash secret is a fixed key; the referral directory holds `bodies`.
 */
export function fakeAppealDeps(
  options: { hotline?: HotlineId; bodies?: Readonly<Record<string, DirectoryBody>> } = {},
): FakeAppealDeps {
  const clock = new FixedClock();
  const store = new InMemoryAppealStore(() => clock.now());
  const mail = new InMemoryMailObjects();
  const timers = new RecordingTimers();
  const outbox = new Outbox();
  const topic = new RecordingTopic();
  const secret = Buffer.alloc(32, 7);
  const deps: AppealDeps = {
    settings: SETTINGS[options.hotline ?? '1414'],
    store,
    mail,
    timers,
    calendar: {
      answerDeadline: async (receivedAt, workingDays) =>
        workingDaysDeadline(defaultCalendar(), receivedAt, workingDays),
    },
    contactSecret: { get: async () => secret },
    mailer: outbox,
    urgentTopic: topic,
    clock,
    directory: { find: async (bodyId) => options.bodies?.[bodyId] },
  };
  return { deps, store, mail, timers, outbox, topic, clock };
}
