import middy from '@middy/core';
import type { ConnectContactFlowEvent } from 'aws-lambda';
import { z } from 'zod';
import type { AppealStatusResult } from '../../contracts/connect-lambdas';
import { HotlineIdSchema, LanguageSchema } from '../../contracts/hotlines';
import { IVR_RATE_SECRET_KEY, tableSecret } from '../appeals/adapters/contact-secret';
import { countRequest } from '../appeals/adapters/rate-counter';
import { ENV, readEnv } from '../shared/env';
import { readAppealStatusItem } from './adapters/appeal-reader';
import { lookUpAppealStatus } from './appeal-status';
import { parseConnectEvent } from './connect-event';
import type { LookupBucket } from './domain/lookup-limit';

const env = readEnv([ENV.hotline, ENV.appealsTable]);
const table = env[ENV.appealsTable];
const deps = {
  hotline: HotlineIdSchema.parse(env[ENV.hotline]),
  readAppeal: (number: string) => readAppealStatusItem(table, number),
  // The register's own rate counter: one atomic ADD on a rate item that expires by TTL.
  countLookup: async (bucket: LookupBucket) => (await countRequest(table, bucket)) <= bucket.limit,
  hashSecret: () => tableSecret(table, IVR_RATE_SECRET_KEY),
  now: () => Date.now(),
};

const ParametersSchema = z.object({ number: z.string(), lang: LanguageSchema });

/** Connect `appealStatus`: `{number, lang}` in, `{outcome, status, message}` out (see contracts.ts). */
export const handler = middy<ConnectContactFlowEvent, AppealStatusResult>().handler(async (event) => {
  const { contact, parameters } = parseConnectEvent(event, ParametersSchema);
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
