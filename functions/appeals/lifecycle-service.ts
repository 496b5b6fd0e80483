import type { Language } from '../../contracts/hotlines';
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError } from '../shared/errors';
import { logger } from '../shared/logger';
import type { Actor, AppealEvent, Correspondent } from './domain/appeal';
import {
  MissingTransitionDetailError,
  RoleNotAllowedError,
  TransitionNotAllowedError,
} from './domain/errors';
import { changeStatus, recordEvent, type StatusChange } from './domain/lifecycle';
import { referralNotice } from './domain/notices';
import { referralFromDirectory, referredBody } from './domain/referral';
import { formatRegistrationNumber, parseRegistrationNumber } from './domain/registration-number';
import { escalateUrgent, type UrgentDeps } from './follow-ups';
import { type AppealDeps, type HistoryRecord, nowIso, type StoredAppeal } from './ports';
import type { CorrespondenceRequest, TransitionRequest } from './requests';

/**
 * What operators and supervisors do with an appeal: read it, move it through its statuses (answering or
 * closing stops the SLA timer), refer it to the competent body (telling the applicant where to turn),
 * record correspondence with state bodies and ombudsmen, and mark it urgent.
 */

export type OperatorDeps = UrgentDeps;

const MAX_ATTEMPTS = 4;

export async function readAppeal(
  deps: OperatorDeps,
  keyed: string,
): Promise<{ appeal: AppealView; history: HistoryRecord[] }> {
  const appeal = await requireAppeal(deps, keyed);
  return { appeal: viewOf(appeal), history: await deps.store.history(appeal.number) };
}

/** What moving an appeal needs besides the register: the referral directory, to name the body referred to. */
export type MoveDeps = OperatorDeps & Pick<AppealDeps, 'directory'>;

export async function moveAppeal(
  deps: MoveDeps,
  keyed: string,
  request: TransitionRequest,
  actor: Actor,
): Promise<AppealView> {
  const change = statusChangeOf(request);
  let appeal = await requireAppeal(deps, keyed);
  const referral =
    request.to === 'referred' && request.referral
      ? await referralOf(deps, appeal, request.referral)
      : undefined;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const before = appeal;
    const now = nowIso(deps);
    const moved = translateDomainErrors(() => changeStatus(before, change, actor, now));
    const set: Record<string, unknown> = {
      status: moved.appeal.status,
      ...(referral ? { referral } : {}),
      ...(request.to === 'answered' && !before.answeredAt ? { answeredAt: now } : {}),
    };
    const committed = await deps.store.commit(before, set, moved.events, {
      eventExtra: (event) =>
        event.type === 'referred' && referral
          ? {
              bodyName: referral.bodyName,
              ...(referral.bodyContacts ? { bodyContacts: referral.bodyContacts } : {}),
            }
          : {},
    });
    if (committed.kind === 'committed') {
      await afterMove(deps, before, committed.appeal, request, actor, referral);
      return viewOf(committed.appeal);
    }
    const reloaded = await deps.store.get(before.number);
    if (!reloaded) throw new NotFoundError('No appeal with this registration number');
    appeal = reloaded;
  }
  throw new ConflictError('The appeal is being changed by someone else; try again');
}

/** A referral as the register records it: the body named as the applicant is told it. */
interface ReferralRecord {
  readonly bodyId: string;
  readonly note: string;
  readonly bodyName: string;
  readonly bodyContacts?: string;
}

/**
 * The body referred to, from the referral directory, named in the language the applicant is written to;
 * a name or contacts the operator gave replace the directory's. 404 when the directory has no such body,
 * before anything is written.
 */
async function referralOf(
  deps: MoveDeps,
  appeal: StoredAppeal,
  requested: NonNullable<TransitionRequest['referral']>,
): Promise<ReferralRecord> {
  const listed = await deps.directory.find(requested.bodyId);
  if (!listed) throw new NotFoundError(`No body ${requested.bodyId} in the referral directory`);
  const body = referredBody(referralFromDirectory(listed, letterLanguage(deps, appeal)), requested);
  return {
    bodyId: requested.bodyId,
    note: requested.note ?? '',
    bodyName: body.name,
    ...(body.contacts ? { bodyContacts: body.contacts } : {}),
  };
}

/** The appeal's language when the hotline writes in it, else the hotline's default. */
function letterLanguage(deps: OperatorDeps, appeal: StoredAppeal): Language {
  return deps.settings.languages.includes(appeal.language) ? appeal.language : deps.settings.defaultLanguage;
}

