import { describe, expect, it } from 'vitest';
import { AgentDesk } from './agent-desk';

const offer = (contactId: string) => ({
  contactId,
  queue: { arn: 'arn:queue/ucc-ru', name: 'ucc-ru' },
  attributes: { lang: 'ru', topic: 'egov' },
  customerNumber: '+77011234567',
});

describe('the CCP stand-in desk', () => {
  it('keeps a call waiting until an operator goes available, then rings them', async () => {
    const desk = new AgentDesk();
    const answered = desk.offer(offer('c1'), 10_000);
    expect(desk.queued()).toHaveLength(1);

    desk.setState('aigerim', 'aigerim.s', 'Available');

    expect(desk.snapshot('aigerim').contact).toMatchObject({ contactId: 'c1', state: 'incoming' });
    desk.accept('aigerim', 'c1');
    const session = await answered;
    expect(session?.agent.username).toBe('aigerim.s');
    session!.connected({ lang: 'ru', agent: 'aigerim.s' });
    desk.end('aigerim', 'c1', { kind: 'hangup' });
    expect(await session!.ended()).toEqual({ kind: 'hangup' });
  });

  it('offers the next call to the operator available longest', () => {
    const desk = new AgentDesk();
    desk.setState('first', 'first', 'Available');
    desk.setState('second', 'second', 'Available');

    void desk.offer(offer('c1'), 10_000);

    expect(desk.snapshot('first').contact?.contactId).toBe('c1');
    expect(desk.snapshot('second').contact).toBeNull();
  });

  it('counts an operator on a call as logged in but not available, and one gone Offline as neither', () => {
    const desk = new AgentDesk();
    desk.setState('busy', 'busy', 'Available');
    desk.setState('free', 'free', 'Available');
    desk.setState('gone', 'gone', 'Available');
    desk.setState('gone', 'gone', 'Offline');

    void desk.offer(offer('c1'), 10_000);

    expect(desk.onlineCount()).toBe(2);
    expect(desk.availableCount()).toBe(1);
  });

  it('lets the caller give up when nobody accepts in time', async () => {
    const desk = new AgentDesk();

    const answered = await desk.offer(offer('c1'), 20);

    expect(answered).toBeNull();
    expect(desk.queued()).toHaveLength(0);
  });

  it('refuses to hang up a call that is still ringing, and to clear one that is not over', () => {
    const desk = new AgentDesk();
    desk.setState('a', 'a', 'Available');
    void desk.offer(offer('c1'), 10_000);

    expect(() => desk.end('a', 'c1', { kind: 'hangup' })).toThrow('Accept the contact first');
    expect(() => desk.clear('a', 'c1')).toThrow('Hang up before clearing');
    expect(() => desk.accept('someone-else', 'c1')).toThrow('No contact c1 here');
  });
});

describe('a practice call on the desk', () => {
  it('rings the trainee who started it alone, even offline, and never waits in a queue', async () => {
    const desk = new AgentDesk();
    desk.setState('other', 'other', 'Available');

    const answered = desk.offerTo('trainee', 'dana.k', offer('p1'), 10_000, { practiceScenario: 's1' });

    expect(desk.queued()).toHaveLength(0);
    expect(desk.snapshot('other').contact).toBeNull();
    expect(desk.snapshot('trainee')).toMatchObject({
      agent: { username: 'dana.k', state: 'Offline' },
      contact: { contactId: 'p1', state: 'incoming', attributes: { practiceScenario: 's1', lang: 'ru' } },
    });
    desk.accept('trainee', 'p1');
    const session = await answered;
    // The flow's attributes replace the offer's; the practice mark stays.
    session!.connected({ lang: 'ru', topic: 'eds', agent: 'dana.k' });
    expect(desk.snapshot('trainee').contact?.attributes).toEqual({
      lang: 'ru',
      topic: 'eds',
      agent: 'dana.k',
      practiceScenario: 's1',
    });
  });

  it('keeps real calls away from a trainee in practice, and routes them again once it is cleared', async () => {
    const desk = new AgentDesk();
    desk.setState('trainee', 'dana.k', 'Available');
    void desk.offerTo('trainee', 'dana.k', offer('p1'), 10_000, { practiceScenario: 's1' });

    void desk.offer(offer('real'), 10_000);
    expect(desk.queued()).toHaveLength(1);
    desk.accept('trainee', 'p1');
    desk.end('trainee', 'p1', { kind: 'hangup' });
    desk.clear('trainee', 'p1');

    expect(desk.snapshot('trainee').contact).toMatchObject({ contactId: 'real', attributes: { lang: 'ru' } });
    expect(desk.snapshot('trainee').contact?.attributes).not.toHaveProperty('practiceScenario');
  });

  it('a queued practice call (npm run quality -- practice --play --desktop) rings marked as practice', () => {
    const desk = new AgentDesk();
    desk.setState('op', 'op', 'Available');

    void desk.offer(offer('p1'), 10_000, { practiceScenario: 's1' });

    expect(desk.snapshot('op').contact?.attributes).toEqual({
      lang: 'ru',
      topic: 'egov',
      practiceScenario: 's1',
    });
  });

  it('refuses a practice call while the operator has a contact', () => {
    const desk = new AgentDesk();
    desk.setState('op', 'op', 'Available');
    void desk.offer(offer('real'), 10_000);

    expect(() => desk.offerTo('op', 'op', offer('p1'), 10_000)).toThrow('Finish the call you are on');
  });

  it('lets the simulated caller give up when the trainee does not answer', async () => {
    const desk = new AgentDesk();

    const answered = await desk.offerTo('trainee', 'dana.k', offer('p1'), 20);

    expect(answered).toBeNull();
    expect(desk.snapshot('trainee').contact).toMatchObject({ state: 'ended', ending: 'abandoned' });
  });
});
