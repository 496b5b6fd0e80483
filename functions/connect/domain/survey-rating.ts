import type { SurveyRatingValue } from '../../../contracts/connect-lambdas';
import { type RatingItem, ratingKeys } from '../../../contracts/keys/rating-keys';
import { almatyDayOf } from '../../sla/domain/almaty-time';

export interface SurveyAnswer {
  readonly rating: SurveyRatingValue;
  /** The caller's language, or '' when the contact never chose one. */
  readonly language: string;
  /** The contact the survey ran in. */
  readonly contactId: string;
  readonly initiationMethod: string;
  readonly previousContactId: string | undefined;
  readonly queueName: string | null;
  readonly agent: string | null;
  /** Epoch milliseconds of the answer. */
  readonly at: number;
}

/**
 * The survey runs as its own contact (InitiationMethod DISCONNECT) after the operator hangs up; the rating
 * belongs to the consultation before it, so the item is keyed by that contact. Filed under the Almaty day
 * of the answer so reports read a day range without scanning.
 */
export function ratingItem(answer: SurveyAnswer): RatingItem {
  const ratedContactId =
    answer.initiationMethod === 'DISCONNECT' && answer.previousContactId
      ? answer.previousContactId
      : answer.contactId;
  const declined = answer.rating === 'declined';
  return {
    ...{ pk: ratingKeys.day(almatyDayOf(answer.at)), sk: ratingKeys.contact(ratedContactId) },
    contactId: ratedContactId,
    rating: declined ? null : Number(answer.rating),
    declined,
    agent: answer.agent,
    queue: answer.queueName,
    language: answer.language === '' ? 'unknown' : answer.language,
    at: new Date(answer.at).toISOString(),
  };
}
