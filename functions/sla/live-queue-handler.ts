import { ENV, readEnv } from '../shared/env';
import { httpHandler, jsonResult } from '../shared/http';
import { liveQueues } from './adapters/live-queue';
import { liveQueueView } from './domain/live-queue';

const env = readEnv([ENV.connectInstanceArn, ENV.averageWaitTargetSeconds]);

/** `GET /queues/live` (supervisors): calls waiting, the oldest wait against the target, operators available. */
export const handler = httpHandler(async () => {
  const queues = await liveQueues(env[ENV.connectInstanceArn]);
  return jsonResult(200, liveQueueView(queues, Number(env[ENV.averageWaitTargetSeconds])), {
    'cache-control': 'no-store',
  });
});
