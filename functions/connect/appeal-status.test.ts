import { describe, expect, it } from 'vitest';
import { generateRegistrationNumber } from '../appeals/domain/registration-number';
import { type AppealStatusDeps, lookUpAppealStatus } from './appeal-status';
import type { LookupBucket } from './domain/lookup-limit';

const number = generateRegistrationNumber('1414');

function fakeStore(items: Record<string, Record<string, unknown>>, allowed = true) {
  const reads: string[] = [];
  const counted: LookupBucket[] = [];
  const deps: AppealStatusDeps = {
    hotline: '1414',
    readAppeal: async (n) => {
      reads.push(n);
      return items[n];
    },
    countLookup: async (bucket) => {
      counted.push(bucket);
      return allowed;
    },
    now: () => new Date('2025-03-03T09:00:00Z').getTime(),
    hashSecret: async () => new TextEncoder().encode('test-secret'),
  };
  return { deps, reads, counted };
}

const request = {
  digits: `${number}#`,
  language: 'en',
  contactId: 'c-1',
  callerNumber: '+77011234567',
} as const;

describe('looking up an appeal status from the IVR', () => {
  it('reads out a stored appeal', async () => {
    const { deps } = fakeStore({ [number]: { status: 'registered', receivedAt: '2025-03-03T04:00:00Z' } });

    const answer = await lookUpAppealStatus(request, deps);

    expect(answer).toMatchObject({ outcome: 'found', status: 'registered' });
  });

  it('answers not found for a well-formed number nobody registered', async () => {
    const { deps } = fakeStore({});

    expect(await lookUpAppealStatus(request, deps)).toMatchObject({ outcome: 'not_found' });
  });

  it('rejects mistyped digits without reading the table or counting the caller', async () => {
    const { deps, reads, counted } = fakeStore({});

    const answer = await lookUpAppealStatus({ ...request, digits: '123#' }, deps);

    expect(answer).toMatchObject({ outcome: 'invalid', status: 'invalid' });
    expect(reads).toEqual([]);
    expect(counted).toEqual([]);
  });

  it('answers a caller over the hourly limit as if the number were unknown, even when it exists', async () => {
    const { deps } = fakeStore(
      { [number]: { status: 'registered', receivedAt: '2025-03-03T04:00:00Z' } },
      false,
    );

    const answer = await lookUpAppealStatus(request, deps);

    expect(answer).toMatchObject({ outcome: 'not_found', status: 'not_found' });
  });

  it('counts the lookup and reads the appeal at the same time, so the caller waits for one round trip', async () => {
    const started: string[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { deps } = fakeStore({ [number]: { status: 'registered', receivedAt: '2025-03-03T04:00:00Z' } });
    const pending = lookUpAppealStatus(request, {
      ...deps,
      countLookup: async () => {
        started.push('count');
        await gate;
        return true;
      },
      readAppeal: async (n) => {
        started.push('read');
        await gate;
        return deps.readAppeal(n);
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(started.sort()).toEqual(['count', 'read']);
    release();
    expect(await pending).toMatchObject({ outcome: 'found' });
  });

  it('does not look up a number of the other hotline', async () => {
    const { deps, reads } = fakeStore({});

    const answer = await lookUpAppealStatus({ ...request, digits: generateRegistrationNumber('111') }, deps);

    expect(answer).toMatchObject({ outcome: 'not_found' });
    expect(reads).toEqual([]);
  });
});
