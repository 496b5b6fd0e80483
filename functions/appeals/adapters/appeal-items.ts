import { appealKeys } from '../../../contracts/keys/appeal-keys';
import type { Actor, Appeal, AppealEvent } from '../domain/appeal';

/**
 * How appeals and their history are laid out in the register's table (`contracts/keys/appeal-keys.ts`).
 * The appeal item holds the current state and a `version` for optimistic locking; each history event is
 * an item of its own, written once and never changed, in the shape `appendHistory` writes.
 */

/** What the register keeps besides the domain's appeal. */
export interface AppealRecordExtras {
  /** Where the raw e-mail is kept (inbound bucket key). */
  readonly rawMessageKey?: string;
  /** The address of the hotline that received the e-mail: acknowledgements answer from it. */
  readonly inboundAddress?: string;
  /** What could not be read in the e-mail, for whoever opens the raw message. */
  readonly problems?: readonly string[];
  /** Connect contact id of an IVR or phone appeal. */
  readonly contactId?: string;
  /**
   * The appeal this one refers to (13 digits): mail carrying that appeal's number from someone other than
   * its applicant is registered as a new appeal with this link, for an operator to follow.
   */
  readonly relatedTo?: string;
  /**
   * The desktop username (the Connect agent username) of the operator or supervisor who registered the
   * appeal, from their verified IdToken: the scorecard counts their registrations and how their SLA went.
   * Absent for e-mail, web and IVR appeals, and for staff requests without an IdToken (scripts).
   */
  readonly registeredBy?: string;
}

export interface StoredAppeal extends Appeal, AppealRecordExtras {
  readonly version: number;
  readonly updatedAt: string;
  readonly answeredAt?: string;
}

export interface HistoryRecord {
  readonly type: string;
  readonly at: string;
  readonly actor?: string;
  readonly actorRole?: string;
  readonly [detail: string]: unknown;
}

/** History keys sort by time as text: every instant is written as UTC with milliseconds. */
export function sortableInstant(at: string): string {
  return new Date(at).toISOString();
}

export function appealItem(appeal: StoredAppeal): Record<string, unknown> {
  const { history: _history, ...state } = appeal;
  return {
    ...appealKeys.appeal(appeal.number),
    kind: 'appeal',
    ...state,
    ...statusIndex(appeal),
    ...(appeal.applicant.contactHash
      ? { gsi2pk: appealKeys.contactIndex.pk(appeal.applicant.contactHash), gsi2sk: appeal.receivedAt }
      : {}),
  };
}

export function statusIndex(appeal: Pick<Appeal, 'status' | 'receivedAt'>): Record<string, string> {
  return { gsi1pk: appealKeys.statusIndex.pk(appeal.status), gsi1sk: appeal.receivedAt };
}

const KEY_FIELDS = ['pk', 'sk', 'kind', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk'];

export function appealFromItem(item: Record<string, unknown>): StoredAppeal {
  const state = Object.fromEntries(Object.entries(item).filter(([key]) => !KEY_FIELDS.includes(key)));
  return { ...(state as unknown as StoredAppeal), history: [] };
}

/**
 * A history event as an item. `sequence` orders events written in the same millisecond (registration
 * and its acknowledgement) as they happened.
 */
export function historyItem(
  number: string,
  event: AppealEvent,
  sequence: number,
  id: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const { type, at, actor, ...details } = event as AppealEvent & { actor?: Actor };
  const stamped = sortableInstant(at);
  return {
    ...appealKeys.historyEvent(number, stamped, `${String(sequence).padStart(2, '0')}-${id}`),
    kind: 'history',
    number,
    type,
    at: stamped,
    ...(actor ? { actor: actor.id, actorRole: actor.role } : {}),
    ...details,
    ...extra,
  };
}

export function historyFromItem(item: Record<string, unknown>): HistoryRecord {
  const { pk: _pk, sk: _sk, kind: _kind, number: _number, ...rest } = item;
  return rest as HistoryRecord;
}
