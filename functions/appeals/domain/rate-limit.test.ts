import { describe, expect, it } from 'vitest';
import {
  InvalidClientAddressError,
  PORTAL_STATUS_LOOKUPS_PER_MINUTE,
  rateWindow,
  STATUS_LOOKUPS_PER_MINUTE,
  statusLookupLimits,
} from './rate-limit';

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

describe('which allowances a status lookup counts against', () => {
  it('counts an operator by its role and source address', () => {
    expect(statusLookupLimits('operator', '10.0.0.5')).toEqual([
      { caller: 'operator|10.0.0.5', perMinute: STATUS_LOOKUPS_PER_MINUTE },
    ]);
  });

  it('counts a portal visitor by the address the portal passes, and the portal as a whole', () => {
    const limits = statusLookupLimits('webPortal', '10.0.0.9', ' 198.51.100.7 ');

    expect(limits).toEqual([
      { caller: 'webPortal|visitor|198.51.100.7', perMinute: STATUS_LOOKUPS_PER_MINUTE },
      { caller: 'webPortal|all', perMinute: PORTAL_STATUS_LOOKUPS_PER_MINUTE },
    ]);
  });

  it('counts every address of one IPv6 /64 as one visitor, so rotating addresses does not help', () => {
    const first = statusLookupLimits('webPortal', '10.0.0.9', '2001:db8:abcd:12::1')[0];
    const second = statusLookupLimits('webPortal', '10.0.0.9', '2001:0db8:abcd:0012:ffff:1:2:3')[0];

    expect(first).toEqual(second);
    expect(first?.caller).toBe('webPortal|visitor|2001:db8:abcd:12::/64');
  });

  it.each(['', 'localhost', '203.0.113.7-1f2e', '198.51.100.7, 10.0.0.1', '300.1.1.1', '::ffff:1.2.3.4'])(
    'refuses a portal-passed address that is not one IP address: %j',
    (forwarded) => {
      expect(() => statusLookupLimits('webPortal', '10.0.0.9', forwarded)).toThrow(InvalidClientAddressError);
    },
  );
});
