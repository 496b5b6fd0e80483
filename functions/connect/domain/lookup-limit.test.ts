import { describe, expect, it } from 'vitest';
import { LOOKUPS_PER_HOUR, lookupBucket, WITHHELD_LOOKUPS_PER_HOUR } from './lookup-limit';

const at = (iso: string) => new Date(iso).getTime();
const SECRET = 'register-secret';

describe('the hourly bucket of appeal-status lookups', () => {
  it('counts one caller within one clock hour together', () => {
    const first = lookupBucket('+77011234567', at('2025-03-03T09:00:01Z'), SECRET);
    const later = lookupBucket('+77011234567', at('2025-03-03T09:59:59Z'), SECRET);

    expect(later).toEqual(first);
    expect(first).toMatchObject({ window: '2025-03-03T09', limit: LOOKUPS_PER_HOUR });
  });

  it('starts afresh in the next hour under a key that cannot be linked to the previous one', () => {
    const nine = lookupBucket('+77011234567', at('2025-03-03T09:30:00Z'), SECRET);
    const ten = lookupBucket('+77011234567', at('2025-03-03T10:30:00Z'), SECRET);

    expect(ten.window).toBe('2025-03-03T10');
    expect(ten.key).not.toBe(nine.key);
  });

  it('never carries the phone number in its key', () => {
    const bucket = lookupBucket('+77011234567', at('2025-03-03T09:30:00Z'), SECRET);

    expect(bucket.key).not.toContain('7011234567');
  });

  it('cannot be recomputed from the number without the register secret', () => {
    const now = at('2025-03-03T09:30:00Z');

    expect(lookupBucket('+77011234567', now, 'another-secret').key).not.toBe(
      lookupBucket('+77011234567', now, SECRET).key,
    );
  });

  it('keeps different callers apart', () => {
    const now = at('2025-03-03T09:30:00Z');

    expect(lookupBucket('+77011234567', now, SECRET).key).not.toBe(
      lookupBucket('+77011234568', now, SECRET).key,
    );
  });

  it.each([
    ['withheld', undefined],
    ['anonymous', 'anonymous'],
    ['not a number', '1414'],
  ])('puts %s callers into one shared bucket with a higher limit', (_, number) => {
    const bucket = lookupBucket(number, at('2025-03-03T09:30:00Z'), SECRET);

    expect(bucket).toMatchObject({ key: 'ivr-status-withheld', limit: WITHHELD_LOOKUPS_PER_HOUR });
  });

  it('expires an hour after its window ends', () => {
    const bucket = lookupBucket('+77011234567', at('2025-03-03T09:30:00Z'), SECRET);

    expect(bucket.expiresAt).toBe(at('2025-03-03T11:00:00Z') / 1000);
  });
});
