import { describe, expect, it } from 'vitest';
import { backlogView } from './backlog';

const NOW = Date.parse('2026-03-10T10:00:00Z');

describe('the supervisor backlog', () => {
  it('lists open appeals soonest deadline first and marks the overdue ones', () => {
    const view = backlogView(
      [
        {
          number: 'B',
          status: 'registered',
          receivedAt: '2026-03-01T00:00:00Z',
          deadline: '2026-03-20T00:00:00Z',
        },
        {
          number: 'A',
          status: 'in_progress',
          receivedAt: '2026-02-01T00:00:00Z',
          deadline: '2026-03-09T00:00:00Z',
        },
        { number: 'C', status: 'registered', receivedAt: '2026-03-09T00:00:00Z' },
      ],
      NOW,
    );

    expect(view.appeals.map((appeal) => [appeal.number, appeal.overdue])).toEqual([
      ['A', true],
      ['B', false],
      ['C', false],
    ]);
  });

  it('keeps urgent appeals no state body has acknowledged apart, late ones flagged', () => {
    const view = backlogView(
      [
        {
          number: 'U1',
          status: 'registered',
          receivedAt: '2026-03-10T09:00:00Z',
          urgent: true,
          acknowledged: false,
          urgentAckDeadline: '2026-03-10T09:30:00Z',
        },
        {
          number: 'U2',
          status: 'registered',
          receivedAt: '2026-03-10T09:50:00Z',
          urgent: true,
          acknowledged: true,
          urgentAckDeadline: '2026-03-10T10:20:00Z',
        },
        {
          number: 'U3',
          status: 'registered',
          receivedAt: '2026-03-10T09:55:00Z',
          urgent: true,
          acknowledged: false,
          urgentAckDeadline: '2026-03-10T10:25:00Z',
        },
      ],
      NOW,
    );

    expect(view.urgentAwaitingAck.map((appeal) => [appeal.number, appeal.ackOverdue])).toEqual([
      ['U1', true],
      ['U3', false],
    ]);
  });
});
