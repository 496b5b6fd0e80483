import { describe, expect, it } from 'vitest';
import { fakeAppealDeps } from '../../test/support/appeals/fakes';
import { parseRegistrationNumber } from './domain/registration-number';
import { type Submission, submitAppeal } from './web-appeals';

// Who registered an appeal, on in-memory ports: the scorecard counts an operator's registrations by it.

const request = { channel: 'phone' as const, lang: 'ru', topic: 'egov', text: 'Не приходит SMS-код' };

function submission(overrides: Partial<Submission>): Submission {
  return { request, role: 'operator', actorId: 'CognitoIdentityCredentials', rawBody: '{}', ...overrides };
}

async function stored(fake: ReturnType<typeof fakeAppealDeps>, registrationNumber: string) {
  const parsed = parseRegistrationNumber(registrationNumber);
  if (!parsed.ok) throw new Error(`bad number ${registrationNumber}`);
  return {
    appeal: await fake.store.get(parsed.number),
    history: await fake.store.history(parsed.number),
  };
}

describe('the operator who registered an appeal', () => {
  it('is stored on the appeal and named in its history instead of the shared role session', async () => {
    const fake = fakeAppealDeps();

    const answer = await submitAppeal(fake.deps, submission({ registeredBy: 'aigerim.s' }));

    const { appeal, history } = await stored(fake, answer.registrationNumber);
    expect(appeal?.registeredBy).toBe('aigerim.s');
    expect(history.find((event) => event.type === 'registered')).toMatchObject({
      actor: 'aigerim.s',
      actorRole: 'operator',
    });
  });

  it('is absent when the request named nobody (a script signing with the role)', async () => {
    const fake = fakeAppealDeps();

    const answer = await submitAppeal(fake.deps, submission({}));

    const { appeal, history } = await stored(fake, answer.registrationNumber);
    expect(appeal?.registeredBy).toBeUndefined();
    expect(history.find((event) => event.type === 'registered')?.actor).toBe('CognitoIdentityCredentials');
  });

  it('is never a web-portal visitor: a portal submission is registered unattributed', async () => {
    const fake = fakeAppealDeps();

    const answer = await submitAppeal(
      fake.deps,
      submission({
        role: 'webPortal',
        request: { ...request, channel: 'web', email: 'citizen@mail.kz' },
        registeredBy: 'aigerim.s',
      }),
    );

    const { appeal } = await stored(fake, answer.registrationNumber);
    expect(appeal?.channel).toBe('web');
    expect(appeal?.registeredBy).toBeUndefined();
  });
});
