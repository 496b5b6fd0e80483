import { ENV, readEnv } from '../shared/env';
import {
  awaitsAcknowledgement,
  isOpen,
  readAppeal,
  recordAppealEvent,
  recordOutcome,
} from './adapters/sla-records';
import { runTimerTask, type TimerSubject } from './timer-task';

const env = readEnv([ENV.appealsTable, ENV.notificationsTopic, ENV.qualityTable]);

/**
 * Appeal timers write to the appeal's history and count breaches for the SLA met %. One state machine
 * keeps both clocks of an appeal: the answer deadline, and for an urgent appeal the state bodies'
 * acknowledgement (counted as its own kind, `urgent-ack`).
 */
const appeals: TimerSubject = {
  kind: 'appeal',
  record: (number, clock, type, at, detail) =>
    recordAppealEvent(env[ENV.appealsTable], number, type, at, detail, clock),
  stillOwed: async (number, clock) => {
    const appeal = await readAppeal(env[ENV.appealsTable], number);
    const owed = clock === 'urgent-ack' ? awaitsAcknowledgement(appeal) : isOpen(appeal);
    return { owed, ...(appeal?.assignee ? { assignee: appeal.assignee } : {}) };
  },
  countBreach: async (number, clock, at, deadline) => {
    await recordOutcome(env[ENV.qualityTable], {
      kind: clock === 'urgent-ack' ? 'urgent-ack' : 'appeal',
      id: number,
      outcome: 'breached',
      at,
      deadline,
    });
  },
};

/** Task states of the appeal SLA state machine: plan the waits, remind, breach. */
export const handler = (event: unknown) => runTimerTask(event, appeals, env[ENV.notificationsTopic]);
