import { describe, expect, it } from 'vitest';
import { fakeAppealDeps } from '../../test/support/appeals/fakes';
import { STATUS_LOOKUPS_PER_MINUTE } from './domain/rate-limit';
import { formatRegistrationNumber } from './domain/registration-number';
import { registerNewAppeal } from './register';
import { lookUpStatus } from './status-lookup';

// The public status lookup on in-memory ports.

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
      'webPortal|1.2.3.4',
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
      await lookUpStatus(fake.store, '1414', number, 'webPortal|1.2.3.4', now);
    }

    await expect(lookUpStatus(fake.store, '1414', number, 'webPortal|1.2.3.4', now)).rejects.toThrow(
      'Too many status lookups',
    );
    await expect(lookUpStatus(fake.store, '1414', number, 'webPortal|5.6.7.8', now)).resolves.toBeDefined();
  });
});
