/**
 * What `GET /contacts/{contactId}/rating` answers: the caller's post-call survey answer for one consultation,
 * as the operator's after-contact screen shows it.
 */

/** Amazon Connect names contacts with UUIDs (e.g. `6f0c1a8e-2b1d-4c59-9a55-0b7d3f1e2a44`). */
const CONTACT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class MalformedContactIdError extends Error {
  override name = 'MalformedContactIdError';
}

/** The contact id from the path, lower-cased as Connect writes it; a clear error for anything else. */
export function parseContactId(raw: string | undefined): string {
  const value = raw ?? '';
  if (!CONTACT_ID.test(value)) {
    throw new MalformedContactIdError(
      `contactId: must be an Amazon Connect contact id (a UUID such as 6f0c1a8e-2b1d-4c59-9a55-0b7d3f1e2a44), got ${JSON.stringify(value.slice(0, 60))}`,
    );
  }
  return value.toLowerCase();
}

/** The stored fields the route reads (the index projects exactly these). */
export interface StoredRating {
  readonly contactId: string;
  readonly rating: number | null;
  readonly declined: boolean;
  readonly at: string;
}

export interface ContactRatingView {
  readonly contactId: string;
  /** 1-5, or null when the caller declined (silence or a wrong key twice). */
  readonly rating: number | null;
  readonly declined: boolean;
  /** When the caller answered (ISO-8601). */
  readonly ratedAt: string;
}

export function contactRatingView(stored: StoredRating): ContactRatingView {
  return {
    contactId: stored.contactId,
    rating: stored.declined ? null : stored.rating,
    declined: stored.declined,
    ratedAt: stored.at,
  };
}
