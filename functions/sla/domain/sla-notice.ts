import { DEFAULT_CLOCK, type TimerClock } from './clocks';

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
  /** Which deadline: an appeal's answer (default) or the state bodies' acknowledgement of an urgent appeal. */
  readonly clock?: TimerClock;
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

function what(kind: TimerKind, id: string, clock: TimerClock): string {
  if (kind === 'recording') return `Recording request ${id}`;
  return clock === 'urgent-ack' ? `Urgent appeal ${formatNumber(id)}` : `Appeal ${formatNumber(id)}`;
}

/** 13-digit registration numbers are shown in groups, as people read them: `1452-8391-0274-6`. */
function formatNumber(id: string): string {
  return /^\d{13}$/.test(id) ? `${id.slice(0, 4)}-${id.slice(4, 8)}-${id.slice(8, 12)}-${id.slice(12)}` : id;
}

export function slaNotice(input: SlaNoticeInput): SlaNotice {
  const clock = input.clock ?? DEFAULT_CLOCK[input.kind];
  const { lines, label } = clock === 'urgent-ack' ? acknowledgementWording(input) : deadlineWording(input);
  if (input.assignee) lines.push(`Assignee: ${input.assignee}.`);
  const subject = `[${input.hotline}] ${what(input.kind, input.id, clock)}: ${label}`.slice(0, SUBJECT_LIMIT);
  return {
    subject,
    message: `${lines.join('\n')}\n`,
    attributes: {
      event: input.event,
      kind: input.kind,
      clock,
      hotline: input.hotline,
      ...(input.assignee ? { assignee: input.assignee } : {}),
    },
  };
}

interface Wording {
  readonly lines: string[];
  readonly label: string;
}

/** The answer or delivery deadline: the hotline owes something by then. */
function deadlineWording(input: SlaNoticeInput): Wording {
  const subjectOf = what(input.kind, input.id, 'answer');
  const owed = input.kind === 'appeal' ? 'an answer' : 'the recordings';
  return input.event === 'sla_reminded'
    ? {
        lines: [
          `${subjectOf} (hotline ${input.hotline}) has used ${input.percent ?? '?'} % of its time.`,
          `Deadline for ${owed}: ${input.deadline}.`,
        ],
        label: `reminder, ${input.percent ?? '?'} % of time used`,
      }
    : {
        lines: [
          `${subjectOf} (hotline ${input.hotline}) missed its deadline ${input.deadline}: the SLA is breached.`,
          `Escalated to supervisors. Deliver ${owed} as soon as possible and record the reason for the delay.`,
        ],
        label: 'SLA BREACHED',
      };
}

/** The acknowledgement clock of an urgent appeal: the state bodies alerted have not confirmed they took it. */
function acknowledgementWording(input: SlaNoticeInput): Wording {
  const subjectOf = what(input.kind, input.id, 'urgent-ack');
  return input.event === 'sla_reminded'
    ? {
        lines: [
          `${subjectOf} (hotline ${input.hotline}): no state body has acknowledged it yet; ${input.percent ?? '?'} % of the time to acknowledge is used.`,
          `Acknowledgement due by ${input.deadline}. Call the state bodies' duty lines and record who acknowledged.`,
        ],
        label: `not acknowledged, ${input.percent ?? '?'} % of time used`,
      }
    : {
        lines: [
          `${subjectOf} (hotline ${input.hotline}) was not acknowledged by any state body by ${input.deadline}: the acknowledgement time is breached.`,
          'Escalated to supervisors. Reach the state bodies by phone now and record who acknowledged.',
        ],
        label: 'ACKNOWLEDGEMENT OVERDUE',
      };
}