async function afterMove(
  deps: OperatorDeps,
  before: StoredAppeal,
  after: StoredAppeal,
  request: TransitionRequest,
  actor: Actor,
  referral: ReferralRecord | undefined,
): Promise<void> {
  if (request.to === 'answered') await deps.timers.answer.stop(after.number, 'met');
  if (request.to === 'closed' && before.status !== 'answered')
    await deps.timers.answer.stop(after.number, 'cancelled');
  // A closed appeal (a duplicate, a mistake) needs nobody to chase the state bodies any more.
  if (request.to === 'closed' && after.urgentEscalatedAt && !after.urgentAcknowledgement)
    await deps.timers.urgentAck.cancel(after.number, after.urgentAckDeadline);
  if (request.to === 'referred' && referral && after.applicant.email) {
    const letter = referralNotice({
      number: after.number,
      language: letterLanguage(deps, after),
      hotlineName: deps.settings.hotlineName,
      bodyName: referral.bodyName,
      ...(referral.bodyContacts ? { bodyContacts: referral.bodyContacts } : {}),
    });
    const messageId = await deps.mailer.send({
      from: deps.settings.fromAddress,
      to: [after.applicant.email],
      letter,
    });
    const sent = recordEvent(after, {
      type: 'correspondence_sent',
      at: nowIso(deps),
      actor,
      to: { party: 'applicant' },
      channel: 'email',
      messageId,
    });
    await deps.store.append(after.number, sent.events, () => ({
      purpose: 'referral_notice',
      bodyId: referral.bodyId,
    }));
  }
}

export async function recordCorrespondence(
  deps: OperatorDeps,
  keyed: string,
  request: CorrespondenceRequest,
  actor: Actor,
): Promise<HistoryRecord[]> {
  const appeal = await requireAppeal(deps, keyed);
  const party: Correspondent =
    request.counterpart.kind === 'applicant'
      ? { party: 'applicant' }
      : { party: 'body', bodyId: request.counterpart.bodyId ?? slugOf(request.counterpart.name) };
  const at = nowIso(deps);
  const channel = request.channel ?? 'letter';
  const event: AppealEvent =
    request.direction === 'outgoing'
      ? { type: 'correspondence_sent', at, actor, to: party, channel }
      : { type: 'correspondence_received', at, actor, from: party, channel };
  const recorded = recordEvent(appeal, event as Parameters<typeof recordEvent>[1]);
  await deps.store.append(appeal.number, recorded.events, () => ({
    text: request.body,
    counterpartKind: request.counterpart.kind,
    counterpartName: request.counterpart.name,
  }));
  return deps.store.history(appeal.number);
}

/** Marks an appeal urgent (once) and alerts the state bodies at once. */
export async function markUrgent(deps: OperatorDeps, keyed: string, actor: Actor) {
  let appeal = await requireAppeal(deps, keyed);
  for (let attempt = 1; !appeal.urgent && attempt <= MAX_ATTEMPTS; attempt += 1) {
    const committed = await deps.store.commit(appeal, { urgent: true }, []);
    if (committed.kind === 'committed') {
      appeal = committed.appeal;
      break;
    }
    appeal = (await deps.store.get(appeal.number)) ?? appeal;
  }
  if (!appeal.urgent) throw new ConflictError('The appeal is being changed by someone else; try again');
  const escalation = await escalateUrgent(deps, appeal, actor);
  logger.info('Urgent appeal escalated', {
    appealNumber: appeal.number,
    notified: escalation.notified.length,
  });
  return { appeal: viewOf(appeal), escalation };
}

export interface AppealView extends Omit<StoredAppeal, 'history' | 'version' | 'number'> {
  readonly number: string;
  readonly registrationNumber: string;
}

function viewOf(appeal: StoredAppeal): AppealView {
  const { history: _history, version: _version, ...rest } = appeal;
  return { ...rest, registrationNumber: formatRegistrationNumber(appeal.number) };
}

/** The appeal of this hotline under a number as keyed in: 400 when mistyped, 404 when unknown. */
export async function requireAppeal(deps: OperatorDeps, keyed: string): Promise<StoredAppeal> {
  const parsed = parseRegistrationNumber(keyed);
  if (!parsed.ok) throw new BadRequestError('not a valid registration number');
  const appeal = parsed.hotline === deps.settings.hotline ? await deps.store.get(parsed.number) : undefined;
  if (!appeal) throw new NotFoundError('No appeal with this registration number');
  return appeal;
}

function statusChangeOf(request: TransitionRequest): StatusChange {
  switch (request.to) {
    case 'referred':
      if (!request.referral) throw new BadRequestError('referral: is required to refer an appeal');
      return {
        to: 'referred',
        referral: { bodyId: request.referral.bodyId, note: request.referral.note ?? '' },
      };
    case 'answered':
      return { to: 'answered' };
    default:
      return { to: request.to, ...(request.reason ? { reason: request.reason } : {}) };
  }
}

function translateDomainErrors<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof TransitionNotAllowedError) throw new ConflictError(error.message);
    if (error instanceof RoleNotAllowedError) throw new ForbiddenError(error.message);
    if (error instanceof MissingTransitionDetailError) throw new BadRequestError(error.message);
    throw error;
  }
}

/** A body named without a directory id still gets a stable one for the history: `Akimat of Almaty` -> `akimat-of-almaty`. */
function slugOf(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60);
  return slug.length >= 2 ? slug : 'unnamed-body';
}
