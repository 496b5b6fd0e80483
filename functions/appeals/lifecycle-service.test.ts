import { beforeEach, describe, expect, it } from 'vitest';
import { operator, supervisor } from '../../test/support/appeals/appeals';
import { type FakeAppealDeps, fakeAppealDeps } from '../../test/support/appeals/fakes';
import { formatRegistrationNumber } from './domain/registration-number';
import { markUrgent, moveAppeal } from './lifecycle-service';
import type { StoredAppeal } from './ports';
import { registerNewAppeal } from './register';

// Operators' work on an appeal, on in-memory ports: which SLA clocks start and stop, what is sent.

let fake: FakeAppealDeps;

beforeEach(() => {
  fake = fakeAppealDeps();
});

async function registered(): Promise<StoredAppeal> {
  const outcome = await registerNewAppeal(fake.deps, {
    channel: 'web',
    receivedAt: fake.clock.now().toISOString(),
    language: 'ru',
    text: 'Прошу помочь.',
    applicant: { email: 'citizen@mail.kz' },
    files: [],
    actor: { id: 'portal', role: 'system' },
    submissionKey: `web-${Math.random()}`,
  });
  if (outcome.kind !== 'registered') throw new Error('not registered');
  return outcome.appeal;
}

describe('the appeal lifecycle on in-memory ports', () => {
  it('registering starts the answer clock from the receipt to the working-day deadline', async () => {
    const appeal = await registered();

    expect(appeal.deadline).toBe('2026-11-25T23:59:59+05:00');
    expect(fake.timers.answerStarted).toEqual([
      { hotline: '1414', number: appeal.number, startedAt: appeal.receivedAt, deadline: appeal.deadline },
    ]);
  });

  it('answering stops the answer clock as met and relists the appeal', async () => {
    const appeal = await registered();

    const view = await moveAppeal(
      fake.deps,
      formatRegistrationNumber(appeal.number),
      { to: 'answered' },
      operator,
    );

    expect(view.status).toBe('answered');
    expect(view.answeredAt).toBe(fake.clock.now().toISOString());
    expect(fake.timers.answerStopped).toEqual([{ number: appeal.number, outcome: 'met' }]);
  });

  it('closing an unanswered urgent appeal cancels both clocks', async () => {
    const appeal = await registered();
    await markUrgent(fake.deps, appeal.number, operator);

    await moveAppeal(fake.deps, appeal.number, { to: 'closed', reason: 'duplicate' }, supervisor);

    expect(fake.timers.answerStopped).toEqual([{ number: appeal.number, outcome: 'cancelled' }]);
    expect(fake.timers.urgentAckEnded).toEqual([{ number: appeal.number, event: 'sla_cancelled' }]);
  });

  it('marking an appeal urgent alerts the topic and every recipient, and starts the acknowledgement clock', async () => {
    const appeal = await registered();

    const { escalation } = await markUrgent(fake.deps, appeal.number, operator);

    expect(fake.topic.published).toHaveLength(1);
    expect(fake.outbox.to('duty@nitec.kz')).toHaveLength(1);
    expect(escalation).toMatchObject({ notified: ['duty-officer'], failed: [] });
    const started = new Date(fake.clock.now().getTime() + 30 * 60_000).toISOString();
    expect(fake.timers.urgentAckStarted).toEqual([
      expect.objectContaining({ number: appeal.number, deadline: escalation.acknowledgementDue }),
    ]);
    expect(Date.parse(escalation.acknowledgementDue!)).toBe(Date.parse(started));
  });
});
