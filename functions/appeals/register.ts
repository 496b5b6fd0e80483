import type { Language } from '../../contracts/hotlines';
import { toE164 } from '../../contracts/phone';
import type { Actor, Channel, NewAppeal } from './domain/appeal';
import { registerAppeal } from './domain/appeal';
import { hashContact, normalizeEmail } from './domain/contact-hash';
import { attachmentFolder } from './domain/mail-storage';
import { generateRegistrationNumber } from './domain/registration-number';
import {
  type AppealDeps,
  type AppealRecordExtras,
  type FileToStore,
  type Marker,
  type MarkerClaim,
  nowIso,
  type StoredAppeal,
} from './ports';

/** What every way of registering an appeal needs. */
export type RegisterDeps = Pick<
  AppealDeps,
  'store' | 'settings' | 'mail' | 'calendar' | 'contactSecret' | 'timers' | 'clock'
>;

export interface ApplicantContacts {
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
}

export interface RegistrationRequest {
  readonly channel: Channel;
  readonly receivedAt: string;
  readonly language: Language;
  readonly topic?: string;
  readonly subject?: string;
  readonly text: string;
  readonly applicant: ApplicantContacts;
  readonly files: readonly FileToStore[];
  readonly urgent?: boolean;
  readonly actor: Actor;
  /** Identifies the submission (de-duplication or idempotency key, or a fresh id): names its file folder. */
  readonly submissionKey: string;
  readonly marker?: MarkerClaim;
  readonly extras?: AppealRecordExtras;
  /** Keep only the contact's hash, not the contact itself (a caller's number from the IVR). */
  readonly contactHashOnly?: boolean;
}

export type RegistrationOutcome =
  | { readonly kind: 'registered'; readonly appeal: StoredAppeal }
  | { readonly kind: 'duplicate'; readonly marker: Marker };

/**
 * Registers a new appeal: files to S3 first (under a folder derived from the submission, so a repeated
 * delivery rewrites the same objects), then the appeal, its `registered` event and its marker in one
 * transaction under a fresh registration number, then the SLA timer. Acknowledging is the caller's
 * choice (not every channel is acknowledged).
 */
export async function registerNewAppeal(
  deps: RegisterDeps,
  request: RegistrationRequest,
): Promise<RegistrationOutcome> {
  const applicant = await applicantRecord(deps, request.applicant, request.contactHashOnly === true);
  const attachments = await deps.mail.storeAttachments(
    attachmentFolder(request.channel, request.submissionKey),
    request.files,
  );
  const deadline = await deps.calendar.answerDeadline(request.receivedAt, deps.settings.answerWorkingDays);
  const details: NewAppeal = {
    number: '',
    hotline: deps.settings.hotline,
    channel: request.channel,
    receivedAt: request.receivedAt,
    language: request.language,
    ...(request.topic ? { topic: request.topic } : {}),
    ...(request.subject !== undefined ? { subject: request.subject } : {}),
    applicant,
    text: request.text,
    attachments,
    ...(deadline ? { deadline } : {}),
    ...(request.urgent ? { urgent: true } : {}),
  };
  const { number: _unset, ...draft } = registerAppeal(details, nowIso(deps), request.actor);
  const created = await deps.store.create(
    { ...draft, ...request.extras },
    () => generateRegistrationNumber(deps.settings.hotline),
    request.marker,
  );
  if (created.kind === 'duplicate') return created;
  await startTimer(deps, created.appeal);
  return { kind: 'registered', appeal: created.appeal };
}

/** Starts the answer-deadline timer; starting twice is harmless (one execution per appeal). */
export async function startTimer(deps: Pick<AppealDeps, 'timers'>, appeal: StoredAppeal): Promise<void> {
  if (!appeal.deadline) return;
  await deps.timers.answer.start({
    hotline: appeal.hotline,
    number: appeal.number,
    startedAt: appeal.receivedAt,
    deadline: appeal.deadline,
  });
}

/** The applicant as stored: contacts as given, plus the keyed hash that finds their other appeals. */
async function applicantRecord(
  deps: RegisterDeps,
  contacts: ApplicantContacts,
  hashOnly: boolean,
): Promise<StoredAppeal['applicant']> {
  const email = contacts.email ? normalizeEmail(contacts.email) : undefined;
  const phone = contacts.phone ? toE164(contacts.phone) : undefined;
  const lookup = email ?? phone;
  const contactHash = lookup ? hashContact(lookup, await deps.contactSecret.get()) : undefined;
  if (hashOnly) return contactHash ? { contactHash } : {};
  return {
    ...(contactHash ? { contactHash } : {}),
    ...(contacts.name ? { name: contacts.name } : {}),
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
  };
}
