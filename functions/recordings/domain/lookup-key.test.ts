import { describe, expect, it } from 'vitest';
import { lookupHash } from './lookup-key';

const key = new Uint8Array(32).fill(7);
const otherKey = new Uint8Array(32).fill(8);

describe('the lookup hash of a caller and day', () => {
  it('is the same for the same number, day and key', () => {
    expect(lookupHash(key, '+77012345678', '2026-11-23')).toBe(lookupHash(key, '+77012345678', '2026-11-23'));
  });

  it.each([
    ['another day', key, '+77012345678', '2026-11-24'],
    ['another number', key, '+77012345679', '2026-11-23'],
    ['another key', otherKey, '+77012345678', '2026-11-23'],
  ])('differs for %s', (_what, k, number, day) => {
    expect(lookupHash(k, number, day)).not.toBe(lookupHash(key, '+77012345678', '2026-11-23'));
  });

  it('does not contain the number', () => {
    const hash = lookupHash(key, '+77012345678', '2026-11-23');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain('7012345678');
  });
});
