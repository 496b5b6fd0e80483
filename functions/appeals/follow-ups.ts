import { logger } from '../shared/logger';
import { acknowledgementEmail, acknowledgementLanguages } from './domain/acknowledgement';
import type { Actor, AppealEvent } from './domain/appeal';
import { urgentNotice, urgentTopicMessage, urgentTopicSubject } from './domain/notices';
import { type UrgentAckClock, urgentAckClock } from './domain/urgent-ack';
import { type AppealDeps, nowIso, type StoredAppeal } from './ports';

/** What happens after an appeal is written: the acknowledgement and the urgent alert. */

export type FollowUpDeps = Pick<AppealDeps, 'store' | 'settings' | 'mailer' | 'clock'>;

export const SYSTEM_ACTORS = {
  emailIntake: { id: 'email-intake', role: 'system' },
  ivr: { id: 'ivr', role: 'system' },
} as const satisfies Record<string, Actor>;

/**
 * Sends the acknowledgement (SES) in the appeal's language, from the hotline's sender address with
 * Reply-To the address the applicant wrote to, and records it. False when there is nobody to write to.
 */
export async function acknowledge(
  deps: FollowUpDeps,
  appeal: StoredAppeal,
  to: string | undefined,
  replyTo: string | undefined,
  options: { readonly completeMarker?: string } = {},
): Promise<boolean> {
  if (!to || !appeal.deadline) return false;
  const languages = acknowledgementLanguages(appeal.language, deps.settings.languages);
  const letter = acknowledgementEmail({
    number: appeal.number,
    hotline: deps.settings.hotline,
    hotlineName: deps.settings.hotlineName,
    deadline: appeal.deadline,
    languages,
    confidential: deps.settings.confidential,
  });
  const messageId = await deps.mailer.send({
    from: deps.settings.fromAddress,
    to: [to],
    ...(replyTo ? { replyTo } : {}),
    letter,
  });
  const event: AppealEvent = {
    type: 'acknowledged',
    at: nowIso(deps),
    channel: appeal.channel,
    language: languages[0] ?? appeal.language,
    messageId,
  };
  // The submission's marker is done once the applicant is acknowledged: both in one write.
  await deps.store.append(
    appeal.number,
    [event],
    undefined,
    options.completeMarker
      ? { completeMarker: { key: options.completeMarker, details: { acknowledged: true } } }
      : {},
  );
  return true;
}

export type UrgentDeps = FollowUpDeps & Pick<AppealDeps, 'urgentTopic' | 'timers'>;

export interface Escalation {
  readonly topicMessageId?: string;
  readonly notified: readonly string[];
  readonly failed: readonly string[];
  /** When a state body's acknowledgement is due (absent only if the clock could not be started). */
  readonly acknowledgementDue?: string;
}

/**
 * Alerts the configured state bodies at once: one SNS message on the urgent topic and one e-mail per
 * recipient, in parallel, each telling them by when to acknowledge; then records `urgent_notified` with who
 * was reached. The acknowledgement clock (`sla.urgentAckMinutes`, round the clock) starts with the first
 * alert and runs as an SLA timer; a repeated escalation keeps the first clock. Throws only when nobody
 * could be reached, so the caller (the IVR flow) can take its error branch and alert by hand; the clock
 * runs all the same, since the state bodies still owe the acknowledgement.
 */
export async function escalateUrgent(
  deps: UrgentDeps,
  appeal: StoredAppeal,
  actor: Actor,
): Promise<Escalation> {
  const clock = await settleAcknowledgementClock(deps, appeal);
  const notice = {
    number: appeal.number,
    hotline: appeal.hotline,
    channel: appeal.channel,
    receivedAt: appeal.receivedAt,
    language: appeal.language,
    ...(appeal.contactId ? { contactId: appeal.contactId } : {}),
    ...(clock ? { acknowledgeBy: clock.deadline } : {}),
  };
  const letter = urgentNotice(notice);
  const recipients = deps.settings.urgentRecipients;
  const [topic, ...mails] = await Promise.allSettled([
    deps.urgentTopic.publish(urgentTopicSubject(notice), urgentTopicMessage(notice)),
    ...recipients.map((recipient) =>
      deps.mailer.send({ from: deps.settings.fromAddress, to: [recipient.email], letter }),
    ),
  ]);
  const notified = recipients.filter((_, index) => mails[index]?.status === 'fulfilled').map(({ id }) => id);
  const failed = recipients.filter((_, index) => mails[index]?.status !== 'fulfilled').map(({ id }) => id);
  const topicMessageId = topic?.status === 'fulfilled' ? topic.value : undefined;
  for (const result of [topic, ...mails]) {
    if (result?.status === 'rejected') {
      logger.error('An urgent notification failed', {
        appealNumber: appeal.number,
        error: result.reason as Error,
      });
    }
  }
  if (clock) await startAcknowledgementTimer(deps, appeal, clock);
  if (topicMessageId === undefined && notified.length === 0) {
    throw new Error(`No urgent notification of appeal ${appeal.number} could be sent`);
  }
  const acknowledgementDue = clock ? { acknowledgementDue: clock.deadline } : {};
  const event: AppealEvent = {
    type: 'urgent_notified',
    at: nowIso(deps),
    actor,
    recipientIds: [...(topicMessageId ? ['urgent-topic'] : []), ...notified],
  };
  await deps.store.append(appeal.number, [event], () => ({
    ...(topicMessageId ? { topicMessageId } : {}),
    ...(failed.length > 0 ? { failedRecipientIds: failed } : {}),
    ...acknowledgementDue,
  }));
  return { ...(topicMessageId ? { topicMessageId } : {}), notified, failed, ...acknowledgementDue };
}

/**
 * The acknowledgement clock as the appeal keeps it: started now, or the one a first escalation started.
 * Never throws (the alerts matter more than the clock): a clock that cannot be kept is logged as an error.
 */
async function settleAcknowledgementClock(
  deps: UrgentDeps,
  appeal: StoredAppeal,
): Promise<UrgentAckClock | undefined> {
  try {
    const wanted = urgentAckClock(nowIso(deps), deps.settings.urgentAckMinutes);
    return await deps.store.startUrgentClock(appeal.number, wanted.escalatedAt, wanted.deadline);
  } catch (error) {
    logger.error('The acknowledgement clock of an urgent appeal could not be kept', {
      appealNumber: appeal.number,
      error: error as Error,
    });
    return undefined;
  }
}

/**
 * Starts the clock's SLA timer (reminders, breach; once per appeal). Never throws: the alerts are out, and
 * failing the escalation now would only make someone alert the state bodies twice.
 */
async function startAcknowledgementTimer(
  deps: UrgentDeps,
  appeal: StoredAppeal,
  clock: UrgentAckClock,
): Promise<void> {
  try {
    await deps.timers.urgentAck.start({
      hotline: appeal.hotline,
      number: appeal.number,
      startedAt: clock.escalatedAt,
      deadline: clock.deadline,
    });
  } catch (error) {
    logger.error('The acknowledgement timer of an urgent appeal could not be started', {
      appealNumber: appeal.number,
      error: error as Error,
    });
  }
}
