import { describe, expect, it } from 'vitest';
import { FilterPatternError, recordFilter } from './event-filter';

const record = (sk: string, eventName = 'MODIFY', extra: Record<string, unknown> = {}) => ({
  eventName,
  dynamodb: { Keys: { pk: { S: 'ARTICLE#a' }, sk: { S: sk } }, SizeBytes: 120, ...extra },
});
const criteria = (...patterns: object[]) => ({
  Filters: patterns.map((pattern) => ({ Pattern: JSON.stringify(pattern) })),
});

describe('event source mapping filters', () => {
  it('passes every record when the mapping has no filters', () => {
    expect(recordFilter(undefined)(record('V#1'))).toBe(true);
  });

  it.each([
    [
      'an exact value',
      { dynamodb: { Keys: { sk: { S: ['HEAD'] } } } },
      record('HEAD'),
      record('V#0000000001'),
    ],
    [
      'a prefix',
      { dynamodb: { Keys: { pk: { S: [{ prefix: 'ARTICLE#' }] } } } },
      record('HEAD'),
      { dynamodb: { Keys: { pk: { S: 'CHANGES' } } } },
    ],
    [
      'one of several event names',
      { eventName: ['INSERT', 'MODIFY'] },
      record('HEAD', 'INSERT'),
      record('HEAD', 'REMOVE'),
    ],
    [
      'anything but a value',
      { eventName: [{ 'anything-but': ['REMOVE'] }] },
      record('HEAD'),
      record('HEAD', 'REMOVE'),
    ],
    [
      'a number range',
      { dynamodb: { SizeBytes: [{ numeric: ['>', 100, '<=', 200] }] } },
      record('HEAD'),
      record('HEAD', 'MODIFY', { SizeBytes: 300 }),
    ],
    [
      'a field that must be absent',
      { dynamodb: { NewImage: [{ exists: false }] } },
      record('HEAD'),
      record('HEAD', 'MODIFY', { NewImage: {} }),
    ],
    [
      'a case-insensitive value',
      { eventName: [{ 'equals-ignore-case': 'insert' }] },
      record('HEAD', 'INSERT'),
      record('HEAD'),
    ],
  ])('matches %s', (_name, pattern, passing, failing) => {
    const filter = recordFilter(criteria(pattern));

    expect(filter(passing)).toBe(true);
    expect(filter(failing)).toBe(false);
  });

  it('passes a record that matches any one of several filters', () => {
    const filter = recordFilter(criteria({ eventName: ['INSERT'] }, { eventName: ['REMOVE'] }));

    expect([
      filter(record('HEAD', 'INSERT')),
      filter(record('HEAD', 'MODIFY')),
      filter(record('HEAD', 'REMOVE')),
    ]).toEqual([true, false, true]);
  });

  it('refuses a rule it cannot evaluate instead of guessing', () => {
    const filter = recordFilter(criteria({ eventName: [{ wildcard: 'IN*' }] }));

    expect(() => filter(record('HEAD'))).toThrow(FilterPatternError);
  });
});
