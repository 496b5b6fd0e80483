import { describe, expect, it } from 'vitest';
import { liveQueueView } from './live-queue';

describe('live queue figures for supervisors', () => {
  it('adds up waiting calls, keeps the oldest wait and flags it when it passes the target', () => {
    const view = liveQueueView(
      [
        { queue: 'ucc-kk', waiting: 2, oldestWaitSeconds: 55, agentsAvailable: 1, agentsOnline: 3 },
        { queue: 'ucc-ru', waiting: 1, oldestWaitSeconds: 12, agentsAvailable: 1, agentsOnline: 3 },
      ],
      40,
    );

    // The same three operators serve both queues: logged in is three people, not six.
    expect(view.totals).toEqual({
      waiting: 3,
      oldestWaitSeconds: 55,
      agentsAvailable: 1,
      agentsOnline: 3,
      overTarget: true,
    });
  });

  it('shows an empty hotline as nothing waiting, within target', () => {
    expect(liveQueueView([], 40).totals).toEqual({
      waiting: 0,
      oldestWaitSeconds: 0,
      agentsAvailable: 0,
      agentsOnline: 0,
      overTarget: false,
    });
  });
});
