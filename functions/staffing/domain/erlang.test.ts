import { describe, expect, it } from 'vitest';
import { erlangAFigures, estimatePatienceSeconds } from './erlang-a';
import { erlangC, erlangCFigures } from './erlang-c';

describe('Erlang C against published tables', () => {
  // The classic worked example (10 Erlangs: 200 calls an hour of 180 s), as printed in call-centre
  // Erlang C tables (e.g. Call Centre Helper's Erlang C worked example, Koole's "Call Center Mathematics").
  it.each([
    [11, 0.6821],
    [12, 0.4494],
    [13, 0.2853],
    [14, 0.1741],
    [15, 0.102],
  ])('10 Erlangs on %i agents wait with probability %f', (agents, published) => {
    expect(erlangC(agents, 10)).toBeCloseTo(published, 4);
  });

  it('reduces to M/M/1, where a caller waits with probability equal to the load', () => {
    expect(erlangC(1, 0.75)).toBeCloseTo(0.75, 12);
  });

  it('gives 1/3 for two agents and one Erlang (M/M/2 closed form)', () => {
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
  });

  it('gives about 0.10 for 6 Erlangs on 10 agents (the textbook queueing exercise)', () => {
    expect(erlangC(10, 6)).toBeCloseTo(0.1013, 4);
  });

  it('says every caller waits when operators are no more than the load', () => {
    expect(erlangC(10, 10)).toBe(1);
    expect(erlangCFigures(9, 10, 180, 20).averageWaitSeconds).toBe(Number.POSITIVE_INFINITY);
  });

  it('gives the average speed of answer and the 20-second service level of the worked example', () => {
    const figures = erlangCFigures(13, 10, 180, 20);

    expect(figures.averageWaitSeconds).toBeCloseTo((0.285270453 * 180) / 3, 4);
    expect(figures.serviceLevel).toBeCloseTo(1 - 0.285270453 * Math.exp(-3 * (20 / 180)), 6);
    expect(figures.occupancy).toBeCloseTo(10 / 13, 12);
  });

  it('stays finite for a thousand-operator centre (no factorial overflow)', () => {
    const waiting = erlangC(1100, 1000);

    expect(waiting).toBeGreaterThan(0);
    expect(waiting).toBeLessThan(1);
  });
});

function poisson(mean: number, upTo: number): number[] {
  const terms = [Math.exp(-mean)];
  for (let k = 1; k <= upTo; k += 1) terms.push((terms[k - 1]! * mean) / k);
  return terms;
}

describe('Erlang A', () => {
  it('matches Erlang C when callers are (almost) infinitely patient', () => {
    const a = erlangAFigures({
      agents: 12,
      arrivalRate: 200 / 3600,
      handleSeconds: 180,
      patienceSeconds: 1e9,
      serviceLevelSeconds: 20,
    });
    const c = erlangCFigures(12, 10, 180, 20);

    expect(a.probabilityOfWaiting).toBeCloseTo(c.probabilityOfWaiting, 5);
    expect(a.averageWaitSeconds).toBeCloseTo(c.averageWaitSeconds, 3);
    expect(a.serviceLevel).toBeCloseTo(c.serviceLevel, 5);
    expect(a.abandonment).toBeLessThan(1e-6);
  });

  it('is M/M/∞ when patience equals handle time: callers in the system are Poisson with mean A', () => {
    // Every caller, waiting or served, leaves at the same rate, so the count is Poisson(A) (a known identity).
    const load = 8;
    const agents = 7;
    const figures = erlangAFigures({
      agents,
      arrivalRate: load / 300,
      handleSeconds: 300,
      patienceSeconds: 300,
      serviceLevelSeconds: 20,
    });
    const terms = poisson(load, 200);
    const waiting = terms.slice(agents).reduce((sum, term) => sum + term, 0);
    const expectedQueue = terms.reduce((sum, term, n) => sum + term * Math.max(n - agents, 0), 0);

    expect(figures.probabilityOfWaiting).toBeCloseTo(waiting, 10);
    expect(figures.abandonment).toBeCloseTo(expectedQueue / load, 10);
  });

  it('drains even with fewer operators than the load, because callers hang up', () => {
    const figures = erlangAFigures({
      agents: 8,
      arrivalRate: 200 / 3600,
      handleSeconds: 180,
      patienceSeconds: 60,
      serviceLevelSeconds: 20,
    });

    expect(figures.averageWaitSeconds).toBeLessThan(60);
    expect(figures.abandonment).toBeGreaterThan(0.1);
    expect(figures.occupancy).toBeLessThanOrEqual(1);
  });

  it('loses more callers the less patient they are', () => {
    const at = (patienceSeconds: number) =>
      erlangAFigures({
        agents: 11,
        arrivalRate: 200 / 3600,
        handleSeconds: 180,
        patienceSeconds,
        serviceLevelSeconds: 20,
      }).abandonment;

    expect(at(30)).toBeGreaterThan(at(120));
    expect(at(120)).toBeGreaterThan(at(600));
  });
});

describe('caller patience from the queue record', () => {
  it('is the total waiting time over the number who hung up (exponential maximum likelihood)', () => {
    expect(estimatePatienceSeconds(1200, 10)).toBe(120);
  });

  it('cannot be estimated when nobody hung up', () => {
    expect(estimatePatienceSeconds(1200, 0)).toBeNull();
  });
});
