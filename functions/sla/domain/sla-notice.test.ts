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
    expect(notice.attributes).toEqual({
      event: 'sla_breached',
      kind: 'appeal',
      clock: 'answer',
      hotline: '1414',
    });
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

  it('tells supervisors to chase the state bodies when an urgent appeal is not acknowledged in time, and names the clock', () => {
    const reminder = slaNotice({
      kind: 'appeal',
      clock: 'urgent-ack',
      hotline: '111',
      id: '1195589907426',
      deadline: '2026-11-23T10:15:00+05:00',
      event: 'sla_reminded',
      percent: 50,
    });
    const breach = slaNotice({
      kind: 'appeal',
      clock: 'urgent-ack',
      hotline: '111',
      id: '1195589907426',
      deadline: '2026-11-23T10:15:00+05:00',
      event: 'sla_breached',
    });

    expect(reminder.subject).toBe(
      '[111] Urgent appeal 1195-5899-0742-6: not acknowledged, 50 % of time used',
    );
    expect(reminder.message).toContain('Acknowledgement due by 2026-11-23T10:15:00+05:00');
    expect(reminder.message).not.toContain('answer');
    expect(breach.subject).toBe('[111] Urgent appeal 1195-5899-0742-6: ACKNOWLEDGEMENT OVERDUE');
    expect(breach.attributes).toEqual({
      event: 'sla_breached',
      kind: 'appeal',
      clock: 'urgent-ack',
      hotline: '111',
    });
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
