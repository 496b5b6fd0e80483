import { describe, expect, it } from 'vitest';
import { planStaffing, StaffingInputError } from './plan';

describe('the staffing plan', () => {
  it('staffs 10 Erlangs for a 40 s average wait with 13 operators (12 wait 40.4 s on average)', () => {
    const plan = planStaffing({ callsPerHour: 200, ahtSeconds: 180 });

    expect(plan.model).toBe('erlang-c');
    expect(plan.offeredErlangs).toBe(10);
    expect(plan.agents).toBe(13);
    expect(plan.probabilityOfWaiting).toBeCloseTo(0.2853, 4);
    expect(plan.averageWaitSeconds).toBeCloseTo(17.12, 2);
    expect(plan.serviceLevel20s).toBeCloseTo(0.7956, 4);
    expect(plan.occupancy).toBeCloseTo(0.7692, 4);
  });

  it('takes the fewest operators at or under the target', () => {
    expect(planStaffing({ callsPerHour: 200, ahtSeconds: 180, targetWaitSeconds: 41 }).agents).toBe(12);
  });

  it('rosters agents / (1 - shrinkage), rounded up', () => {
    expect(planStaffing({ callsPerHour: 200, ahtSeconds: 180, shrinkage: 0.3 }).scheduled).toBe(19);
    expect(planStaffing({ callsPerHour: 200, ahtSeconds: 180, shrinkage: 0 }).scheduled).toBe(13);
    expect(planStaffing({ callsPerHour: 200, ahtSeconds: 180, shrinkage: 0.35 }).scheduled).toBe(20);
  });

  it('meets a zero-second target with enough operators instead of searching forever', () => {
    const plan = planStaffing({ callsPerHour: 200, ahtSeconds: 180, targetWaitSeconds: 0 });

    expect(plan.averageWaitSeconds).toBeLessThan(0.001);
  });

  it('under Erlang A says so and holds abandonment at or under the limit', () => {
    const plan = planStaffing({ callsPerHour: 200, ahtSeconds: 180, model: 'erlang-a', patienceSeconds: 60 });

    expect(plan.model).toBe('erlang-a');
    expect(plan.patienceSeconds).toBe(60);
    expect(plan.abandonment).toBeLessThanOrEqual(0.05);
    expect(plan.averageWaitSeconds).toBeLessThanOrEqual(40);
  });

  it('plans a centre of well over a thousand operators', () => {
    const plan = planStaffing({
      callsPerHour: 20_000,
      ahtSeconds: 300,
      model: 'erlang-a',
      patienceSeconds: 60,
    });

    expect(plan.agents).toBeGreaterThan(1500);
  });

  it.each([
    [{ callsPerHour: 0, ahtSeconds: 180 }, 'calls per hour must be a number above 0'],
    [{ callsPerHour: -5, ahtSeconds: 180 }, 'calls per hour must be a number above 0'],
    [{ callsPerHour: 100, ahtSeconds: 0 }, 'average handle time (seconds) must be a number above 0'],
    [
      { callsPerHour: 100, ahtSeconds: 180, targetWaitSeconds: -1 },
      'the target wait must be 0 seconds or more',
    ],
    [{ callsPerHour: 100, ahtSeconds: 180, shrinkage: 1 }, 'shrinkage is a share from 0'],
    [
      { callsPerHour: 100, ahtSeconds: 180, model: 'erlang-a' as const },
      'Erlang A needs the callers’ mean patience',
    ],
    [
      { callsPerHour: 100, ahtSeconds: 180, model: 'erlang-a' as const, patienceSeconds: -3 },
      'caller patience (seconds) must be a number above 0',
    ],
  ])('refuses impossible input %j', (input, message) => {
    expect(() => planStaffing(input)).toThrow(StaffingInputError);
    expect(() => planStaffing(input)).toThrow(message);
  });
});
