import { describe, expect, it } from 'vitest';
import type { Language } from '../../../contracts/hotlines';
import { rawMessage } from '../../../test/support/appeals/fixtures';
import { seededRandom } from '../../../test/support/appeals/random';
import {
  type AcknowledgementInput,
  acknowledgementEmail,
  acknowledgementLanguages,
  formatDeadline,
} from './acknowledgement';
import { classifyEmail } from './classify-email';
import { guessLanguage } from './language';
import { parseEmail } from './parse-email';
import { formatRegistrationNumber, generateRegistrationNumber } from './registration-number';

const names1414 = {
  kk: 'Бірыңғай байланыс орталығы 1414',
  ru: 'Единый контакт-центр 1414',
  en: 'Unified Contact Center 1414',
};
const names111 = {
  kk: 'Отбасы, әйелдер және балалар құқықтары жөніндегі 111 байланыс орталығы',
  ru: 'Контакт-центр 111 по вопросам семьи, женщин и защиты прав детей',
};

const number1414 = generateRegistrationNumber('1414', seededRandom(21));
const number111 = generateRegistrationNumber('111', seededRandom(22));

function for1414(language: Language): AcknowledgementInput {
  return {
    number: number1414,
    hotline: '1414',
    hotlineName: names1414,
    deadline: '2026-11-25T23:59:59+05:00',
    languages: [language],
    confidential: false,
  };
}

function for111(languages: Language[]): AcknowledgementInput {
  return {
    number: number111,
    hotline: '111',
    hotlineName: names111,
    deadline: '2026-12-14T23:59:59+05:00',
    languages,
    confidential: true,
  };
}

describe('the deadline as the applicant reads it', () => {
  it.each([
    ['the end of a day in Almaty', '2026-11-25T23:59:59+05:00', '25.11.2026 23:59'],
    ['the same instant in UTC', '2026-11-25T18:59:59Z', '25.11.2026 23:59'],
    ['a UTC evening that is already the next day in Kazakhstan', '2026-12-31T20:30:00Z', '01.01.2027 01:30'],
  ])('shows %s in local time', (_what, deadline, shown) => {
    expect(formatDeadline(deadline)).toBe(shown);
  });
});

describe('acknowledging an appeal of 1414', () => {
  it.each(['kk', 'ru', 'en'] as const)(
    'in %s it gives the number, the deadline and the hotline',
    (language) => {
      const ack = acknowledgementEmail(for1414(language));

      expect(ack.subject).toContain(formatRegistrationNumber(number1414));
      expect(ack.subject).toContain(names1414[language]);
      expect(ack.text).toContain(formatRegistrationNumber(number1414));
      expect(ack.text).toContain('25.11.2026 23:59');
      expect(ack.text).toContain(names1414[language]);
      expect(ack.text).toContain(' 1414 ');
    },
  );

  it.each(['kk', 'ru', 'en'] as const)('is written in %s throughout', (language) => {
    const ack = acknowledgementEmail(for1414(language));

    expect(guessLanguage(`${ack.subject}\n${ack.text}`)).toBe(language);
  });

  it('has no confidentiality note, which is for 111', () => {
    const ack = acknowledgementEmail(for1414('ru'));

    expect(ack.text).not.toMatch(/конфиденциальн|112/u);
  });

  it('is marked as an automatic reply so that robots do not answer it', () => {
    expect(acknowledgementEmail(for1414('kk')).headers).toMatchObject({ 'Auto-Submitted': 'auto-replied' });
  });

  it('a reply to the acknowledgement is recognised as joining the appeal', async () => {
    const ack = acknowledgementEmail(for1414('kk'));
    const reply = await parseEmail(
      rawMessage({ Subject: `=?UTF-8?B?${Buffer.from(`Re: ${ack.subject}`).toString('base64')}?=` }),
    );

    expect(classifyEmail(reply, { hotline: '1414' })).toEqual({ kind: 'reply', number: number1414 });
  });

  it('coming back to our own inbox, it is ignored rather than answered (no mail loop)', async () => {
    const ack = acknowledgementEmail(for1414('ru'));
    const bounced = await parseEmail(rawMessage({ From: 'no-reply@1414.kz', ...ack.headers }, ack.text));

    expect(classifyEmail(bounced, { hotline: '1414' })).toMatchObject({ kind: 'ignored' });
  });
});

describe('acknowledging an appeal of 111', () => {
  it.each([
    ['kk', /құпия/u],
    ['ru', /конфиденциальность/u],
  ] as const)('in %s it carries the confidentiality note and the emergency number', (language, note) => {
    const ack = acknowledgementEmail(for111([language]));

    expect(ack.text).toMatch(note);
    expect(ack.text).toContain('112');
    expect(ack.text).toContain('14.12.2026 23:59');
    expect(ack.text).toContain(' 111 ');
  });

  it('keeps the hotline’s name out of the subject, which others may see in a shared mailbox', () => {
    const ack = acknowledgementEmail(for111(['ru']));

    expect(ack.subject).toContain(formatRegistrationNumber(number111));
    expect(ack.subject).not.toMatch(/111 |семьи|детей/u);
  });

  it('an English letter is acknowledged in both of 111’s languages', () => {
    const languages = acknowledgementLanguages('en', ['kk', 'ru']);

    const ack = acknowledgementEmail(for111(languages));

    expect(languages).toEqual(['kk', 'ru']);
    expect(ack.text).toContain('Өтінішіңіз тіркелді.');
    expect(ack.text).toContain('Ваше обращение зарегистрировано.');
    expect(ack.text.indexOf('Өтінішіңіз')).toBeLessThan(ack.text.indexOf('Ваше обращение'));
  });

  it.each([
    ['kk', ['kk', 'ru'], ['kk']],
    ['ru', ['kk', 'ru'], ['ru']],
    ['en', ['kk', 'ru', 'en'], ['en']],
  ] as const)(
    'a letter in %s to a hotline working in %j is acknowledged in %j',
    (detected, supported, expected) => {
      expect(acknowledgementLanguages(detected, supported)).toEqual(expected);
    },
  );
});
