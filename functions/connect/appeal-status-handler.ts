import middy from '@middy/core';
import type { ConnectContactFlowEvent } from 'aws-lambda';
import * as z from 'zod/mini';
import type { AppealStatusResult } from '../../contracts/connect-lambdas';
import type { HotlineId } from '../../contracts/hotlines';
import { ENV, readEnv } from '../shared/env';
import { ivrAppealTable } from './adapters/ivr-appeal-table';
import { lookUpAppealStatus } from './appeal-status';
import { connectEventParser } from './connect-event';

const env = readEnv([ENV.hotline, ENV.appealsTable]);
const deps = {
  hotline: hotlineOf(env[ENV.hotline]),
  ...ivrAppealTable(env[ENV.appealsTable]),
  now: () => Date.now(),
};

const parseEvent = connectEventParser(z.object({ number: z.string(), lang: z.enum(['kk', 'ru', 'en']) }));

function hotlineOf(value: string): HotlineId {
  if (value !== '1414' && value !== '111') throw new Error(`Unknown hotline ${JSON.stringify(value)}`);
  return value;
}

/** Connect `appealStatus`: `{number, lang}` in, `{outcome, status, message}` out (see contracts.ts). */
export const handler = middy<ConnectContactFlowEvent, AppealStatusResult>().handler(async (event) => {
  const { contact, parameters } = parseEvent(event);
  return lookUpAppealStatus(
    {
      digits: parameters.number,
      language: parameters.lang,
      contactId: contact.ContactId,
      callerNumber: contact.CustomerEndpoint?.Address,
    },
    deps,
  );
});
