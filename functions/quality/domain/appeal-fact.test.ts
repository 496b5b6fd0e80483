import { describe, expect, it } from 'vitest';
import { appealFactOf, type RegisteredAppeal, slaOutcomeOf } from './appeal-fact';
import { type AppealFact, TEAM, trendOf, weekScorecard } from './scorecard';

// 2026-W49 is 30 Nov .. 6 Dec (Almaty); "now" is Friday 4 Dec, noon in Almaty.
const NOW = '2026-12-04T07:00:00.000Z';
const DEADLINE = '2026-12-03T12:59:59.999Z';

describe('the SLA outcome of a registered appeal', () => {
  it.each<[string, Omit<RegisteredAppeal, 'registeredBy' | 'receivedAt'>, string]>([
    [
      'answered by the deadline',
      { status: 'answered', deadline: DEADLINE, answeredAt: '2026-12-03T10:00:00Z' },
      'met',
    ],
    [
      'answered and closed in time',
      { status: 'closed', deadline: DEADLINE, answeredAt: '2026-12-02T10:00:00Z' },
      'met',
    ],
    [
      'answered after the deadline',
      { status: 'answered', deadline: DEADLINE, answeredAt: '2026-12-03T13:00:00Z' },
      'breached',
    ],
    [
      'reopened after a late answer',
      { status: 'in_progress', deadline: DEADLINE, answeredAt: '2026-12-04T01:00:00Z' },
      'breached',
    ],
    ['unanswered, the deadline passed', { status: 'referred', deadline: DEADLINE }, 'breached'],
    [
      'unanswered, the deadline ahead',
      { status: 'registered', deadline: '2026-12-10T12:59:59.999Z' },
      'open',
    ],
    ['closed without an answer owed (a duplicate)', { status: 'closed', deadline: DEADLINE }, 'none'],
    ['no deadline', { status: 'registered' }, 'none'],
  ])('%s', (_case, appeal, outcome) => {
    expect(slaOutcomeOf(appeal, NOW)).toBe(outcome);
  });

  it('belongs to the operator who registered it, on the Almaty day it was registered', () => {
    // 20:30 UTC on Sunday 29 Nov is 01:30 on Monday 30 Nov in Almaty: week 49, not 48.
    const fact = appealFactOf(
      { registeredBy: 'aigerim', receivedAt: '2026-11-29T20:30:00.000Z', status: 'registered' },
      NOW,
    );

    expect(fact).toEqual({ operator: 'aigerim', day: '2026-11-30', sla: 'none' });
  });
});

describe('appeals on the scorecard', () => {
  const appeal = (operator: string, day: string, sla: AppealFact['sla']): AppealFact => ({
    operator,
    day,
    sla,
  });
  const facts = {
    calls: [],
    evaluations: [],
    practice: [],
    appeals: [
      appeal('aigerim', '2026-12-01', 'met'),
      appeal('aigerim', '2026-12-01', 'met'),
      appeal('aigerim', '2026-12-02', 'breached'),
      appeal('aigerim', '2026-12-03', 'none'),
      appeal('dias', '2026-12-04', 'open'),
      appeal('dias', '2026-11-24', 'met'),
      appeal('dias', '2026-11-25', 'breached'),
      appeal('aigerim', '2026-11-26', 'breached'),
    ],
  };

  it('counts per operator the appeals they registered in the week and how each deadline went', () => {
    const [aigerim, dias, team] = weekScorecard(facts, '2026-W49');

    expect(aigerim?.operator).toBe('aigerim');
    // Registered counts the duplicate closed without an answer; the SLA columns do not.
    expect(aigerim?.appeals).toEqual({
      registered: 4,
      slaMet: 2,
      slaBreached: 1,
      slaOpen: 0,
      slaMetPercent: 66.7,
    });
    // Nothing decided yet: no share in time.
    expect(dias?.appeals).toEqual({
      registered: 1,
      slaMet: 0,
      slaBreached: 0,
      slaOpen: 1,
      slaMetPercent: null,
    });
    expect(team?.operator).toBe(TEAM);
    expect(team?.appeals).toEqual({
      registered: 5,
      slaMet: 2,
      slaBreached: 1,
      slaOpen: 1,
      slaMetPercent: 66.7,
    });
  });

  it('an operator who only registered appeals still gets a row, with no calls', () => {
    const rows = weekScorecard(facts, '2026-W49');

    expect(rows.find((row) => row.operator === 'dias')).toMatchObject({ calls: 0, ratings: { count: 0 } });
  });

  it('trends: appeals registered and the share in time against the week before, per operator and team', () => {
    const now = weekScorecard(facts, '2026-W49');
    const before = new Map(weekScorecard(facts, '2026-W48').map((row) => [row.operator, row]));

    const trend = (operator: string) =>
      trendOf(now.find((row) => row.operator === operator)!, before.get(operator));
    // aigerim: 1 registered in W48 (breached, 0 %), 4 in W49 (66.7 % in time).
    expect(trend('aigerim')).toMatchObject({ appealsChange: 3, slaMetPercentChange: 66.7 });
    // dias: 2 in W48 (50 %), 1 in W49 with nothing decided.
    expect(trend('dias')).toMatchObject({ appealsChange: -1, slaMetPercentChange: null });
    // Team: 3 in W48 (1 of 3 in time), 5 in W49 (2 of 3).
    expect(trend(TEAM)).toMatchObject({ appealsChange: 2, slaMetPercentChange: 33.4 });
  });
});
