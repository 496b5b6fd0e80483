import type { SESMessage } from 'aws-lambda';
import type { HotlineId } from '../../contracts/hotlines';
import { appealKeys } from '../../contracts/keys/appeal-keys';
import { logger } from '../shared/logger';
import type { StoredAppeal } from './adapters/appeal-items';
import type { Marker } from './adapters/appeal-store';
import { readInboundMessage, storeAttachments } from './adapters/mail-objects';
import { classifyEmail, dedupeKey } from './domain/classify-email';
import { receiveReply } from './domain/lifecycle';
import { attachmentFolder, inboundMailKey } from './domain/mail-storage';
import { type ParsedEmail, parseEmail } from './domain/parse-email';
import { formatRegistrationNumber } from './domain/registration-number';
import { acknowledge, SYSTEM_ACTORS } from './follow-ups';
import { type RegisterDeps, registerNewAppeal, startTimer } from './register';

/**
 * E-mail intake: SES has stored the raw message in the inbound bucket and calls this with the receipt
 * (no body). The message is read, parsed, classified and then registered, threaded into its appeal,
 * ignored (machine mail) or quarantined (spam, virus). Nothing is ever lost: the raw message stays in
 * the bucket whatever happens, and a message that cannot be parsed is registered from what was read.
 */

export interface IntakeDeps extends RegisterDeps {
  readonly inboundBucket: string;
}

export type IntakeOutcome = 'registered' | 'threaded' | 'duplicate' | 'ignored' | 'quarantined';

/** What the intake did, for the local command line (SES invokes with `Event` and ignores it). */
export interface IntakeResult {
  readonly outcome: IntakeOutcome;
  /** As people read it, `1415-2297-2035-8`. */
  readonly registrationNumber?: string;
  readonly hotline: HotlineId;
  readonly subject: string;
  readonly attachments: number;
  readonly deadline?: string;
  readonly acknowledged: boolean;
  readonly reason?: string;
  /** SES receipt rule disposition for a RequestResponse invocation: let later rules run. */
  readonly disposition: 'CONTINUE';
}

/** A marker left `pending` longer than this belongs to an invocation that died: a retry finishes its work. */
const STALE_MARKER_MS = 2 * 60_000;

export async function takeInEmail(deps: IntakeDeps, message: SESMessage): Promise<IntakeResult> {
  const { mail, receipt } = message;
  const rawMessageKey = inboundMailKey(mail.messageId);
  const email = await parseEmail(await readInboundMessage(deps.inboundBucket, rawMessageKey));
  const receivedAt = new Date(mail.timestamp || receipt.timestamp).toISOString();
  const inboundAddress = receipt.recipients[0];
  const base = {
    hotline: deps.settings.hotline,
    subject: email.subject,
    attachments: email.attachments.length,
    disposition: 'CONTINUE' as const,
  };
  const classification = classifyEmail(email, {
    hotline: deps.settings.hotline,
    spamVerdict: receipt.spamVerdict?.status,
    virusVerdict: receipt.virusVerdict?.status,
    ownAddresses: [deps.settings.fromAddress, ...deps.settings.inboundAddresses],
  });
  const key = dedupeKey(email, mail.messageId);
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
    await deps.repo.claim({
      // Its own key: a clean copy of the same message delivered later is still registered.
      key: `quarantine:${key}`,
      outcome: 'quarantined',
      details: {
        reason: classification.reason,
        rawMessageKey,
        receivedAt,
        sesMessageId: mail.messageId,
        // Listed with the register's other work queues: `STATUS#quarantined` in the byStatus index.
        gsi1pk: appealKeys.statusIndex.pk('quarantined'),
        gsi1sk: receivedAt,
      },
    });
    logger.warn('Inbound message quarantined', { ...context, reason: classification.reason });
    return { ...base, outcome: 'quarantined', acknowledged: false, reason: classification.reason };
  }
  if (classification.kind === 'reply') {
    const appeal = await deps.repo.get(classification.number);
    if (appeal) return thread(deps, email, appeal, key, receivedAt, base);
  }
  const files = email.attachments.map(({ filename, contentType, content }) => ({
    filename,
    contentType,
    content,
  }));
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
      ...(email.problems.length > 0 ? { problems: email.problems } : {}),
    },
  });
  if (outcome.kind === 'duplicate') return duplicate(deps, outcome.marker, base);
  const acknowledged = await acknowledge(
    deps,
    outcome.appeal,
    outcome.appeal.applicant.email,
    inboundAddress,
  );
  await deps.repo.completeMarker(key, { acknowledged });
  logger.info('E-mail appeal registered', { ...context, appealNumber: outcome.appeal.number, acknowledged });
  return {
    ...base,
    outcome: 'registered',
    registrationNumber: formatRegistrationNumber(outcome.appeal.number),
    ...(outcome.appeal.deadline ? { deadline: outcome.appeal.deadline } : {}),
    acknowledged,
  };
}

