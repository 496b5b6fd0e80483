import * as z from 'zod';
import { almatyDayOf } from '../../sla/domain/almaty-time';

/**
 * A Connect contact trace record (CTR) reduced to what staffing and reports need: when the contact started,
 * entered a queue, reached an operator and ended; its queue, channel and initiation method (callbacks
 * included); whether the caller hung up while waiting; the handle time; the operator's Connect user name
 * (a staff login). Nothing about the caller: no number, no attributes (they may hold what the caller keyed in).
 */

const timestamp = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO-8601 time');
const seconds = z.number().finite().nonnegative().nullish();

const CtrSchema = z.object({
  ContactId: z.string().min(1).max(256),
  Channel: z.string().min(1).max(32),
  InitiationMethod: z.string().max(64).nullish(),
  InitiationTimestamp: timestamp,
  DisconnectTimestamp: timestamp.nullish(),
  LastUpdateTimestamp: timestamp.nullish(),
  Queue: z
    .object({
      Name: z.string().max(256).nullish(),
      EnqueueTimestamp: timestamp.nullish(),
      DequeueTimestamp: timestamp.nullish(),
      Duration: seconds,
    })
    .nullish(),
  Agent: z
    .object({
      Username: z.string().max(256).nullish(),
      ARN: z.string().max(2048).nullish(),
      ConnectedToAgentTimestamp: timestamp.nullish(),
      AgentInteractionDuration: seconds,
      CustomerHoldDuration: seconds,
      AfterContactWorkDuration: seconds,
    })
    .nullish(),
});

/** One contact as the store keeps it and `GET /contact-records` returns it. */
export interface ContactSummary {
  readonly contactId: string;
  /** The Almaty day the contact started, `YYYY-MM-DD`: the store files it there. */
  readonly day: string;
  /** `VOICE`, `CHAT`, `TASK`... as Connect reports it. */
  readonly channel: string;
  /** `INBOUND`, `OUTBOUND`, `TRANSFER`, `CALLBACK`, `API`... as Connect reports it. */
  readonly initiationMethod: string | null;
  readonly initiatedAt: string;
  readonly enqueuedAt: string | null;
  readonly answeredAt: string | null;
  readonly disconnectedAt: string | null;
  readonly queue: string | null;
  /** Seconds in the queue: until an operator answered, or until the caller hung up. */
  readonly queueSeconds: number | null;
  /** Entered a queue and ended without reaching an operator (a callback contact is Connect's, not a caller's, wait). */
  readonly abandoned: boolean;
  /** Talk, hold and after-contact work of an answered contact. */
  readonly handleSeconds: number | null;
  /** The operator's Connect user name, or the user id from the ARN when the record has no name. */
  readonly agent: string | null;
  /** `LastUpdateTimestamp` of the record summarised: a later record of the same contact replaces this one. */
  readonly lastUpdate: string;
}

export type SummaryDecision =
  | { readonly kind: 'summary'; readonly summary: ContactSummary }
  | { readonly kind: 'skipped'; readonly reason: 'not_a_contact_record' };

const iso = (value: string) => new Date(Date.parse(value)).toISOString();
const isoOrNull = (value: string | null | undefined) => (value ? iso(value) : null);

/** The user id at the end of `arn:aws:connect:...:instance/<id>/agent/<userId>`. */
function agentIdOf(arn: string | null | undefined): string | null {
  const match = /\/agent\/([^/]+)$/.exec(arn ?? '');
  return match ? match[1]! : null;
}

/** Summarises one CTR from the stream, or says it is not one. */
export function summarize(raw: unknown): SummaryDecision {
  const parsed = CtrSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'skipped', reason: 'not_a_contact_record' };
  const record = parsed.data;
  const enqueuedAt = isoOrNull(record.Queue?.EnqueueTimestamp);
  const agent = record.Agent ?? null;
  const answeredAt = isoOrNull(agent?.ConnectedToAgentTimestamp);
  const disconnectedAt = isoOrNull(record.DisconnectTimestamp);
  const initiationMethod = record.InitiationMethod ?? null;
  const waitEnd = answeredAt ?? isoOrNull(record.Queue?.DequeueTimestamp) ?? disconnectedAt;
  const queueSeconds =
    enqueuedAt === null
      ? null
      : (record.Queue?.Duration ??
        (waitEnd === null
          ? null
          : Math.max(0, Math.round((Date.parse(waitEnd) - Date.parse(enqueuedAt)) / 1000))));
  const handleSeconds =
    answeredAt === null
      ? null
      : (agent?.AgentInteractionDuration ?? 0) +
        (agent?.CustomerHoldDuration ?? 0) +
        (agent?.AfterContactWorkDuration ?? 0);
  const initiatedAt = iso(record.InitiationTimestamp);
  return {
    kind: 'summary',
    summary: {
      contactId: record.ContactId,
      day: almatyDayOf(Date.parse(initiatedAt)),
      channel: record.Channel,
      initiationMethod,
      initiatedAt,
      enqueuedAt,
      answeredAt,
      disconnectedAt,
      queue: record.Queue?.Name ?? null,
      queueSeconds,
      abandoned:
        enqueuedAt !== null &&
        answeredAt === null &&
        disconnectedAt !== null &&
        initiationMethod !== 'CALLBACK',
      handleSeconds,
      agent: agent === null ? null : (agent.Username ?? agentIdOf(agent.ARN)),
      lastUpdate: iso(record.LastUpdateTimestamp ?? record.DisconnectTimestamp ?? record.InitiationTimestamp),
    },
  };
}

/** The part of a CTR the staffing plan reads (`functions/staffing/domain/week-plan.ts`). */
export interface PlanRecord {
  readonly InitiationMethod: string | null;
  readonly Queue: { readonly EnqueueTimestamp: string | null; readonly Duration: number | null } | null;
  readonly Agent: {
    readonly AgentInteractionDuration: number;
    readonly AfterContactWorkDuration: number;
  } | null;
}

/** A summary as the staffing plan reads contact records: voice contacts only (operators on the phones). */
export function planRecordOf(summary: ContactSummary): PlanRecord | undefined {
  if (summary.channel !== 'VOICE') return undefined;
  return {
    InitiationMethod: summary.initiationMethod,
    Queue:
      summary.enqueuedAt === null
        ? null
        : { EnqueueTimestamp: summary.enqueuedAt, Duration: summary.queueSeconds },
    Agent:
      summary.answeredAt === null
        ? null
        : { AgentInteractionDuration: summary.handleSeconds ?? 0, AfterContactWorkDuration: 0 },
  };
}
