import { ConflictError, NotFoundError } from '../shared/errors';
import { logger } from '../shared/logger';
import { urgentAckTimeliness } from '../sla/domain/timer-outcome';
import type { Actor, UrgentAcknowledgement } from './domain/appeal';
import { NotUrgentError } from './domain/errors';
import { formatRegistrationNumber } from './domain/registration-number';
import { acknowledgementOf, acknowledgementState } from './domain/urgent-ack';
import { type OperatorDeps, requireAppeal } from './lifecycle-service';
import { nowIso, type StoredAppeal } from './ports';
import type { AcknowledgementRequest } from './requests';

/**
 * `POST /appeals/{number}/acknowledgement`: an operator or supervisor records that a state body
 * acknowledged an urgent case. The first acknowledgement stops the acknowledgement clock, is written with
 * its history event (`urgent_acknowledged`), and the clock's end is recorded (`sla_met`, or
 * `sla_answered_late` after the breach, with `clock: 'urgent-ack'`). Recording it again changes nothing
 * and answers with the first one.
 */

export interface AcknowledgementAnswer {
  readonly registrationNumber: string;
  readonly acknowledgedAt: string;
  readonly by: string;
  readonly bodyId?: string;
  /** When the acknowledgement was due; absent for an urgent appeal escalated before the clock existed. */
  readonly deadline?: string;
  /** Whether it came by the deadline: `met`, `late`, or null without a deadline. */
  readonly sla: 'met' | 'late' | null;
  /** True when an earlier acknowledgement stands and this one changed nothing. */
  readonly alreadyAcknowledged: boolean;
}

const MAX_ATTEMPTS = 4;

export async function acknowledgeUrgentAppeal(
  deps: OperatorDeps,
  keyed: string,
  request: AcknowledgementRequest,
  actor: Actor,
): Promise<AcknowledgementAnswer> {
  let appeal = await requireAppeal(deps, keyed);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const state = stateOf(appeal);
    if (state.kind === 'already') return answerOf(appeal, state.acknowledgement, true);
    const at = nowIso(deps);
    // Stopped before the write, so the acknowledgement records what the timer saw; stopping twice is harmless.
    const stopped = await deps.timers.urgentAck.stop(appeal.number, 'Acknowledged by a state body');
    const sla = urgentAckTimeliness(stopped.breached, appeal.urgentAckDeadline, at);
    const { acknowledgement, event } = acknowledgementOf(
      appeal,
      { ...request, ...(sla ? { sla } : {}) },
      actor,
      at,
    );
    const committed = await deps.store.commit(appeal, { urgentAcknowledgement: acknowledgement }, [event]);
    if (committed.kind === 'committed') {
      const end = await deps.timers.urgentAck.recordEnd(appeal.number, {
        outcome: 'met',
        breached: stopped.breached,
        at,
        ...(appeal.urgentAckDeadline ? { deadline: appeal.urgentAckDeadline } : {}),
      });
      logger.info('Urgent appeal acknowledged by a state body', { appealNumber: appeal.number, event: end });
      return answerOf(committed.appeal, acknowledgement, false);
    }
    const reloaded = await deps.store.get(appeal.number);
    if (!reloaded) throw new NotFoundError('No appeal with this registration number');
    appeal = reloaded;
  }
  throw new ConflictError('The appeal is being changed by someone else; try again');
}

function stateOf(appeal: StoredAppeal) {
  try {
    return acknowledgementState(appeal);
  } catch (error) {
    if (error instanceof NotUrgentError) throw new ConflictError(error.message);
    throw error;
  }
}

function answerOf(
  appeal: StoredAppeal,
  acknowledgement: UrgentAcknowledgement,
  alreadyAcknowledged: boolean,
): AcknowledgementAnswer {
  return {
    registrationNumber: formatRegistrationNumber(appeal.number),
    acknowledgedAt: acknowledgement.at,
    by: acknowledgement.by,
    ...(acknowledgement.bodyId ? { bodyId: acknowledgement.bodyId } : {}),
    ...(appeal.urgentAckDeadline ? { deadline: appeal.urgentAckDeadline } : {}),
    sla: acknowledgement.sla ?? null,
    alreadyAcknowledged,
  };
}
