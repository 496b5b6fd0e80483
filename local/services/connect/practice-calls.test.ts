import { describe, expect, it } from 'vitest';
import { practiceLambda } from './practice-calls';

describe('the flows’ Lambdas in a practice call', () => {
  it('runs the appeal-status lookup, which only reads', () => {
    expect(practiceLambda('appealStatus')).toBe('run');
  });

  it('answers the acting Lambdas as their contract says without running them: no alert, no rating', () => {
    expect(practiceLambda('urgentEscalation')).toEqual({ outcome: 'escalated' });
    expect(practiceLambda('surveyRating')).toEqual({ outcome: 'stored' });
  });

  it('refuses a Lambda it does not know, so a new acting one cannot act in practice', () => {
    expect(practiceLambda('callbackBooking')).toBe('refuse');
    expect(practiceLambda(undefined)).toBe('refuse');
  });
});
