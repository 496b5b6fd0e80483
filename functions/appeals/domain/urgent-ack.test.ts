import { describe, expect, it } from 'vitest';
import type { Actor, Appeal } from './appeal';
import { NotUrgentError } from './errors';
import { acknowledgementOf, acknowledgementState, urgentAckClock } from './urgent-ack';

const operator: Actor = { id: 'operator-7', role: 'operator' };
const urgent: Pick<Appeal, 'number' | 'urgent' | 'urgentAckDeadline' | 'urgentAcknowledgement'> = {
  number: '1195589907426',
  urgent: true,
  urgentAckDeadline: '2026-11-23T10:15:00+05:00',
};

describe('the acknowledgement clock of an urgent appeal', () => {
  it('runs the configured minutes from the alert, round the clock', () => {
    expect(urgentAckClock('2026-11-21T18:55:00.000Z', 15)).toEqual({
      escalatedAt: '2026-11-21T18:55:00.000Z',
      deadline: '2026-11-22T00:10:00+05:00',
    });
  });
});

describe('recording a state body’s acknowledgement', () => {
  it('refuses an appeal that was never urgent, naming it as people read it', () => {
    expect(() => acknowledgementState({ ...urgent, urgent: false })).toThrow(NotUrgentError);
    expect(() => acknowledgementState({ ...urgent, urgent: false })).toThrow(
      /1195-5899-0742-6 is not urgent/u,
    );
  });

  it('awaits the first acknowledgement, and keeps it once given', () => {
    const first = { at: '2026-11-23T05:05:00.000Z', by: 'Дежурный 102', recordedBy: 'operator-7' };

    expect(acknowledgementState(urgent)).toEqual({ kind: 'awaited' });
    expect(acknowledgementState({ ...urgent, urgentAcknowledgement: first })).toEqual({
      kind: 'already',
      acknowledgement: first,
    });
  });

  it('records who acknowledged, which body, whether it was in time, and who wrote it down', () => {
    const { acknowledgement, event } = acknowledgementOf(
      urgent,
      { by: '  Дежурный Султанов, 102 ', bodyId: 'police-102', note: ' перезвонили ', sla: 'met' },
      operator,
      '2026-11-23T05:05:00.000Z',
    );

    expect(acknowledgement).toEqual({
      at: '2026-11-23T05:05:00.000Z',
      by: 'Дежурный Султанов, 102',
      bodyId: 'police-102',
      recordedBy: 'operator-7',
      sla: 'met',
    });
    expect(event).toEqual({
      type: 'urgent_acknowledged',
      at: '2026-11-23T05:05:00.000Z',
      actor: operator,
      by: 'Дежурный Султанов, 102',
      bodyId: 'police-102',
      note: 'перезвонили',
      deadline: '2026-11-23T10:15:00+05:00',
      sla: 'met',
    });
  });

  it('leaves the deadline and timeliness out for an appeal escalated before clocks existed', () => {
    const { acknowledgement, event } = acknowledgementOf(
      { urgentAckDeadline: undefined },
      { by: 'Омбудсмен' },
      operator,
      '2026-11-23T05:05:00.000Z',
    );

    expect(acknowledgement).not.toHaveProperty('sla');
    expect(event).not.toHaveProperty('deadline');
  });
});
