/**
 * Layout of the ratings table (`infra/constructs/connect/ratings-store.ts`):
 * `{ pk: 'DAY#<YYYY-MM-DD Almaty>', sk: 'CONTACT#<contactId>', contactId, rating: 1..5 | null, declined: boolean,
 *    agent, queue, language, at: ISO-8601 }`. One item per surveyed contact: a repeated survey answer overwrites it.
 */
export const ratingKeys = {
  day: (almatyDate: string) => `DAY#${almatyDate}`,
  contact: (contactId: string) => `CONTACT#${contactId}`,
} as const;

export interface RatingItem {
  readonly pk: string;
  readonly sk: string;
  readonly contactId: string;
  readonly rating: number | null;
  readonly declined: boolean;
  readonly agent: string | null;
  readonly queue: string | null;
  readonly language: string;
  readonly at: string;
}

/**
 * Index of the ratings table by `contactId` (projecting the rating, whether it was declined, and when), so the
 * agent desktop finds a contact's rating without knowing the Almaty day it was given on.
 */
export const RATINGS_BY_CONTACT_INDEX = 'byContact';
