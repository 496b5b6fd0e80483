import { describe, expect, it } from 'vitest';
import { rateWindow } from './rate-limit';

describe('status lookup windows', () => {
  it('counts a caller within one minute, and afresh in the next', () => {
    const first = rateWindow('webPortal|198.51.100.7', Date.parse('2026-11-23T10:41:05Z'));
    const sameMinute = rateWindow('webPortal|198.51.100.7', Date.parse('2026-11-23T10:41:59Z'));
    const nextMinute = rateWindow('webPortal|198.51.100.7', Date.parse('2026-11-23T10:42:00Z'));

    expect(first).toEqual(sameMinute);
    expect(first.window).toBe('2026-11-23T10:41');
    expect(nextMinute.window).toBe('2026-11-23T10:42');
    expect(first.expiresAt).toBe(Date.parse('2026-11-23T10:43:00Z') / 1000);
  });

  it('keys callers by a hash, never by their address', () => {
    const window = rateWindow('webPortal|198.51.100.7', 0);

    expect(window.key).not.toContain('198.51.100.7');
    expect(window.key).not.toBe(rateWindow('operator|198.51.100.7', 0).key);
  });
});
