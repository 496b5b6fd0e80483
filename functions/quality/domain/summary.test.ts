import { describe, expect, it } from 'vitest';
import { trendOf, weekScorecard } from './scorecard';
import { weeklySummary } from './summary';

describe('the weekly summary letter', () => {
  it('names the week, the team first, each operator with the change against last week', () => {
    const facts = {
      calls: [
        {
          contactId: 'a',
          operator: 'aigerim',
          day: '2026-12-01',
          handleSeconds: 100,
          rating: 2,
          transferred: false,
        },
        {
          contactId: 'b',
          operator: 'aigerim',
          day: '2026-12-01',
          handleSeconds: 100,
          rating: 1,
          transferred: true,
        },
      ],
      evaluations: [
        { operator: 'aigerim', day: '2026-12-01', percent: 80, criticalFail: false },
        { operator: 'aigerim', day: '2026-11-24', percent: 70, criticalFail: false },
      ],
      practice: [],
      appeals: [
        { operator: 'aigerim', day: '2026-12-01', sla: 'met' as const },
        { operator: 'aigerim', day: '2026-12-02', sla: 'breached' as const },
        { operator: 'aigerim', day: '2026-12-03', sla: 'open' as const },
        { operator: 'aigerim', day: '2026-11-25', sla: 'met' as const },
      ],
    };
    const rows = weekScorecard(facts, '2026-W49');
    const before = new Map(weekScorecard(facts, '2026-W48').map((row) => [row.operator, row]));
    const trends = Object.fromEntries(
      rows.map((row) => [row.operator, trendOf(row, before.get(row.operator))]),
    );

    const letter = weeklySummary('1414', '2026-W49', rows, trends);

    expect(letter.subject).toBe('qoldau 1414: quality summary 2026-W49');
    const lines = letter.text.split('\n');
    expect(lines[2]).toMatch(/^Team/);
    expect(letter.text).toContain('aigerim');
    expect(letter.text).toContain('evaluations 1: 80% (+10)');
    expect(letter.text).toContain('rating 2 (1 low, 1 transferred apart)');
    // Appeals aigerim registered: 3 this week against 1 the week before; 1 of the 2 decided was in time.
    expect(letter.text).toContain('appeals 3 (+2): 1 in time, 1 late, 1 open (50% in time (-50))');
  });

  it('says so when the week had nothing', () => {
    const letter = weeklySummary(
      '111',
      '2026-W49',
      weekScorecard({ calls: [], evaluations: [], practice: [], appeals: [] }, '2026-W49'),
      {},
    );

    expect(letter.text).toContain(
      'No answered calls, evaluations, practice calls or registered appeals this week.',
    );
  });
});
