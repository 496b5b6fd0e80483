import { describe, expect, it } from 'vitest';
import { scorecardCsv } from './csv';
import { type ScorecardFacts, TEAM, teamSeries, trendOf, weekScorecard } from './scorecard';

// 2026-W49 is 30 Nov .. 6 Dec; 2026-W48 is 23 .. 29 Nov.
const facts: ScorecardFacts = {
  calls: [
    {
      contactId: 'a1',
      operator: 'aigerim',
      day: '2026-12-01',
      handleSeconds: 200,
      rating: 5,
      transferred: false,
    },
    {
      contactId: 'a2',
      operator: 'aigerim',
      day: '2026-12-02',
      handleSeconds: 100,
      rating: 2,
      transferred: false,
    },
    {
      contactId: 'a3',
      operator: 'aigerim',
      day: '2026-12-02',
      handleSeconds: 60,
      rating: 1,
      transferred: true,
    },
    { contactId: 'd1', operator: 'dias', day: '2026-12-03', handleSeconds: 300, transferred: false },
    {
      contactId: 'old',
      operator: 'aigerim',
      day: '2026-11-25',
      handleSeconds: 100,
      rating: 3,
      transferred: false,
    },
  ],
  evaluations: [
    { operator: 'aigerim', day: '2026-12-01', percent: 90, criticalFail: false },
    { operator: 'aigerim', day: '2026-12-02', percent: 0, criticalFail: true },
    { operator: 'aigerim', day: '2026-11-24', percent: 70, criticalFail: false },
  ],
  practice: [{ operator: 'dias', day: '2026-12-04', percent: 85 }],
  appeals: [
    { operator: 'aigerim', day: '2026-12-01', sla: 'met' },
    { operator: 'dias', day: '2026-12-03', sla: 'open' },
    { operator: 'dias', day: '2026-12-03', sla: 'breached' },
  ],
};

describe('scorecards', () => {
  it('per operator: ratings of own calls averaged, transferred ratings set apart', () => {
    const [aigerim] = weekScorecard(facts, '2026-W49');

    expect(aigerim).toMatchObject({
      operator: 'aigerim',
      calls: 3,
      averageHandleSeconds: 120,
      ratings: { count: 2, average: 3.5, low: 1 },
      transferredRatings: { count: 1, average: 1 },
      evaluations: { count: 2, average: 45, criticalFails: 1 },
      practice: { count: 0, average: null },
      appeals: { registered: 1, slaMet: 1, slaBreached: 0, slaOpen: 0, slaMetPercent: 100 },
    });
  });

  it('an operator with only practice and appeals still gets a row; the team row adds everyone up', () => {
    const rows = weekScorecard(facts, '2026-W49');

    expect(rows.map((row) => row.operator)).toEqual(['aigerim', 'dias', TEAM]);
    expect(rows[1]).toMatchObject({
      practice: { count: 1, average: 85 },
      ratings: { count: 0, average: null },
    });
    expect(rows[2]).toMatchObject({
      calls: 4,
      ratings: { count: 2, average: 3.5 },
      appeals: { registered: 3, slaMet: 1, slaBreached: 1, slaOpen: 1, slaMetPercent: 50 },
    });
  });

  it('trends compare with the week before', () => {
    const now = weekScorecard(facts, '2026-W49')[0]!;
    const before = weekScorecard(facts, '2026-W48')[0]!;

    expect(trendOf(now, before)).toEqual({
      week: '2026-W49',
      previousWeek: '2026-W48',
      ratingChange: 0.5,
      evaluationChange: -25,
      practiceChange: null,
      appealsChange: 1,
      slaMetPercentChange: null,
    });
    expect(teamSeries(facts, '2026-W49', 3).map((row) => [row.week, row.calls])).toEqual([
      ['2026-W47', 0],
      ['2026-W48', 1],
      ['2026-W49', 4],
    ]);
  });

  it('exports CSV with a header, empty cells for nothing to average, and formula-safe text', () => {
    const csv = scorecardCsv(
      weekScorecard(
        { ...facts, calls: [...facts.calls, { ...facts.calls[3]!, operator: '=cmd' }] },
        '2026-W49',
      ),
    );
    const lines = csv.trimEnd().split('\r\n');

    expect(lines[0]).toBe(
      'week,operator,calls,average_handle_seconds,ratings,rating_average,low_ratings,transferred_ratings,transferred_rating_average,evaluations,evaluation_average,critical_fails,practice_calls,practice_average,appeals_registered,sla_met,sla_breached,sla_open,sla_met_percent',
    );
    expect(lines[1]).toBe("2026-W49,'=cmd,1,300,0,,0,0,,0,,0,0,,0,0,0,0,");
    expect(lines[2]).toBe('2026-W49,aigerim,3,120,2,3.5,1,1,1,2,45,1,0,,1,1,0,0,100');
  });
});
