import { describe, expect, it } from 'vitest';
import { auditDays, MAX_AUDIT_DAYS } from './audit';

describe('the days an audit read covers', () => {
  it('runs from the first to the last day, both included, across a month end', () => {
    expect(auditDays('2026-11-29', '2026-12-02')).toEqual([
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
  });

  it.each([
    ['reversed', '2026-11-29', '2026-11-28', /before/],
    ['not days', '29.11.2026', '2026-11-30', /calendar days/],
    ['too long', '2026-01-01', '2026-03-01', new RegExp(`at most ${MAX_AUDIT_DAYS}`)],
  ])('refuses a range %s', (_what, from, to, message) => {
    expect(() => auditDays(from, to)).toThrow(message);
  });
});
