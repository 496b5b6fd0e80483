import type { AppealStatus, AppealStatusResult } from '../../../contracts/connect-lambdas';
import type { HotlineId, Language } from '../../../contracts/hotlines';
import { APPEAL_STATUSES as REGISTER_STATUSES } from '../../appeals/domain/appeal';
import { parseRegistrationNumber } from '../../appeals/domain/registration-number';
import { appealStatusMessage, statusSentence } from './appeal-status-message';

/** What the IVR may read of an appeal item: its status and dates, nothing else. */
export interface AppealStatusView {
  readonly status: (typeof REGISTER_STATUSES)[number];
  readonly receivedAt: string;
  readonly deadline?: string;
}

/** An appeal item that cannot be read out (a status the IVR does not know): a fault, not a caller's mistake. */
export class UnreadableAppealError extends Error {
  override readonly name = 'UnreadableAppealError';
}

/** Picks status and dates out of a stored appeal item, failing loudly on anything else. */
export function appealStatusView(item: Readonly<Record<string, unknown>>): AppealStatusView {
  const { status, receivedAt, deadline } = item;
  if (typeof status !== 'string' || !(REGISTER_STATUSES as readonly string[]).includes(status)) {
    throw new UnreadableAppealError(
      `Appeal item has status ${JSON.stringify(status)}, not a register status`,
    );
  }
  if (typeof receivedAt !== 'string') throw new UnreadableAppealError('Appeal item has no receivedAt');
  return {
    status: status as AppealStatusView['status'],
    receivedAt,
    ...(typeof deadline === 'string' ? { deadline } : {}),
  };
}

export type KeyedNumber =
  | { readonly ok: true; readonly number: string }
  /** `invalid`: not a registration number at all; `elsewhere`: a valid number of the other hotline. */
  | { readonly ok: false; readonly reason: 'invalid' | 'elsewhere' };

/** Reads the digits a caller keyed in (separators and `#` ignored) as a registration number of `hotline`. */
export function readKeyedNumber(digits: string, hotline: HotlineId): KeyedNumber {
  const parsed = parseRegistrationNumber(digits);
  if (!parsed.ok) return { ok: false, reason: 'invalid' };
  // The other hotline's register is in another account's table: for this one it does not exist.
  if (parsed.hotline !== hotline) return { ok: false, reason: 'elsewhere' };
  return { ok: true, number: parsed.number };
}

/** How a lookup ended, before it is put into words. */
export type StatusLookup =
  | { readonly kind: 'invalid' }
  | { readonly kind: 'not_found' }
  | { readonly kind: 'found'; readonly appeal: AppealStatusView };

/** The flow's answer: an explicit outcome, the status for the Kazakh recordings, a message for Polly. */
export function statusAnswer(
  hotline: HotlineId,
  lookup: StatusLookup,
  language: Language,
): AppealStatusResult {
  if (lookup.kind !== 'found') {
    const status: AppealStatus = lookup.kind;
    return { outcome: lookup.kind, status, message: statusSentence(hotline, status, language) };
  }
  const { appeal } = lookup;
  return {
    outcome: 'found',
    status: appeal.status,
    message: appealStatusMessage(hotline, appeal.status, appeal, language),
  };
}
