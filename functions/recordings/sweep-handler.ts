import { slaClock } from './adapters/sla-clock';
import { readRequestEnvironment } from './environment';
import { sweepRequests } from './sweep';

const deps = { ...readRequestEnvironment(), clock: slaClock };

/** Every minute (EventBridge): moves on open recording requests nobody is reading. */
export const handler = async () => sweepRequests(deps);
