import middy from '@middy/core';
import type { ConnectContactFlowEvent } from 'aws-lambda';
import { z } from 'zod';
import type { SurveyRatingResult } from '../../contact-flows/shared/contracts';
import { ENV, readEnv } from '../shared/env';
import { logger } from '../shared/logger';
import { putRating } from './adapters/rating-store';
import { parseConnectEvent } from './connect-event';
import { ratingItem } from './domain/survey-rating';

const table = readEnv([ENV.ratingsTable])[ENV.ratingsTable];

const ParametersSchema = z.object({
  rating: z.enum(['1', '2', '3', '4', '5', 'declined']),
  lang: z.enum(['kk', 'ru', 'en', '']),
  /** Not sent by today's survey flow; stored when a flow passes the operator's user name. */
  agent: z.string().optional(),
});

/** Connect `surveyRating`: stores the caller's 1-5 (or declined) for the consultation just ended. */
export const handler = middy<ConnectContactFlowEvent, SurveyRatingResult>().handler(async (event) => {
  const { contact, parameters } = parseConnectEvent(event, ParametersSchema);
  const item = ratingItem({
    rating: parameters.rating,
    language: parameters.lang,
    contactId: contact.ContactId,
    initiationMethod: contact.InitiationMethod,
    previousContactId: contact.PreviousContactId,
    queueName: contact.Queue?.Name ?? null,
    agent: parameters.agent || null,
    at: Date.now(),
  });
  await putRating(table, item);
  logger.info('Survey rating stored', { contactId: item.contactId, rating: item.rating ?? 'declined' });
  return { outcome: 'stored' };
});
