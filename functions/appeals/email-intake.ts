import type { SESMessage } from 'aws-lambda';
import type { HotlineId } from '../../contracts/hotlines';
import { logger } from '../shared/logger';
import { capAttachments, notUnpackedNote } from './domain/attachment-limits';
import { classifyEmail, dedupeKey } from './domain/classify-email';
import { hashContact, normalizeEmail } from './domain/contact-hash';
import { receiveReply } from './domain/lifecycle';
import { attachmentFolder, inboundMailKey } from './domain/mail-storage';
import { type ParsedAttachment, type ParsedEmail, parseEmail } from './domain/parse-email';
import { formatRegistrationNumber } from './domain/registration-number';
import { acknowledge, type FollowUpDeps, SYSTEM_ACTORS } from './follow-ups';
import { type AppealDeps, type FileToStore, type Marker, nowIso, type StoredAppeal } from './ports';
import { type RegisterDeps, registerNewAppeal, startTimer } from './register';

/**
 * E-mail intake: SES has stored the raw message in the inbound bucket and calls this with the receipt
 * (no body). The message is read, parsed, classified and then registered, threaded into its appeal,
 * ignored (machine mail) or quarantined (spam, virus). Nothing is ever lost: the raw message stays in
 * the bucket whatever happens, and a message that cannot be parsed is registered from what was read.
 */

export type IntakeDeps = RegisterDeps & FollowUpDeps & Pick<AppealDeps, 'mail' | 'contactSecret'>;

export type IntakeOutcome = 'registered' | 'threaded' | 'duplicate' | 'ignored' | 'quarantined';

/** What the intake did, for the local command line (SES invokes with `Event` and ignores it). */
export interface IntakeResult {
  readonly outcome: IntakeOutcome;
  /** As people read it, `1415-2297-2035-8`. */
  readonly registrationNumber?: string;
  readonly hotline: HotlineId;
  readonly subject: string;
  /** Attachments unpacked into the appeal's files. */
  readonly attachments: number;
  /** Attachments left in the raw message by the limits (`email.attachmentLimits`); absent when none. */
  readonly attachmentsNotUnpacked?: number;
  readonly deadline?: string;
  readonly acknowledged: boolean;
  readonly reason?: string;
  /**
   * As people read it: the appeal whose number the message carried, when it came from someone other than
   * that appeal's applicant (it was registered as a new appeal instead of joining that one).
   */
  readonly relatedTo?: string;
  /** SES receipt rule disposition for a RequestResponse invocation: let later rules run. */
  readonly disposition: 'CONTINUE';
}

/** A marker left `pending` longer than this belongs to an invocation that died: a retry finishes its work. */
const STALE_MARKER_MS = 2 * 60_000;

