import { describe, expect, it } from 'vitest';
import { slaNotice } from './sla-notice';

describe('SLA notices', () => {
  it('tells supervisors which appeal breached and when it was due, with the number as people read it', () => {
    const notice = slaNotice({
      kind: 'appeal',
      hotline: '1414',
      id: '1452839102746',
      deadline: '2026-11-25T23:59:59+05:00',
      event: 'sla_breached',
    });

    expect(notice.subject).toBe('[1414] Appeal 1452-8391-0274-6: SLA BREACHED');
    expect(notice.message).toContain('2026-11-25T23:59:59+05:00');
    expect(notice.attributes).toEqual({ event: 'sla_breached', kind: 'appeal', hotline: '1414' });
  });

  it('says how much of the term a reminder comes at, and names the assignee for filtering', () => {
    const notice = slaNotice({
      kind: 'recording',
      hotline: '111',
      id: 'req-1',
      deadline: '2026-11-25T14:00:00+05:00',
      event: 'sla_reminded',
      percent: 80,
      assignee: 'operator-17',
    });

    expect(notice.subject).toBe('[111] Recording request req-1: reminder, 80 % of time used');
    expect(notice.attributes['assignee']).toBe('operator-17');
  });

  it('keeps the subject within the 100 characters SNS allows for e-mail', () => {
    const notice = slaNotice({
      kind: 'recording',
      hotline: '111',
      id: 'x'.repeat(150),
      deadline: '2026-11-25T14:00:00+05:00',
      event: 'sla_breached',
    });

    expect(notice.subject.length).toBeLessThanOrEqual(100);
  });
});
