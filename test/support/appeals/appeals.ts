import { type Actor, type Appeal, registerAppeal } from '../../../functions/appeals/domain/appeal';

export const operator: Actor = { id: 'op-17', role: 'operator' };
export const supervisor: Actor = { id: 'sup-2', role: 'supervisor' };
export const system: Actor = { id: 'email-ingest', role: 'system' };

/** A freshly registered e-mail appeal of 1414. */
export function registeredAppeal(overrides: Partial<Appeal> = {}): Appeal {
  const appeal = registerAppeal(
    {
      number: '1415229720358',
      hotline: '1414',
      channel: 'email',
      receivedAt: '2026-11-23T09:41:12Z',
      language: 'ru',
      applicant: { contactHash: 'c0ffee' },
      subject: 'Не могу подписать заявление ЭЦП на eGov',
      text: 'Третий день не могу подписать заявление.',
      attachments: [],
      deadline: '2026-11-25T23:59:59+05:00',
    },
    '2026-11-23T09:41:13Z',
    system,
  );
  return { ...appeal, ...overrides };
}