export async function takeInEmail(deps: IntakeDeps, message: SESMessage): Promise<IntakeResult> {
  const { mail, receipt } = message;
  const rawMessageKey = inboundMailKey(mail.messageId);
  const email = await parseEmail(await deps.mail.readInbound(rawMessageKey));
  const receivedAt = new Date(mail.timestamp || receipt.timestamp).toISOString();
  const inboundAddress = receipt.recipients[0];
  const limits = deps.settings.attachmentLimits;
  const capped = capAttachments(email.attachments, limits);
  const limitNote = notUnpackedNote(capped.notUnpacked, limits);
  const base = {
    hotline: deps.settings.hotline,
    subject: email.subject,
    attachments: capped.unpacked.length,
    ...(capped.notUnpacked.length > 0 ? { attachmentsNotUnpacked: capped.notUnpacked.length } : {}),
    disposition: 'CONTINUE' as const,
  };
  const classification = classifyEmail(email, {
    hotline: deps.settings.hotline,
    spamVerdict: receipt.spamVerdict?.status,
    virusVerdict: receipt.virusVerdict?.status,
    ownAddresses: [deps.settings.fromAddress, ...deps.settings.inboundAddresses],
  });
  const key = dedupeKey(email);
  const context = { sesMessageId: mail.messageId, classification: classification.kind };
  if (email.partial)
    logger.warn('Inbound message is damaged; registering what was read', {
      ...context,
      problems: email.problems.length,
    });

  if (classification.kind === 'ignored') {
    logger.info('Machine mail ignored', { ...context, reason: classification.reason });
    return { ...base, outcome: 'ignored', acknowledged: false, reason: classification.reason };
  }
  if (classification.kind === 'quarantined') {
    await deps.store.quarantine({
      // Its own key: a clean copy of the same message delivered later is still registered.
      key: `quarantine:${key}`,
      reason: classification.reason,
      rawMessageKey,
      receivedAt,
      sesMessageId: mail.messageId,
    });
    logger.warn('Inbound message quarantined', { ...context, reason: classification.reason });
    return { ...base, outcome: 'quarantined', acknowledged: false, reason: classification.reason };
  }
  const files = filesOf(capped.unpacked);
  const problems = [...email.problems, ...(limitNote ? [limitNote] : [])];
  let related: StoredAppeal | undefined;
  if (classification.kind === 'reply') {
    const appeal = await deps.store.get(classification.number);
    if (appeal && (await writtenByApplicant(deps, email, appeal)))
      return thread(deps, email, { files, limitNote }, appeal, key, receivedAt, base);
    // Knowing a number gives no right to write into that appeal: a stranger's mail is an appeal of its own.
    related = appeal;
  }
  const outcome = await registerNewAppeal(deps, {
    channel: 'email',
    receivedAt,
    language: email.language,
    subject: email.subject,
    text: email.text,
    applicant: {
      ...(email.from?.name ? { name: email.from.name } : {}),
      ...(email.from ? { email: (email.replyTo ?? email.from).address } : {}),
    },
    files,
    actor: SYSTEM_ACTORS.emailIntake,
    submissionKey: key,
    marker: { key, outcome: 'registered' },
    extras: {
      rawMessageKey,
      ...(inboundAddress ? { inboundAddress } : {}),
      ...(problems.length > 0 ? { problems } : {}),
      ...(related ? { relatedTo: related.number } : {}),
    },
  });
  if (outcome.kind === 'duplicate') return duplicate(deps, outcome.marker, base);
  if (related) await noteRelatedAppeal(deps, related, outcome.appeal);
  const acknowledged = await acknowledge(
    deps,
    outcome.appeal,
    outcome.appeal.applicant.email,
    inboundAddress,
    {
      completeMarker: key,
    },
  );
  if (!acknowledged) await deps.store.completeMarker(key, { acknowledged });
  logger.info('E-mail appeal registered', { ...context, appealNumber: outcome.appeal.number, acknowledged });
  return {
    ...base,
    outcome: 'registered',
    registrationNumber: formatRegistrationNumber(outcome.appeal.number),
    ...(outcome.appeal.deadline ? { deadline: outcome.appeal.deadline } : {}),
    acknowledged,
    ...(related ? { relatedTo: formatRegistrationNumber(related.number) } : {}),
  };
}

/**
 * Whether the message comes from the appeal's applicant: the keyed hash of its sender (From, or the
 * Reply-To the appeal was registered under) equals the applicant's contact hash. Compared as hashes, as
 * the register finds an applicant's appeals, so no address is compared or logged in the clear.
 */
async function writtenByApplicant(
  deps: IntakeDeps,
  email: ParsedEmail,
  appeal: StoredAppeal,
): Promise<boolean> {
  const expected = appeal.applicant.contactHash;
  if (!expected) return false;
  const secret = await deps.contactSecret.get();
  return [email.from?.address, email.replyTo?.address].some((address) => {
    const normalized = address ? normalizeEmail(address) : undefined;
    return normalized !== undefined && hashContact(normalized, secret) === expected;
  });
}

