import { describe, expect, it } from 'vitest';
import { promptEntry } from '../../../contact-flows/prompts/manifest';
import { generateRegistrationNumber } from '../../appeals/domain/registration-number';
import { appealStatusView, readKeyedNumber, statusAnswer, UnreadableAppealError } from './appeal-status';

const number1414 = generateRegistrationNumber('1414');
const number111 = generateRegistrationNumber('111');

describe('reading the digits a caller keyed in', () => {
  it.each([
    ['the bare 13 digits', number1414],
    ['the digits ended with #', `${number1414}#`],
    ['the digits with * between groups', `${number1414.slice(0, 4)}*${number1414.slice(4)}`],
  ])('accepts %s', (_, digits) => {
    expect(readKeyedNumber(digits, '1414')).toEqual({ ok: true, number: number1414 });
  });

  it.each([
    ['too few digits', '12345'],
    ['nothing', ''],
    ['a mistyped digit', `${number1414.slice(0, 12)}${(Number(number1414[12]) + 1) % 10}`],
  ])('calls %s invalid', (_, digits) => {
    expect(readKeyedNumber(digits, '1414')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('recognises a number of the other hotline without looking it up here', () => {
    expect(readKeyedNumber(number111, '1414')).toEqual({ ok: false, reason: 'elsewhere' });
    expect(readKeyedNumber(number111, '111')).toEqual({ ok: true, number: number111 });
  });
});

describe('the answer read to the caller', () => {
  const appeal = {
    status: 'in_progress',
    receivedAt: '2025-03-03T04:30:00Z',
    deadline: '2025-03-05T23:59:59+05:00',
  } as const;

  it('tells a Russian caller the status, the day it was registered and the day the answer is due', () => {
    const answer = statusAnswer('1414', { kind: 'found', appeal }, 'ru');

    expect(answer).toEqual({
      outcome: 'found',
      status: 'in_progress',
      message:
        'Ваше обращение находится на рассмотрении. Дата регистрации: 3 марта 2025 г. Срок ответа: 5 марта 2025 г.',
    });
  });

  it('reads dates as days in Almaty, not in UTC', () => {
    const lateEvening = { ...appeal, receivedAt: '2025-03-03T20:00:00Z' };

    expect(statusAnswer('1414', { kind: 'found', appeal: lateEvening }, 'en').message).toContain(
      'Registered on 4 March 2025.',
    );
  });

  it('leaves out the due day once the appeal is answered', () => {
    const answered = { ...appeal, status: 'answered' } as const;

    const message = statusAnswer('111', { kind: 'found', appeal: answered }, 'en').message;

    expect(message).toBe(
      `${promptEntry('family-appeal-status-answered').texts.en} Registered on 3 March 2025.`,
    );
  });

  it.each(['not_found', 'invalid'] as const)(
    'answers %s with the outcome and its manifest sentence',
    (kind) => {
      const answer = statusAnswer('1414', { kind }, 'en');

      expect(answer).toEqual({
        outcome: kind,
        status: kind,
        message: promptEntry(`ucc-appeal-status-${kind.replace('_', '-')}`).texts.en,
      });
    },
  );
});

describe('what the IVR reads of an appeal item', () => {
  it('keeps status and dates and nothing else', () => {
    const view = appealStatusView({
      status: 'referred',
      receivedAt: '2025-03-03T04:30:00Z',
      deadline: '2025-03-20',
      applicant: { name: 'never read out' },
      subject: 'never read out',
    });

    expect(view).toEqual({ status: 'referred', receivedAt: '2025-03-03T04:30:00Z', deadline: '2025-03-20' });
  });

  it.each([
    ['an unknown status', { status: 'lost', receivedAt: '2025-03-03T04:30:00Z' }],
    ['no registration date', { status: 'registered' }],
  ])('fails loudly on %s', (_, item) => {
    expect(() => appealStatusView(item)).toThrow(UnreadableAppealError);
  });
});
