import { ENV, readEnv } from '../shared/env';
import { BadRequestError, NotFoundError } from '../shared/errors';
import { httpHandler, jsonResult } from '../shared/http';
import { contactRatingReader } from './adapters/contact-rating-reader';
import { contactRatingView, MalformedContactIdError, parseContactId } from './domain/contact-rating';

const ratings = contactRatingReader(readEnv([ENV.ratingsTable])[ENV.ratingsTable]);

/**
 * `GET /contacts/{contactId}/rating` (operators and supervisors of the hotline): the caller's post-call
 * survey answer for that consultation, 404 until the survey stored one. The desktop polls it after hang-up.
 */
export const handler = httpHandler(async (event) => {
  let contactId: string;
  try {
    contactId = parseContactId(event.pathParameters?.['contactId']);
  } catch (error) {
    if (error instanceof MalformedContactIdError) throw new BadRequestError(error.message);
    throw error;
  }
  const stored = await ratings.find(contactId);
  if (!stored) throw new NotFoundError(`No rating for contact ${contactId} (yet)`);
  // Polled after hang-up: a 404 now may be a rating a second later, so nothing in between may cache it.
  return jsonResult(200, contactRatingView(stored), { 'cache-control': 'no-store' });
});
