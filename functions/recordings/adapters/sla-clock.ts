import { startRecordingTimer, stopRecordingTimer } from '../../sla/adapters/timers';
import type { DeadlineClock } from '../deadline-clock';

/** The SLA engine's recording timer as the request service's deadline clock. */
export const slaClock: DeadlineClock = {
  start: (input) => startRecordingTimer(input),
  stop: (requestId, outcome) => stopRecordingTimer(requestId, outcome),
};
