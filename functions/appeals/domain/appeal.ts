import type { HotlineId, Language } from '../../../contracts/hotlines';

/**
 * The appeal as the register keeps it. Statuses and the rules to move between them are in
 * `lifecycle.ts`; this file only says what an appeal and its history are made of.
 */

export const APPEAL_STATUSES = ['registered', 'in_progress', 'referred', 'answered', 'closed'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

export type Channel = 'email' | 'web' | 'phone' | 'ivr';

/** Who acts: staff by role, or the system itself (an inbound reply, a timer). */
export type Role = 'operator' | 'supervisor' | 'system';

export interface Actor {
  /** Staff user id (never a name) or the component, e.g. `email-ingest`. */
  readonly id: string;
  readonly role: Role;
}

export interface Applicant {
  /** `hashContact` of the e-mail or phone, to find someone's appeals without indexing the contact itself. */
  readonly contactHash?: string;
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
}

export interface AttachmentRef {
  /** Storage key of the content. */
  readonly key: string;
  readonly filename: string;
  readonly contentType: string;
  readonly size: number;
}

export interface UrgentAcknowledgement {
  readonly at: string;
  readonly by: string;
  readonly bodyId?: string;
  /** The staff member who recorded it (a user id, never a name). */
  readonly recordedBy: string;
  /** Whether it came by the deadline; absent when no clock ran (escalated before clocks existed). */
  readonly sla?: 'met' | 'late';
}

export interface Referral {
  /** Id of the state body or organisation the appeal was sent to, as configured. */
  readonly bodyId: string;
  readonly note: string;
}

interface EventBase {
  /** ISO-8601 instant. */
  readonly at: string;
  readonly actor?: Actor;
}

/** Who the hotline corresponds with about an appeal. */
export type Correspondent =
  | { readonly party: 'applicant' }
  | { readonly party: 'body'; readonly bodyId: string };

export type AppealEvent = EventBase &
  (
    | { readonly type: 'registered'; readonly channel: Channel }
    | {
        readonly type: 'status_changed';
        readonly from: AppealStatus;
        readonly to: AppealStatus;
        readonly reason?: string;
      }
    | { readonly type: 'referred'; readonly bodyId: string; readonly note: string }
    /** Anything the hotline sent about the appeal: the answer, a request for details, a letter to a body. */
    | {
        readonly type: 'correspondence_sent';
        readonly to: Correspondent;
        readonly channel: Channel | 'letter';
        readonly messageId?: string;
        readonly attachments?: readonly AttachmentRef[];
      }
    /** A state body's answer or anything else received outside the applicant's e-mail thread. */
    | {
        readonly type: 'correspondence_received';
        readonly from: Correspondent;
        readonly channel: Channel | 'letter';
        readonly messageId?: string;
        readonly attachments?: readonly AttachmentRef[];
      }
    /** The applicant wrote again in the e-mail thread of the appeal (recognised by its number). */
    | {
        readonly type: 'reply_received';
        readonly messageId?: string;
        readonly text: string;
        readonly attachments: readonly AttachmentRef[];
      }
    /**
     * Someone other than the applicant wrote about this appeal (its number in their mail); their mail was
     * registered as an appeal of its own, `relatedNumber`, and changed nothing here.
     */
    | { readonly type: 'related_appeal_registered'; readonly relatedNumber: string }
    | {
        readonly type: 'acknowledged';
        readonly channel: Channel;
        readonly language: Language;
        readonly messageId?: string;
      }
    | { readonly type: 'urgent_notified'; readonly recipientIds: readonly string[] }
    /** A state body confirmed it took the urgent case, as recorded by an operator or supervisor. */
    | {
        readonly type: 'urgent_acknowledged';
        /** Who acknowledged, as they gave it (e.g. the duty officer and unit). */
        readonly by: string;
        /** The body's id, when it is one of the directory's or the configured recipients. */
        readonly bodyId?: string;
        readonly note?: string;
        /** When the acknowledgement was due, and whether it came by then. */
        readonly deadline?: string;
        readonly sla?: 'met' | 'late';
      }
    | { readonly type: 'sla_started'; readonly deadline: string }
    | { readonly type: 'sla_reminded'; readonly deadline: string }
    | { readonly type: 'sla_met'; readonly deadline: string }
    | { readonly type: 'sla_breached'; readonly deadline: string }
    | { readonly type: 'sla_cancelled'; readonly reason: string }
  );

export type AppealEventType = AppealEvent['type'];

export interface Appeal {
  readonly number: string;
  readonly hotline: HotlineId;
  readonly channel: Channel;
  /** ISO-8601 instant the hotline received it (the SES receipt time for e-mail). */
  readonly receivedAt: string;
  readonly language: Language;
  readonly topic?: string;
  readonly applicant: Applicant;
  readonly subject?: string;
  readonly text: string;
  readonly attachments: readonly AttachmentRef[];
  readonly status: AppealStatus;
  /** ISO-8601 instant the answer is due, from the SLA calendar. */
  readonly deadline?: string;
  readonly urgent?: boolean;
  /** When the state bodies were first alerted of this urgent appeal (the acknowledgement clock starts). */
  readonly urgentEscalatedAt?: string;
  /** When a state body's acknowledgement is due: `urgentEscalatedAt` + `sla.urgentAckMinutes`. */
  readonly urgentAckDeadline?: string;
  /** The first acknowledgement by a state body; later ones change nothing. */
  readonly urgentAcknowledgement?: UrgentAcknowledgement;
  /** The latest referral; every referral stays in the history. */
  readonly referral?: Referral;
  /** Oldest first. */
  readonly history: readonly AppealEvent[];
}

export type NewAppeal = Omit<Appeal, 'status' | 'history' | 'referral'>;

/** A new appeal, `registered`, whose history starts with its registration. */
export function registerAppeal(details: NewAppeal, at: string, actor?: Actor): Appeal {
  const event: AppealEvent = {
    type: 'registered',
    at,
    channel: details.channel,
    ...(actor ? { actor } : {}),
  };
  return { ...details, status: 'registered', history: [event] };
}
