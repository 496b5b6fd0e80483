import {
  type RecordingTimer,
  recordingTimer,
  recordingTimerConfigFromEnv,
} from '../../sla/adapters/recording-timers';
import type { DeadlineClock } from '../deadline-clock';

let timer: RecordingTimer | undefined;

/** Built on first use, then kept: its environment is read once per execution environment. */
function configured(): RecordingTimer {
  timer ??= recordingTimer(recordingTimerConfigFromEnv());
  return timer;
}

/** The SLA engine's recording timer as the request service's deadline clock. */
export const slaClock: DeadlineClock = {
  start: (input) => configured().start(input),
  stop: (requestId, outcome) => configured().stop(requestId, outcome),
};