/** The original appeal's history says a stranger wrote about it, and where that mail went. */
async function noteRelatedAppeal(deps: IntakeDeps, original: StoredAppeal, registered: StoredAppeal) {
  await deps.store.append(original.number, [
    {
      type: 'related_appeal_registered',
      at: nowIso(deps),
      actor: SYSTEM_ACTORS.emailIntake,
      relatedNumber: registered.number,
    },
  ]);
  logger.info('Mail about an appeal from someone other than its applicant registered apart', {
    appealNumber: registered.number,
    relatedTo: original.number,
  });
}

type ResultBase = Pick<
  IntakeResult,
  'hotline' | 'subject' | 'attachments' | 'attachmentsNotUnpacked' | 'disposition'
>;

/** Attachments as files to store (their parsed size and inline flag stay behind). */
function filesOf(attachments: readonly ParsedAttachment[]): FileToStore[] {
  return attachments.map(({ filename, contentType, content }) => ({ filename, contentType, content }));
}

/** A reply joins its appeal's history (an answered appeal goes back to `in_progress`); it is not acknowledged. */
async function thread(
  deps: IntakeDeps,
  email: ParsedEmail,
  unpacked: { readonly files: readonly FileToStore[]; readonly limitNote: string | undefined },
  found: StoredAppeal,
  key: string,
  receivedAt: string,
  base: ResultBase,
): Promise<IntakeResult> {
  const attachments = await deps.mail.storeAttachments(attachmentFolder('email', key), unpacked.files);
  let appeal: StoredAppeal | undefined = found;
  for (let attempt = 0; appeal && attempt < 5; attempt += 1) {
    const reply = receiveReply(
      appeal,
      { ...(email.messageId ? { messageId: email.messageId } : {}), text: email.text, attachments },
      receivedAt,
      SYSTEM_ACTORS.emailIntake,
    );
    const set = reply.appeal.status === appeal.status ? {} : { status: reply.appeal.status };
    const committed = await deps.store.commit(appeal, set, reply.events, {
      marker: { key, outcome: 'threaded' },
      // The reply's own note: which of its files stayed in the raw message.
      ...(unpacked.limitNote
        ? {
            eventExtra: (event) =>
              event.type === 'reply_received' ? { problems: [unpacked.limitNote] } : {},
          }
        : {}),
    });
    if (committed.kind === 'duplicate') return duplicate(deps, committed.marker, base);
    if (committed.kind === 'committed') {
      await deps.store.completeMarker(key);
      logger.info('Reply joined its appeal', { appealNumber: appeal.number });
      return {
        ...base,
        outcome: 'threaded',
        registrationNumber: formatRegistrationNumber(appeal.number),
        ...(appeal.deadline ? { deadline: appeal.deadline } : {}),
        acknowledged: false,
      };
    }
    appeal = await deps.store.get(appeal.number);
  }
  throw new Error(`The reply could not be added to appeal ${found.number}: it kept changing`);
}

/**
 * The message was handled before. If that invocation died before finishing (its marker is still
 * `pending` well past any run time), the follow-ups are done now; a fresh duplicate is left alone.
 */
async function duplicate(deps: IntakeDeps, marker: Marker, base: ResultBase): Promise<IntakeResult> {
  const appeal = marker.number ? await deps.store.get(marker.number) : undefined;
  const stale =
    marker.state === 'pending' && deps.clock.now().getTime() - Date.parse(marker.claimedAt) > STALE_MARKER_MS;
  let acknowledged = marker['acknowledged'] === true;
  if (stale && appeal && marker.outcome === 'registered') {
    await startTimer(deps, appeal);
    acknowledged = await acknowledge(deps, appeal, appeal.applicant.email, appeal.inboundAddress);
    await deps.store.completeMarker(marker.key, { acknowledged });
  }
  logger.info('Message delivered again; not registered twice', { appealNumber: marker.number });
  return {
    ...base,
    outcome: 'duplicate',
    ...(marker.number ? { registrationNumber: formatRegistrationNumber(marker.number) } : {}),
    ...(appeal?.deadline ? { deadline: appeal.deadline } : {}),
    acknowledged: stale ? acknowledged : false,
    ...(appeal?.relatedTo ? { relatedTo: formatRegistrationNumber(appeal.relatedTo) } : {}),
  };
}
