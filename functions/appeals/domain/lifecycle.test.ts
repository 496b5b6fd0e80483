import { describe, expect, it } from 'vitest';
import { operator, registeredAppeal, supervisor, system } from '../../../test/support/appeals/appeals';
import { type Actor, APPEAL_STATUSES, type AppealStatus } from './appeal';
import { MissingTransitionDetailError, RoleNotAllowedError, TransitionNotAllowedError } from './errors';
import {
  allowedNextStatuses,
  changeStatus,
  receiveReply,
  recordEvent,
  type StatusChange,
  TRANSITIONS,
} from './lifecycle';

const at = '2026-11-24T10:00:00+05:00';

function changeTo(to: AppealStatus): StatusChange {
  switch (to) {
    case 'referred':
      return { to, referral: { bodyId: 'mvd', note: 'Вопрос о паспорте' } };
    case 'answered':
      return { to };
    default:
      // 'registered' is no valid target; requests for it can still arrive from outside the type system.
      return { to, reason: 'причина' } as StatusChange;
  }
}

describe('registering an appeal', () => {
  it('starts registered, with its registration as the first event', () => {
    const appeal = registeredAppeal();

    expect(appeal.status).toBe('registered');
    expect(appeal.history).toEqual([
      { type: 'registered', at: '2026-11-23T09:41:13Z', channel: 'email', actor: system },
    ]);
  });
});

describe('moving an appeal between statuses', () => {
  it.each([
    ['registered', 'in_progress', operator],
    ['registered', 'referred', operator],
    ['registered', 'answered', operator],
    ['registered', 'closed', supervisor],
    ['in_progress', 'referred', operator],
    ['in_progress', 'answered', operator],
    ['in_progress', 'closed', supervisor],
    ['referred', 'in_progress', operator],
    ['referred', 'answered', supervisor],
    ['referred', 'closed', supervisor],
    ['answered', 'in_progress', operator],
    ['answered', 'closed', operator],
    ['closed', 'in_progress', supervisor],
  ] as const)('%s -> %s is allowed to a %s', (from, to, actor: Actor) => {
    const appeal = registeredAppeal({ status: from });

    const result = changeStatus(appeal, changeTo(to), actor, at);

    expect(result.appeal.status).toBe(to);
    expect(result.events[0]).toMatchObject({ type: 'status_changed', from, to, at, actor });
    expect(result.appeal.history.slice(appeal.history.length)).toEqual(result.events);
  });

  it('allows exactly the moves of the transition table, and nothing back to registered', () => {
    const moves = APPEAL_STATUSES.flatMap((from) =>
      APPEAL_STATUSES.map((to) => {
        try {
          changeStatus(registeredAppeal({ status: from }), changeTo(to), supervisor, at);
          return `${from}->${to}`;
        } catch {
          return undefined;
        }
      }),
    ).filter((move) => move !== undefined);

    const table = Object.entries(TRANSITIONS).flatMap(([from, targets]) =>
      Object.keys(targets).map((to) => `${from}->${to}`),
    );
    expect(moves.sort()).toEqual(table.sort());
    expect(moves.some((move) => move.endsWith('->registered'))).toBe(false);
  });

  it.each([
    ['answered', 'registered'],
    ['closed', 'answered'],
    ['closed', 'referred'],
    ['in_progress', 'in_progress'],
  ] as const)('%s -> %s is refused, naming where it can go', (from, to) => {
    const appeal = registeredAppeal({ status: from });

    expect(() => changeStatus(appeal, changeTo(to), supervisor, at)).toThrow(TransitionNotAllowedError);
  });

  it.each([
    ['close an unanswered appeal', 'registered', 'closed'],
    ['close a referred appeal', 'referred', 'closed'],
    ['reopen a closed appeal', 'closed', 'in_progress'],
  ] as const)('an operator may not %s; a supervisor may', (_what, from, to) => {
    const appeal = registeredAppeal({ status: from });

    expect(() => changeStatus(appeal, changeTo(to), operator, at)).toThrow(RoleNotAllowedError);
    expect(changeStatus(appeal, changeTo(to), supervisor, at).appeal.status).toBe(to);
  });

  it('the system may put an answered appeal back in progress but not close or refer anything', () => {
    expect(() => changeStatus(registeredAppeal(), changeTo('referred'), system, at)).toThrow(
      RoleNotAllowedError,
    );
    expect(() =>
      changeStatus(registeredAppeal({ status: 'answered' }), changeTo('closed'), system, at),
    ).toThrow(RoleNotAllowedError);
  });

  it.each([
    ['closing an unanswered appeal', 'in_progress', { to: 'closed' }],
    ['closing with a blank reason', 'registered', { to: 'closed', reason: '   ' }],
    ['reopening', 'closed', { to: 'in_progress' }],
  ] as const)('%s needs a reason', (_what, from, change) => {
    const appeal = registeredAppeal({ status: from });

    expect(() => changeStatus(appeal, change, supervisor, at)).toThrow(MissingTransitionDetailError);
  });

  it('closing an answered appeal needs no reason', () => {
    const appeal = registeredAppeal({ status: 'answered' });

    const result = changeStatus(appeal, { to: 'closed' }, operator, at);

    expect(result.events).toEqual([
      { type: 'status_changed', at, actor: operator, from: 'answered', to: 'closed' },
    ]);
  });

  it('the reason of a reopening is kept in the history', () => {
    const appeal = registeredAppeal({ status: 'closed' });

    const result = changeStatus(appeal, { to: 'in_progress', reason: 'Ответ был неполным' }, supervisor, at);

    expect(result.events[0]).toMatchObject({ reason: 'Ответ был неполным' });
  });
});

