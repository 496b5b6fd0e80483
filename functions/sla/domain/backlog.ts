/** What the supervisor's backlog shows: open appeals by deadline, and urgent ones still unacknowledged. */
export interface BacklogEntry {
  readonly number: string;
  readonly status: string;
  readonly receivedAt: string;
  readonly deadline?: string;
  readonly topic?: string;
  readonly urgent?: boolean;
  readonly urgentAckDeadline?: string;
  readonly acknowledged?: boolean;
}

export interface BacklogView {
  readonly appeals: ReadonlyArray<BacklogEntry & { readonly overdue: boolean }>;
  readonly urgentAwaitingAck: ReadonlyArray<BacklogEntry & { readonly ackOverdue: boolean }>;
}

/** Soonest deadline first (appeals without one last); urgent cases awaiting acknowledgement apart. */
export function backlogView(entries: readonly BacklogEntry[], now: number): BacklogView {
  const time = (value: string | undefined) =>
    value === undefined ? Number.POSITIVE_INFINITY : Date.parse(value);
  const appeals = [...entries]
    .sort((a, b) => time(a.deadline) - time(b.deadline) || a.number.localeCompare(b.number))
    .map((entry) => ({ ...entry, overdue: time(entry.deadline) < now }));
  const urgentAwaitingAck = entries
    .filter((entry) => entry.urgent === true && entry.acknowledged !== true)
    .sort((a, b) => time(a.urgentAckDeadline) - time(b.urgentAckDeadline))
    .map((entry) => ({ ...entry, ackOverdue: time(entry.urgentAckDeadline) < now }));
  return { appeals, urgentAwaitingAck };
}
