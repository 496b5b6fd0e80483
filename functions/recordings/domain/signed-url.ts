/**
 * Recordings are handed over as presigned S3 URLs that live at most 15 minutes; a new one is issued on every
 * read of the request. A URL signed with temporary credentials (a Lambda role's) dies with them, whatever
 * its own expiry says, so its lifetime is also capped by the credentials' expiry when that is known.
 */
export const MAX_URL_SECONDS = 15 * 60;

// Never hand out a URL that dies within seconds of being issued.
const MIN_URL_SECONDS = 60;

export class CredentialsExpiringError extends Error {
  override readonly name = 'CredentialsExpiringError';
}

export interface UrlLifetime {
  readonly seconds: number;
  readonly expiresAt: string;
}

export function urlLifetime(
  now: number,
  credentialsExpireAt?: number,
  requestedSeconds = MAX_URL_SECONDS,
): UrlLifetime {
  let seconds = Math.min(Math.floor(requestedSeconds), MAX_URL_SECONDS);
  if (credentialsExpireAt !== undefined) {
    seconds = Math.min(seconds, Math.floor((credentialsExpireAt - now) / 1000));
    if (seconds < MIN_URL_SECONDS) {
      throw new CredentialsExpiringError('The signing credentials expire too soon to issue a useful URL');
    }
  }
  if (seconds < 1) throw new RangeError(`A URL must live at least 1 second, not ${requestedSeconds}`);
  return { seconds, expiresAt: new Date(now + seconds * 1000).toISOString() };
}