describe('referring an appeal to a state body', () => {
  it('records the referral and keeps it on the appeal', () => {
    const referral = { bodyId: 'mvd', note: 'Выдача паспорта задерживается' };

    const result = changeStatus(registeredAppeal(), { to: 'referred', referral }, operator, at);

    expect(result.appeal.referral).toEqual(referral);
    expect(result.events).toEqual([
      { type: 'status_changed', at, actor: operator, from: 'registered', to: 'referred' },
      { type: 'referred', at, actor: operator, ...referral },
    ]);
  });

  it('referring again to another body changes the referral but not the status', () => {
    const first = changeStatus(registeredAppeal(), changeTo('referred'), operator, at).appeal;
    const second = { bodyId: 'akimat-almaty', note: 'По месту жительства' };

    const result = changeStatus(first, { to: 'referred', referral: second }, operator, at);

    expect(result.appeal.referral).toEqual(second);
    expect(result.events).toEqual([{ type: 'referred', at, actor: operator, ...second }]);
  });

  it('refuses a referral without a body', () => {
    const change: StatusChange = { to: 'referred', referral: { bodyId: ' ', note: '' } };

    expect(() => changeStatus(registeredAppeal(), change, operator, at)).toThrow(
      MissingTransitionDetailError,
    );
  });
});

describe('what a role may do, for the buttons of the desk', () => {
  it.each([
    ['registered', 'operator', ['in_progress', 'referred', 'answered']],
    ['registered', 'supervisor', ['in_progress', 'referred', 'answered', 'closed']],
    ['answered', 'operator', ['in_progress', 'closed']],
    ['answered', 'system', ['in_progress']],
    ['closed', 'operator', []],
    ['closed', 'supervisor', ['in_progress']],
  ] as const)('from %s a %s may go to %j', (status, role, expected) => {
    expect(allowedNextStatuses(status, role)).toEqual(expected);
  });
});

describe('replies from the applicant', () => {
  const reply = { messageId: '<r@mail.ru>', text: 'Дополняю: ошибка и в приложении.', attachments: [] };

  it('a reply to an answered appeal joins its history and puts it back in progress', () => {
    const appeal = registeredAppeal({ status: 'answered' });

    const result = receiveReply(appeal, reply, at, system);

    expect(result.appeal.status).toBe('in_progress');
    expect(result.events.map((event) => event.type)).toEqual(['reply_received', 'status_changed']);
    expect(result.events[0]).toMatchObject({ text: reply.text, messageId: reply.messageId });
  });

  it.each(['registered', 'in_progress', 'referred', 'closed'] as const)(
    'a reply to a %s appeal joins its history and leaves the status',
    (status) => {
      const appeal = registeredAppeal({ status });

      const result = receiveReply(appeal, reply, at, system);

      expect(result.appeal.status).toBe(status);
      expect(result.events.map((event) => event.type)).toEqual(['reply_received']);
    },
  );
});

describe('events that do not move the appeal', () => {
  it.each([
    { type: 'acknowledged', at, channel: 'email', language: 'ru', messageId: '<ack@1414.kz>' },
    { type: 'urgent_notified', at, recipientIds: ['police-102'] },
    { type: 'sla_started', at, deadline: '2026-11-25T23:59:59+05:00' },
    { type: 'sla_reminded', at, deadline: '2026-11-25T23:59:59+05:00' },
    { type: 'sla_met', at, deadline: '2026-11-25T23:59:59+05:00' },
    { type: 'sla_breached', at, deadline: '2026-11-25T23:59:59+05:00' },
    { type: 'sla_cancelled', at, reason: 'appeal closed' },
    { type: 'correspondence_sent', at, to: { party: 'body', bodyId: 'mvd' }, channel: 'email' },
    { type: 'correspondence_received', at, from: { party: 'body', bodyId: 'mvd' }, channel: 'letter' },
  ] as const)('$type is appended to the history', (event) => {
    const appeal = registeredAppeal({ status: 'in_progress' });

    const result = recordEvent(appeal, event);

    expect(result.appeal.status).toBe('in_progress');
    expect(result.appeal.history.at(-1)).toEqual(event);
    expect(result.events).toEqual([event]);
  });
});
