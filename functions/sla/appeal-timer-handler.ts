import { ENV, readEnv } from '../shared/env';
import { isOpen, readAppeal, recordAppealEvent, recordOutcome } from './adapters/sla-records';
import { runTimerTask, type TimerSubject } from './timer-task';

const env = readEnv([ENV.appealsTable, ENV.notificationsTopic, ENV.qualityTable]);

/** Appeal timers write to the appeal's history and count breaches for the SLA met %. */
const appeals: TimerSubject = {
  kind: 'appeal',
  record: (number, type, at, detail) => recordAppealEvent(env[ENV.appealsTable], number, type, at, detail),
  stillOwed: async (number) => {
    const appeal = await readAppeal(env[ENV.appealsTable], number);
    return { owed: isOpen(appeal), ...(appeal?.assignee ? { assignee: appeal.assignee } : {}) };
  },
  countBreach: async (number, at, deadline) => {
    await recordOutcome(env[ENV.qualityTable], {
      kind: 'appeal',
      id: number,
      outcome: 'breached',
      at,
      deadline,
    });
  },
};

/** Task states of the appeal SLA state machine: plan the waits, remind, breach. */
export const handler = (event: unknown) => runTimerTask(event, appeals, env[ENV.notificationsTopic]);
