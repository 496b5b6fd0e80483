import { createHash, randomUUID } from 'node:crypto';
import type { Language } from '../../contracts/hotlines';
import { toE164 } from '../../contracts/phone';
import { BadRequestError, ConflictError } from '../shared/errors';
import type { RegisterRole } from './callers';
import { safeAttachmentName } from './domain/attachment-name';
import { normalizeEmail } from './domain/contact-hash';
import { formatRegistrationNumber } from './domain/registration-number';
import { acknowledge, escalateUrgent, type UrgentDeps } from './follow-ups';
import { nowIso, type StoredAppeal } from './ports';
import { type RegisterDeps, registerNewAppeal } from './register';
import type { WebAppealRequest } from './requests';

/**
 * `POST /appeals`: an appeal from the web portal (channel `web`) or a call an operator registers
 * (channel `phone`). A portal retry with the same `Idempotency-Key` gets the first answer again instead
 * of a second appeal.
 */

export interface WebAppealAnswer {
  readonly registrationNumber: string;
  readonly deadline?: string;
  readonly status: string;
}

export type WebAppealDeps = RegisterDeps & UrgentDeps;

export interface Submission {
  readonly request: WebAppealRequest;
  readonly role: RegisterRole;
  readonly actorId: string;
  /**
   * The signed-in operator's (or supervisor's) username from their verified IdToken: stored on the appeal as
   * who registered it, and the history's actor. Never set for the web portal.
   */
  readonly registeredBy?: string;
  readonly idempotencyKey?: string;
  /** The body as received, to tell a retry from a different request under the same key. */
  readonly rawBody: string;
}

export async function submitAppeal(deps: WebAppealDeps, submission: Submission): Promise<WebAppealAnswer> {
  const { request, role } = submission;
  const language = languageOf(request.lang, deps.settings.languages);
  const channel = channelOf(role, request.channel);
  if (request.urgent && role === 'webPortal') {
    throw new BadRequestError('urgent: only operators mark an appeal urgent; the web portal cannot');
  }
  const email = request.email === undefined ? undefined : normalizeEmail(request.email);
  if (request.email !== undefined && email === undefined)
    throw new BadRequestError('email: is not an e-mail address');
  const phone = request.phone === undefined ? undefined : toE164(request.phone);
  if (request.phone !== undefined && phone === undefined)
    throw new BadRequestError('phone: is not a phone number');
  const files = (request.attachments ?? []).map((file, index) => ({
    filename: safeAttachmentName(file.filename, file.contentType, index + 1),
    contentType: file.contentType.toLowerCase(),
    content: Buffer.from(file.base64, 'base64'),
  }));
  const fingerprint = createHash('sha256').update(submission.rawBody, 'utf8').digest('hex');
  const registeredBy = role === 'webPortal' ? undefined : submission.registeredBy;
  const actorId = registeredBy ?? submission.actorId;
  const markerKey = submission.idempotencyKey
    ? `idem:${role}:${createHash('sha256').update(submission.idempotencyKey, 'utf8').digest('hex')}`
    : undefined;
  const outcome = await registerNewAppeal(deps, {
    channel,
    receivedAt: nowIso(deps),
    language,
    ...(request.topic ? { topic: request.topic } : {}),
    text: request.text,
    applicant: {
      ...(request.name ? { name: request.name } : {}),
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
    },
    files,
    ...(request.urgent ? { urgent: true } : {}),
    actor: {
      id: actorId,
      role: role === 'supervisor' ? 'supervisor' : role === 'operator' ? 'operator' : 'system',
    },
    submissionKey: markerKey ?? randomUUID(),
    ...(markerKey ? { marker: { key: markerKey, outcome: 'registered' as const, fingerprint } } : {}),
    ...(registeredBy ? { extras: { registeredBy } } : {}),
  });
  if (outcome.kind === 'duplicate') {
    if (outcome.marker.fingerprint !== fingerprint) {
      throw new ConflictError('Idempotency-Key was already used for a different request');
    }
    const earlier = outcome.marker.number ? await deps.store.get(outcome.marker.number) : undefined;
    if (!earlier) throw new ConflictError('Idempotency-Key belongs to a request still being processed');
    return answerOf(earlier);
  }
  const { appeal } = outcome;
  const acknowledged =
    channel === 'web' ? await acknowledge(deps, appeal, appeal.applicant.email, undefined) : false;
  if (appeal.urgent)
    await escalateUrgent(deps, appeal, {
      id: actorId,
      role: role === 'supervisor' ? 'supervisor' : 'operator',
    });
  if (markerKey) await deps.store.completeMarker(markerKey, { acknowledged });
  return answerOf(appeal);
}

function answerOf(appeal: StoredAppeal): WebAppealAnswer {
  return {
    registrationNumber: formatRegistrationNumber(appeal.number),
    ...(appeal.deadline ? { deadline: appeal.deadline } : {}),
    status: appeal.status,
  };
}

function languageOf(lang: string, languages: readonly Language[]): Language {
  const found = languages.find((language) => language === lang.trim().toLowerCase());
  if (!found) {
    throw new BadRequestError(
      `lang: unknown language "${lang.slice(0, 10)}"; this hotline answers in ${languages.join(', ')}`,
    );
  }
  return found;
}

function channelOf(role: RegisterRole, requested: 'web' | 'phone' | undefined): 'web' | 'phone' {
  const allowed = role === 'webPortal' ? 'web' : 'phone';
  if (requested !== undefined && requested !== allowed) {
    throw new BadRequestError(
      role === 'webPortal'
        ? 'channel: the web portal submits web appeals only'
        : 'channel: operators register phone calls (channel "phone")',
    );
  }
  return allowed;
}
