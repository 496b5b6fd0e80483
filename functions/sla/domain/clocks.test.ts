import { describe, expect, it } from 'vitest';
import { slaHistoryId } from './clocks';

describe('history keys of SLA events', () => {
  it('keep the answer clock’s keys as they always were', () => {
    expect(slaHistoryId('sla_started', 'answer')).toBe('sla_started');
  });

  it('set the acknowledgement clock’s events apart, so two clocks starting in the same millisecond both stay', () => {
    expect(slaHistoryId('sla_started', 'urgent-ack')).toBe('sla_started:urgent-ack');
    expect(slaHistoryId('sla_started', 'urgent-ack')).not.toBe(slaHistoryId('sla_started', 'answer'));
  });
});
