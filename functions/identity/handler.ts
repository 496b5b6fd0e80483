import { ENV, readEnv } from '../shared/env';
import { callerOf, httpHandler, jsonResult } from '../shared/http';

const env = readEnv([ENV.hotline, ENV.stage]);

/**
 * `GET /whoami`: which hotline and role the signed caller acts as. The agent desktop and the command-line
 * tools use it to check their credentials before doing real work.
 */
export const handler = httpHandler(async (event) => {
  const caller = callerOf(event);
  const roleName = caller.arn.split('/').at(-2) ?? 'unknown';
  return jsonResult(200, {
    hotline: env[ENV.hotline],
    stage: env[ENV.stage],
    role: roleName,
    session: caller.session,
  });
});
