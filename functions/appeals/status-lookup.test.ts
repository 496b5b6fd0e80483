import { describe, expect, it } from 'vitest';
import { fakeAppealDeps } from '../../test/support/appeals/fakes';
import {
  PORTAL_STATUS_LOOKUPS_PER_MINUTE,
  STATUS_LOOKUPS_PER_MINUTE,
  statusLookupLimits,
} from './domain/rate-limit';
import { formatRegistrationNumber } from './domain/registration-number';
import { registerNewAppeal } from './register';
import { lookUpStatus } from './status-lookup';

// The public status lookup on in-memory ports.

/** The allowances of a lookup the web portal makes for a visitor at `address`. */
const visitor = (address: string) => statusLookupLimits('webPortal', '10.0.0.1', address);

async function registeredNumber(fake: ReturnType<typeof fakeAppealDeps>): Promise<string> {
  const outcome = await registerNewAppeal(fake.deps, {
    channel: 'web',
    receivedAt: fake.clock.now().toISOString(),
    language: 'ru',
    text: 'Прошу помочь.',
    applicant: { email: 'citizen@mail.kz' },
    files: [],
    actor: { id: 'portal', role: 'system' },
    submissionKey: 'web-1',
  });
  if (outcome.kind !== 'registered') throw new Error('not registered');
  return formatRegistrationNumber(outcome.appeal.number);
}

describe('status lookup on in-memory ports', () => {
  it('tells the status and dates of an appeal, never its contents', async () => {
    const fake = fakeAppealDeps();
    const number = await registeredNumber(fake);

    const answer = await lookUpStatus(
      fake.store,
      '1414',
      number,
      visitor('1.2.3.4'),
      fake.clock.now().getTime(),
    );

    expect(Object.keys(answer).sort()).toEqual(['deadline', 'number', 'receivedAt', 'status', 'updatedAt']);
    expect(answer).toMatchObject({ number, status: 'registered' });
  });

  it('refuses a caller past the allowance of the minute, before reading the number', async () => {
    const fake = fakeAppealDeps();
    const number = await registeredNumber(fake);
    const now = fake.clock.now().getTime();
    for (let i = 0; i < STATUS_LOOKUPS_PER_MINUTE; i += 1) {
      await lookUpStatus(fake.store, '1414', number, visitor('1.2.3.4'), now);
    }

    await expect(lookUpStatus(fake.store, '1414', number, visitor('1.2.3.4'), now)).rejects.toThrow(
      'Too many status lookups',
    );
    await expect(lookUpStatus(fake.store, '1414', number, visitor('5.6.7.8'), now)).resolves.toBeDefined();
  });

  it('caps the portal as a whole, so inventing a new visitor address for every lookup does not help', async () => {
    const fake = fakeAppealDeps();
    const number = await registeredNumber(fake);
    const now = fake.clock.now().getTime();
    for (let i = 0; i < PORTAL_STATUS_LOOKUPS_PER_MINUTE; i += 1) {
      await lookUpStatus(
        fake.store,
        '1414',
        number,
        visitor(`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`),
        now,
      );
    }

    await expect(lookUpStatus(fake.store, '1414', number, visitor('203.0.113.99'), now)).rejects.toThrow(
      'Too many status lookups',
    );
  });
});
