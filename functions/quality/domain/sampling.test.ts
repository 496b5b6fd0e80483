import { describe, expect, it } from 'vitest';
import { InvalidSamplingError, type SampleCall, sampleWeek } from './sampling';

const calls = (operator: string, count: number, extra: Partial<SampleCall> = {}): SampleCall[] =>
  Array.from({ length: count }, (_, index) => ({
    contactId: `${operator}-call-${index}`,
    operator,
    transferred: false,
    ...extra,
  }));

const rules = { perOperator: 3, lowRatingAtMost: 2, seed: '1414:2026-W49' };

describe('weekly sampling', () => {
  it('draws the same number of calls for every operator', () => {
    const sample = sampleWeek([...calls('aigerim', 20), ...calls('dias', 8)], rules);

    expect(sample.filter((call) => call.operator === 'aigerim')).toHaveLength(3);
    expect(sample.filter((call) => call.operator === 'dias')).toHaveLength(3);
    expect(sample.every((call) => call.reason === 'random')).toBe(true);
  });

  it('is deterministic for a seed and changes with the seed', () => {
    const week = [...calls('aigerim', 40)];

    const first = sampleWeek(week, rules).map((call) => call.contactId);
    const again = sampleWeek([...week].reverse(), rules).map((call) => call.contactId);
    const otherWeek = sampleWeek(week, { ...rules, seed: '1414:2026-W50' }).map((call) => call.contactId);

    expect(again).toEqual(first);
    expect(otherWeek).not.toEqual(first);
  });

  it('adds every call rated 1 or 2 on top of the draw, transferred ones marked apart', () => {
    const week = [
      ...calls('aigerim', 10),
      { contactId: 'low-own', operator: 'aigerim', rating: 1, transferred: false },
      { contactId: 'low-two', operator: 'aigerim', rating: 2, transferred: false },
      { contactId: 'low-transfer', operator: 'aigerim', rating: 1, transferred: true },
      { contactId: 'fine', operator: 'aigerim', rating: 3, transferred: false },
    ];

    const sample = sampleWeek(week, rules);

    expect(sample.filter((call) => call.reason === 'random')).toHaveLength(3);
    expect(sample.filter((call) => call.reason !== 'random')).toEqual([
      { contactId: 'low-own', operator: 'aigerim', reason: 'low-rating', rating: 1 },
      { contactId: 'low-transfer', operator: 'aigerim', reason: 'low-rating-transferred', rating: 1 },
      { contactId: 'low-two', operator: 'aigerim', reason: 'low-rating', rating: 2 },
    ]);
  });

  it('an operator with fewer calls than the count has all of them evaluated, once each', () => {
    const sample = sampleWeek([...calls('dias', 2), ...calls('dias', 2)], rules);

    expect(sample.map((call) => call.contactId).sort()).toEqual(['dias-call-0', 'dias-call-1']);
  });

  it('a count of 0 samples only the low-rated calls', () => {
    const week = [...calls('dias', 5), { contactId: 'x', operator: 'dias', rating: 2, transferred: false }];

    expect(sampleWeek(week, { ...rules, perOperator: 0 }).map((call) => call.contactId)).toEqual(['x']);
  });

  it('refuses a negative or fractional count', () => {
    expect(() => sampleWeek([], { ...rules, perOperator: -1 })).toThrow(InvalidSamplingError);
    expect(() => sampleWeek([], { ...rules, perOperator: 1.5 })).toThrow(
      'perOperator must be a whole number >= 0',
    );
  });
});
