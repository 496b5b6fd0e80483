/**
 * SLA events and the notices sent for them. Notices carry the appeal's registration number or the
 * request id and the deadline only: never the caller's name, phone, e-mail or the appeal's text, because
 * they go out by e-mail to distribution lists.
 */

/** Every SLA event appended to an appeal's history or a recording request's audit. */
export type SlaEventType =
  | 'sla_started'
  | 'sla_reminded'
  | 'sla_met'
  | 'sla_answered_late'
  | 'sla_breached'
  | 'sla_cancelled'
  | 'sla_rescheduled'
  | 'sla_no_recordings';

export type TimerKind = 'appeal' | 'recording';

export interface SlaNoticeInput {
  readonly kind: TimerKind;
  readonly hotline: string;
  /** The appeal's registration number or the recording request's id. */
  readonly id: string;
  readonly deadline: string;
  readonly event: 'sla_reminded' | 'sla_breached';
  /** For reminders: share of the time used, in percent. */
  readonly percent?: number;
  /** The operator the appeal is assigned to, if any (an id, never a name). */
  readonly assignee?: string;
}

export interface SlaNotice {
  /** At most 100 characters: SNS refuses longer e-mail subjects. */
  readonly subject: string;
  readonly message: string;
  /** SNS message attributes, so subscriptions can filter (e.g. only breaches, only one assignee). */
  readonly attributes: Readonly<Record<string, string>>;
}

const SUBJECT_LIMIT = 100;

function what(kind: TimerKind, id: string): string {
  return kind === 'appeal' ? `Appeal ${formatNumber(id)}` : `Recording request ${id}`;
}

/** 13-digit registration numbers are shown in groups, as people read them: `1452-8391-0274-6`. */
function formatNumber(id: string): string {
  return /^\d{13}$/.test(id) ? `${id.slice(0, 4)}-${id.slice(4, 8)}-${id.slice(8, 12)}-${id.slice(12)}` : id;
}

export function slaNotice(input: SlaNoticeInput): SlaNotice {
  const subjectOf = what(input.kind, input.id);
  const owed = input.kind === 'appeal' ? 'an answer' : 'the recordings';
  const lines =
    input.event === 'sla_reminded'
      ? [
          `${subjectOf} (hotline ${input.hotline}) has used ${input.percent ?? '?'} % of its time.`,
          `Deadline for ${owed}: ${input.deadline}.`,
        ]
      : [
          `${subjectOf} (hotline ${input.hotline}) missed its deadline ${input.deadline}: the SLA is breached.`,
          `Escalated to supervisors. Deliver ${owed} as soon as possible and record the reason for the delay.`,
        ];
  if (input.assignee) lines.push(`Assignee: ${input.assignee}.`);
  const label =
    input.event === 'sla_reminded' ? `reminder, ${input.percent ?? '?'} % of time used` : 'SLA BREACHED';
  const subject = `[${input.hotline}] ${subjectOf}: ${label}`.slice(0, SUBJECT_LIMIT);
  return {
    subject,
    message: `${lines.join('\n')}\n`,
    attributes: {
      event: input.event,
      kind: input.kind,
      hotline: input.hotline,
      ...(input.assignee ? { assignee: input.assignee } : {}),
    },
  };
}
