import { appendHistory } from '../../shared/appeal-history';
import type { TimerClock } from '../domain/clocks';
import type { SlaEventType } from '../domain/sla-notice';
import { outcomeEvent } from '../domain/timer-outcome';
import { recordAppealEvent, recordOutcome, recordRecordingEvent } from './sla-records';

/**
 * What a stopped timer leaves behind: an event in the appeal's history (or the recording request's audit
 * trail) and, when an answer was given, the outcome counted for the day's SLA met %. Kept apart from the
 * Step Functions calls (`timer-executions.ts`) so each kind of timer reads as "stop, then record".
 */

export interface TimerEnd {
  readonly outcome: 'met' | 'cancelled';
  /** The timer had already run out (`StoppedTimer.breached`). */
  readonly breached: boolean;
  readonly deadline?: string;
  readonly at: string;
}

export interface AppealOutcomeTables {
  readonly appealsTable: string;
  readonly qualityTable: string;
}

/** Records how an appeal's answer clock ended (`clock: 'answer'`); returns the event written. */
export async function recordAnswerEnd(
  tables: AppealOutcomeTables,
  number: string,
  end: TimerEnd,
): Promise<SlaEventType> {
  const type = outcomeEvent(end.outcome, end.breached, end.deadline, end.at);
  await appendHistory(tables.appealsTable, number, {
    type,
    clock: 'answer',
    at: end.at,
    actor: 'sla',
    ...(end.deadline ? { deadline: end.deadline } : {}),
  });
  if (end.outcome === 'met' && end.deadline) {
    await countOutcome(tables.qualityTable, 'appeal', number, type, end);
  }
  return type;
}

/**
 * Records how an urgent appeal's acknowledgement clock ended (`clock: 'urgent-ack'`), once per event.
 * Acknowledgements count for the SLA met % as their own kind, `urgent-ack`.
 */
export async function recordUrgentAckEnd(
  tables: AppealOutcomeTables,
  number: string,
  end: TimerEnd,
): Promise<SlaEventType> {
  const type = outcomeEvent(end.outcome, end.breached, end.deadline, end.at);
  const clock: TimerClock = 'urgent-ack';
  const deadline = end.deadline ? { deadline: end.deadline } : {};
  await recordAppealEvent(tables.appealsTable, number, type, end.at, deadline, clock);
  if (end.outcome === 'met' && end.deadline) {
    await countOutcome(tables.qualityTable, 'urgent-ack', number, type, end);
  }
  return type;
}

export interface RecordingOutcomeTables {
  readonly recordingRequestsTable: string;
  readonly qualityTable: string;
}

/** Records how a recording request's clock ended: delivered, withdrawn, or nothing was recorded. */
export async function recordRecordingEnd(
  tables: RecordingOutcomeTables,
  requestId: string,
  outcome: 'met' | 'cancelled' | 'no_recordings',
  end: Omit<TimerEnd, 'outcome'>,
): Promise<SlaEventType> {
  const answered = outcome === 'cancelled' ? 'cancelled' : 'met';
  const timely = outcomeEvent(answered, end.breached, end.deadline, end.at);
  // "Nothing was recorded" is an answer too: given in time, the request was served in time.
  const type: SlaEventType =
    outcome === 'no_recordings' && timely === 'sla_met' ? 'sla_no_recordings' : timely;
  const deadline = end.deadline ? { deadline: end.deadline } : {};
  await recordRecordingEvent(tables.recordingRequestsTable, requestId, type, end.at, deadline);
  if (answered === 'met' && end.deadline) {
    await recordOutcome(tables.qualityTable, {
      kind: 'recording',
      id: requestId,
      outcome: timely === 'sla_answered_late' ? 'late' : 'met',
      at: end.at,
      deadline: end.deadline,
    });
  }
  return type;
}

async function countOutcome(
  qualityTable: string,
  kind: 'appeal' | 'urgent-ack',
  id: string,
  type: SlaEventType,
  end: TimerEnd,
): Promise<void> {
  if (!end.deadline) return;
  await recordOutcome(qualityTable, {
    kind,
    id,
    outcome: type === 'sla_met' ? 'met' : 'late',
    at: end.at,
    deadline: end.deadline,
  });
}
