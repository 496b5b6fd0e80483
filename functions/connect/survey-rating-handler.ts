import middy from '@middy/core';
import type { ConnectContactFlowEvent } from 'aws-lambda';
import * as z from 'zod/mini';
import type { SurveyRatingResult } from '../../contracts/connect-lambdas';
import { ENV, readEnv } from '../shared/env';
import { logger } from '../shared/logger';
import { ratingStore } from './adapters/rating-store';
import { connectEventParser } from './connect-event';
import { ratingItem } from './domain/survey-rating';

const ratings = ratingStore(readEnv([ENV.ratingsTable])[ENV.ratingsTable]);

const parseEvent = connectEventParser(
  z.object({
    rating: z.enum(['1', '2', '3', '4', '5', 'declined']),
    lang: z.enum(['kk', 'ru', 'en', '']),
    /**
     * The operator's user name: the survey flow passes the `agent` attribute, which the 1414 agent-whisper
     * flow sets from `$.Agent.UserName` when the operator accepts the call. '' (no whisper ran) or absent
     * (an older flow) stores null, reported as "unassigned".
     */
    agent: z.optional(z.string()),
  }),
);

/**
 * Connect `surveyRating`: stores the caller's 1-5 (or declined) for the consultation just ended, with the
 * contact, operator, queue, language and time. The operator's name is never logged.
 */
export const handler = middy<ConnectContactFlowEvent, SurveyRatingResult>().handler(async (event) => {
  const { contact, parameters } = parseEvent(event);
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
  await ratings.put(item);
  logger.info('Survey rating stored', { contactId: item.contactId, rating: item.rating ?? 'declined' });
  return { outcome: 'stored' };
});
