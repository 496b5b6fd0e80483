import { describe, expect, it } from 'vitest';
import { StaffingInputError } from './plan';
import { planWeek, type StaffingRecord } from './week-plan';

/** `count` calls queued in the Almaty hour starting at `almatyHour` (e.g. `2026-11-23T10`), answered or not. */
function calls(almatyHour: string, count: number, answered = true): StaffingRecord[] {
  return Array.from({ length: count }, (_, index) => ({
    InitiationMethod: 'INBOUND',
    Queue: {
      EnqueueTimestamp: new Date(Date.parse(`${almatyHour}:00:00+05:00`) + index * 15_000).toISOString(),
      Duration: answered ? 10 : 60,
    },
    Agent: answered ? { AgentInteractionDuration: 150, AfterContactWorkDuration: 30 } : null,
  }));
}

describe('the staffing plan per hour of the week', () => {
  // 2026-11-23 is a Monday.
  const week = { from: '2026-11-23', to: '2026-11-29' };

  it('plans each Almaty hour from the calls offered and their handle time (talk + after-call work)', () => {
    const plan = planWeek([...calls('2026-11-23T10', 200), ...calls('2026-11-25T03', 20)], week);

    const monday10 = plan.hours.find((hour) => hour.day === 'Mon' && hour.hour === 10);
    expect(monday10).toMatchObject({ callsOffered: 200, ahtSeconds: 180, agents: 13, scheduled: 19 });
    expect(plan.hours.find((hour) => hour.day === 'Wed' && hour.hour === 3)?.agents).toBeGreaterThan(0);
    expect(plan.hours.find((hour) => hour.day === 'Mon' && hour.hour === 11)).toMatchObject({
      callsOffered: 0,
      agents: 0,
    });
    expect(plan.hours).toHaveLength(168);
    expect(plan.operatorHours).toBe(plan.hours.reduce((sum, hour) => sum + hour.agents, 0));
  });

  it('averages over the weeks of the range', () => {
    const plan = planWeek([...calls('2026-11-23T10', 200), ...calls('2026-11-30T10', 100)], {
      from: '2026-11-23',
      to: '2026-12-06',
    });

    expect(plan.hours.find((hour) => hour.day === 'Mon' && hour.hour === 10)?.callsOffered).toBe(150);
  });

  it('estimates caller patience from abandoned calls for Erlang A and says which model it used', () => {
    const plan = planWeek([...calls('2026-11-23T10', 180), ...calls('2026-11-23T10', 20, false)], {
      ...week,
      model: 'erlang-a',
    });

    // (180 × 10 s + 20 × 60 s) of waiting / 20 who hung up.
    expect(plan.patienceSeconds).toBe(150);
    expect(plan.model).toBe('erlang-a');
  });

  it.each([
    [{ from: '2026-02-30', to: '2026-03-01' }, '--from must be a day like 2026-11-23'],
    [{ from: '2026-11-23', to: '23.11.2026' }, '--to must be a day like 2026-11-23'],
    [{ from: '2026-11-29', to: '2026-11-23' }, 'is after --to'],
    [{ from: '2026-01-01', to: '2026-12-31' }, 'read at most 92'],
  ])('refuses the range %j', (range, message) => {
    expect(() => planWeek([], range)).toThrow(StaffingInputError);
    expect(() => planWeek([], range)).toThrow(message);
  });
});
