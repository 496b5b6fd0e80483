import { createHash } from 'node:crypto';
import type { HotlineId } from '../../../contracts/hotlines';
import type { ParsedEmail } from './parse-email';
import { findRegistrationNumbers, parseRegistrationNumber } from './registration-number';

/**
 * What an inbound e-mail is to the register: a new appeal, more words on an existing one, something
 * to quarantine, or machine mail that is stored but never answered. Answering machine mail (an
 * out-of-office reply, a bounce) is how mail loops start, so anything that says it was sent by a
 * machine gets no acknowledgement.
 */

export type IgnoreReason =
  | 'auto-submitted'
  | 'delivery-report'
  | 'mailer-daemon'
  | 'autoreply-header'
  | 'bulk-precedence'
  | 'null-return-path'
  | 'own-address';

export type EmailClassification =
  | { readonly kind: 'ignored'; readonly reason: IgnoreReason }
  | { readonly kind: 'quarantined'; readonly reason: 'virus' | 'spam' }
  /** Carries the number of an appeal of this hotline; the caller checks that the appeal exists. */
  | { readonly kind: 'reply'; readonly number: string }
  | { readonly kind: 'new' };

/** SES receipt verdicts as SES writes them: PASS, FAIL, GRAY, PROCESSING_FAILED or DISABLED. */
export type SesVerdict = string;

export interface ClassificationContext {
  /** The hotline whose inbox received the message; numbers of another hotline do not make a reply. */
  readonly hotline: HotlineId;
  readonly spamVerdict?: SesVerdict;
  readonly virusVerdict?: SesVerdict;
  /** Our own sending addresses (e.g. `no-reply@1414.kz`): mail from them is our own mail coming back. */
  readonly ownAddresses?: readonly string[];
}

/**
 * Order: a virus is quarantined whatever the message is; then machine mail is ignored (so spam
 * backscatter, bounces of forged mail, does not fill the quarantine); then spam is quarantined; then a
 * message carrying one of this hotline's registration numbers, in the subject first, is a reply;
 * everything else, damaged messages included, is a new appeal for a person to read.
 */
export function classifyEmail(email: ParsedEmail, context: ClassificationContext): EmailClassification {
  if (context.virusVerdict?.toUpperCase() === 'FAIL') return { kind: 'quarantined', reason: 'virus' };
  const ignoreReason = machineMailReason(email, context.ownAddresses ?? []);
  if (ignoreReason) return { kind: 'ignored', reason: ignoreReason };
  if (context.spamVerdict?.toUpperCase() === 'FAIL') return { kind: 'quarantined', reason: 'spam' };
  const number = [...findRegistrationNumbers(email.subject), ...findRegistrationNumbers(email.text)].find(
    (candidate) => {
      const parsed = parseRegistrationNumber(candidate);
      return parsed.ok && parsed.hotline === context.hotline;
    },
  );
  return number ? { kind: 'reply', number } : { kind: 'new' };
}

function header(email: ParsedEmail, name: string): string[] {
  return (email.headers[name] ?? []).map((value) => value.trim());
}

// Markers of machine-sent mail: RFC 3834 (Auto-Submitted), RFC 6522 (multipart/report for delivery
// and read reports), the null reverse path of bounces (RFC 5321), and the older conventions that
// vacation programs and list servers still use.
function machineMailReason(email: ParsedEmail, ownAddresses: readonly string[]): IgnoreReason | undefined {
  if (header(email, 'auto-submitted').some((value) => !/^no\b/iu.test(value))) return 'auto-submitted';
  const contentType = header(email, 'content-type').join(' ');
  if (
    /^multipart\/report\b/iu.test(contentType) ||
    /report-type\s*=\s*"?delivery-status/iu.test(contentType)
  ) {
    return 'delivery-report';
  }
  const sender = email.from?.address ?? '';
  if (/^(?:mailer-daemon|postmaster)@/iu.test(sender)) return 'mailer-daemon';
  const autoreplyHeaders = [...header(email, 'x-autoreply'), ...header(email, 'x-autorespond')];
  if (autoreplyHeaders.some((value) => !/^(?:no|false|0)$/iu.test(value))) return 'autoreply-header';
  if (header(email, 'precedence').some((value) => /^(?:bulk|junk|auto[_-]reply)$/iu.test(value))) {
    return 'bulk-precedence';
  }
  if (header(email, 'return-path').some((value) => /^<\s*>$/u.test(value))) return 'null-return-path';
  const own = new Set(ownAddresses.map((address) => address.trim().toLowerCase()));
  if (own.has(sender)) return 'own-address';
  return undefined;
}

/**
 * Key to store a message once, however many times it arrives: the same message sent to two of the
 * hotline's addresses, or delivered again after a retry, reaches SES twice with two SES ids but one
 * Message-ID. The Message-ID is hashed together with the sender, so the key holds no address and a
 * stranger who copies a Message-ID cannot suppress someone else's appeal. A message without a Message-ID
 * is keyed by a digest of what makes it that message (sender, Date header, subject, text and attachments),
 * never by the per-delivery SES id, so two deliveries of it still register once.
 */
export function dedupeKey(
  email: Pick<ParsedEmail, 'messageId' | 'from' | 'subject' | 'text' | 'headers' | 'attachments'>,
): string {
  const sender = email.from?.address ?? '';
  const messageId = email.messageId?.trim();
  if (messageId) return `mid:${sha256(`${sender}\n${messageId}`)}`;
  const hash = createHash('sha256');
  for (const part of [sender, (email.headers['date'] ?? []).join(' ').trim(), email.subject, email.text]) {
    hash.update(part, 'utf8').update('\u0000');
  }
  for (const attachment of email.attachments) {
    hash.update(attachment.filename, 'utf8').update('\u0000').update(sha256(attachment.content));
  }
  return `digest:${hash.digest('hex')}`;
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
