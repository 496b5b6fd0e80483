import { describe, expect, it } from 'vitest';
import { collectionWindow } from './metric-window';

describe('collection windows of Connect figures', () => {
  it.each([
    ['2026-11-23T10:05:03Z', '2026-11-23T10:00:00.000Z', '2026-11-23T10:05:00.000Z'],
    ['2026-11-23T10:09:59Z', '2026-11-23T10:00:00.000Z', '2026-11-23T10:05:00.000Z'],
    ['2026-11-23T15:00:00+05:00', '2026-11-23T09:55:00.000Z', '2026-11-23T10:00:00.000Z'],
  ])('a run at %s collects %s to %s', (time, start, end) => {
    const window = collectionWindow(time);

    expect([window.start.toISOString(), window.end.toISOString()]).toEqual([start, end]);
  });
});
