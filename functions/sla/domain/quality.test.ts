import { describe, expect, it } from 'vitest';
import { buildQualityReport, type RatingInput, summarizeSla, summarizeWaits } from './quality';
import type { SlaOutcomeItem, WaitSample } from './quality-keys';

function rating(
  at: string,
  score: number | null,
  agent: string | null,
  queue: string | null = 'general',
): RatingInput {
  return { rating: score, declined: score === null, agent, queue, at };
}

function sample(windowStart: string, answered: number, waitSecondsSum: number, abandoned = 0): WaitSample {
  return {
    windowStart,
    windowEnd: windowStart,
    queued: answered + abandoned,
    answered,
    abandoned,
    waitSecondsSum,
  };
}

function outcome(
  at: string,
  value: SlaOutcomeItem['outcome'],
  kind: SlaOutcomeItem['kind'] = 'appeal',
): SlaOutcomeItem {
  return { kind, id: `${kind}-${at}-${value}`, outcome: value, at, deadline: at };
}

describe('average wait against the 40-second target', () => {
  it('weights each window by the calls answered in it, as callers experienced the wait', () => {
    const summary = summarizeWaits(
      [sample('2026-11-23T05:00:00Z', 9, 9 * 20), sample('2026-11-23T05:05:00Z', 1, 110)],
      40,
    );

    expect(summary).toMatchObject({ answered: 10, averageWaitSeconds: 29, withinTarget: true });
  });

  it('flags a day whose average passes the target', () => {
    expect(summarizeWaits([sample('2026-11-23T05:00:00Z', 2, 100)], 40).withinTarget).toBe(false);
  });

  it('has no average when nobody was answered', () => {
    expect(summarizeWaits([sample('2026-11-23T05:00:00Z', 0, 0, 3)], 40)).toEqual({
      queued: 3,
      answered: 0,
      abandoned: 3,
      callbacks: 0,
      callbacksAnswered: 0,
      averageWaitSeconds: null,
      averageWaitWithoutCallbacksSeconds: null,
      withinTarget: null,
    });
  });
});

describe('SLA met %', () => {
  it('counts met against breached; a late answer was already counted as a breach', () => {
    const summary = summarizeSla([
      outcome('2026-11-23T05:00:00Z', 'met'),
      outcome('2026-11-23T06:00:00Z', 'met'),
      outcome('2026-11-23T07:00:00Z', 'met'),
      outcome('2026-11-23T08:00:00Z', 'breached'),
      outcome('2026-11-23T09:00:00Z', 'late'),
    ]);

    expect(summary).toEqual({ met: 3, breached: 1, late: 1, metPercent: 75 });
  });

  it('has no percentage when nothing came due', () => {
    expect(summarizeSla([]).metPercent).toBeNull();
  });
});

describe('the quality report of a date range', () => {
  const report = buildQualityReport({
    hotline: '1414',
    from: '2026-11-23',
    to: '2026-11-24',
    averageWaitTargetSeconds: 40,
    backlog: { open: 12, overdue: 3, countedAt: '2026-11-25T09:00:00+05:00' },
    ratings: [
      rating('2026-11-23T04:00:00Z', 5, 'aigerim'),
      rating('2026-11-23T05:00:00Z', 4, 'aigerim', 'egov'),
      rating('2026-11-24T05:00:00Z', 2, 'daniyar'),
      rating('2026-11-24T06:00:00Z', null, 'daniyar'),
      // 19:30 UTC on the 24th is 00:30 on the 25th in Almaty: outside the range.
      rating('2026-11-24T19:30:00Z', 1, 'daniyar'),
    ],
    outcomes: [
      outcome('2026-11-23T05:00:00Z', 'met'),
      outcome('2026-11-24T05:00:00Z', 'breached', 'recording'),
      outcome('2026-11-24T06:00:00Z', 'met', 'urgent-ack'),
      outcome('2026-11-24T07:00:00Z', 'breached', 'urgent-ack'),
    ],
    waits: [sample('2026-11-23T05:00:00Z', 4, 120), sample('2026-11-24T05:00:00Z', 1, 50, 2)],
  });

  it('has a row for every day of the range, by Almaty day', () => {
    expect(report.days.map((day) => day.day)).toEqual(['2026-11-23', '2026-11-24']);
    expect(report.days.map((day) => day.calls.averageWaitSeconds)).toEqual([30, 50]);
  });

  it('rolls ratings up per operator and per queue, leaving out records outside the range', () => {
    expect(report.operators).toEqual([
      { operator: 'aigerim', rated: 2, declined: 0, average: 4.5 },
      { operator: 'daniyar', rated: 1, declined: 1, average: 2 },
    ]);
    expect(report.queues.map((queue) => [queue.queue, queue.rated])).toEqual([
      ['egov', 1],
      ['general', 2],
    ]);
  });

  it('keeps appeal answers, recording deliveries and urgent acknowledgements apart', () => {
    expect(report.totals.sla.appeals.metPercent).toBe(100);
    expect(report.totals.sla.recordings.metPercent).toBe(0);
    expect(report.totals.sla.urgentAcks).toEqual({ met: 1, breached: 1, late: 0, metPercent: 50 });
    expect(report.days[1]?.sla.urgentAcks.breached).toBe(1);
  });

  it('carries the appeals open and overdue when it was made, as the dashboard shows them', () => {
    expect(report.backlog).toEqual({ open: 12, overdue: 3, countedAt: '2026-11-25T09:00:00+05:00' });
  });

  it('totals the calls of the whole range', () => {
    expect(report.totals.calls).toEqual({
      queued: 7,
      answered: 5,
      abandoned: 2,
      callbacks: 0,
      callbacksAnswered: 0,
      averageWaitSeconds: 34,
      averageWaitWithoutCallbacksSeconds: 34,
      withinTarget: true,
    });
  });
});

describe('callbacks in the wait figures', () => {
  const window = { windowStart: '2026-11-23T05:00:00Z', windowEnd: '2026-11-23T05:05:00Z' };

  it('counts callbacks apart and gives the average wait with and without them', () => {
    const summary = summarizeWaits(
      [
        {
          ...window,
          queued: 4,
          answered: 3,
          abandoned: 1,
          waitSecondsSum: 60,
          callbacks: 2,
          callbacksAnswered: 1,
          callbackWaitSecondsSum: 220,
        },
      ],
      40,
    );

    expect(summary).toMatchObject({
      queued: 4,
      answered: 3,
      abandoned: 1,
      callbacks: 2,
      callbacksAnswered: 1,
    });
    // Callers on the line waited 20 s on average; with the callback's 220 s in the queue it is 70 s.
    expect(summary.averageWaitWithoutCallbacksSeconds).toBe(20);
    expect(summary.averageWaitSeconds).toBe(70);
    expect(summary.withinTarget).toBe(false);
  });

  it('reads samples stored before callbacks existed as having none', () => {
    const summary = summarizeWaits(
      [{ ...window, queued: 2, answered: 2, abandoned: 0, waitSecondsSum: 30 }],
      40,
    );

    expect(summary).toMatchObject({
      callbacks: 0,
      averageWaitSeconds: 15,
      averageWaitWithoutCallbacksSeconds: 15,
    });
  });
});