type ResultBase = Pick<IntakeResult, 'hotline' | 'subject' | 'attachments' | 'disposition'>;

/** A reply joins its appeal's history (an answered appeal goes back to `in_progress`); it is not acknowledged. */
async function thread(
  deps: IntakeDeps,
  email: ParsedEmail,
  found: StoredAppeal,
  key: string,
  receivedAt: string,
  base: ResultBase,
): Promise<IntakeResult> {
  const files = email.attachments.map(({ filename, contentType, content }) => ({
    filename,
    contentType,
    content,
  }));
  const attachments = await storeAttachments(deps.attachmentsBucket, attachmentFolder('email', key), files);
  let appeal: StoredAppeal | undefined = found;
  for (let attempt = 0; appeal && attempt < 5; attempt += 1) {
    const reply = receiveReply(
      appeal,
      { ...(email.messageId ? { messageId: email.messageId } : {}), text: email.text, attachments },
      receivedAt,
      SYSTEM_ACTORS.emailIntake,
    );
    const set =
      reply.appeal.status === appeal.status
        ? {}
        : { status: reply.appeal.status, gsi1pk: appealKeys.statusIndex.pk(reply.appeal.status) };
    const committed = await deps.repo.commit(appeal, set, reply.events, {
      marker: { key, outcome: 'threaded' },
    });
    if (committed.kind === 'duplicate') return duplicate(deps, committed.marker, base);
    if (committed.kind === 'committed') {
      await deps.repo.completeMarker(key);
      logger.info('Reply joined its appeal', { appealNumber: appeal.number });
      return {
        ...base,
        outcome: 'threaded',
        registrationNumber: formatRegistrationNumber(appeal.number),
        ...(appeal.deadline ? { deadline: appeal.deadline } : {}),
        acknowledged: false,
      };
    }
    appeal = await deps.repo.get(appeal.number);
  }
  throw new Error(`The reply could not be added to appeal ${found.number}: it kept changing`);
}

/**
 * The message was handled before. If that invocation died before finishing (its marker is still
 * `pending` well past any run time), the follow-ups are done now; a fresh duplicate is left alone.
 */
async function duplicate(deps: IntakeDeps, marker: Marker, base: ResultBase): Promise<IntakeResult> {
  const appeal = marker.number ? await deps.repo.get(marker.number) : undefined;
  const stale = marker.state === 'pending' && Date.now() - Date.parse(marker.claimedAt) > STALE_MARKER_MS;
  let acknowledged = marker['acknowledged'] === true;
  if (stale && appeal && marker.outcome === 'registered') {
    await startTimer(appeal);
    acknowledged = await acknowledge(deps, appeal, appeal.applicant.email, appeal.inboundAddress);
    await deps.repo.completeMarker(marker.key, { acknowledged });
  }
  logger.info('Message delivered again; not registered twice', { appealNumber: marker.number });
  return {
    ...base,
    outcome: 'duplicate',
    ...(marker.number ? { registrationNumber: formatRegistrationNumber(marker.number) } : {}),
    ...(appeal?.deadline ? { deadline: appeal.deadline } : {}),
    acknowledged: stale ? acknowledged : false,
  };
}
