import middy from '@middy/core';
import type { SESEvent } from 'aws-lambda';
import { logger } from '../shared/logger';
import { appealDeps } from './deps';
import { type IntakeResult, takeInEmail } from './email-intake';

const deps = appealDeps({ inboundMail: true });

/**
 * The Lambda action of the hotline's SES receipt rule (invoked asynchronously, after the S3 action has
 * stored the raw message). A thrown error makes Lambda retry; the de-duplication marker makes retries safe.
 */
export const handler = middy<SESEvent, IntakeResult>().handler(async (event) => {
  const record = event.Records[0];
  if (!record) throw new Error('SES event without a record');
  logger.appendKeys({ sesMessageId: record.ses.mail.messageId });
  try {
    return await takeInEmail(deps, record.ses);
  } finally {
    logger.resetKeys();
  }
});
