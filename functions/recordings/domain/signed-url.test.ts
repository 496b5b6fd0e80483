import { describe, expect, it } from 'vitest';
import { CredentialsExpiringError, MAX_URL_SECONDS, urlLifetime } from './signed-url';

const now = Date.parse('2026-11-23T06:00:00Z');

describe('the lifetime of a recording URL', () => {
  it('is 15 minutes at most', () => {
    expect(urlLifetime(now)).toEqual({ seconds: 900, expiresAt: '2026-11-23T06:15:00.000Z' });
    expect(urlLifetime(now, undefined, 3600).seconds).toBe(MAX_URL_SECONDS);
  });

  it('ends with the signing credentials when they expire sooner', () => {
    expect(urlLifetime(now, now + 5 * 60_000)).toEqual({
      seconds: 300,
      expiresAt: '2026-11-23T06:05:00.000Z',
    });
  });

  it('is not issued on credentials about to expire', () => {
    expect(() => urlLifetime(now, now + 30_000)).toThrow(CredentialsExpiringError);
  });
});
