import { describe, expect, it } from 'vitest';
import { referralNotice, urgentNotice, urgentTopicMessage, urgentTopicSubject } from './notices';

const hotlineName = {
  kk: 'Бірыңғай байланыс орталығы 1414',
  ru: 'Единый контакт-центр 1414',
  en: 'Unified Contact Center 1414',
};

describe('telling an applicant where to turn', () => {
  it.each([
    { language: 'kk', expected: 'Бұл мәселені шешетін орган: Еңбек министрлігі (+7 7172 74 36 00).' },
    { language: 'ru', expected: 'Его решает: Еңбек министрлігі (+7 7172 74 36 00).' },
    { language: 'en', expected: 'It is handled by: Еңбек министрлігі (+7 7172 74 36 00).' },
  ] as const)('writes in $language with the body and how to reach it', ({ language, expected }) => {
    const letter = referralNotice({
      number: '1415229720358',
      language,
      hotlineName,
      bodyName: 'Еңбек министрлігі',
      bodyContacts: '+7 7172 74 36 00',
    });

    expect(letter.text).toContain(expected);
    expect(letter.subject).toContain('1415-2297-2035-8');
    expect(letter.headers['Auto-Submitted']).toBe('auto-replied');
  });
});

describe('alerting state bodies to an urgent case', () => {
  const input = {
    number: '1195589907426',
    hotline: '111',
    channel: 'ivr',
    receivedAt: '2026-11-23T05:00:00.000Z',
    language: 'kk',
    contactId: 'c0ffee00-0000-4000-8000-000000000001',
  } as const;

  it('names the number, time and channel in Russian and Kazakh, and nothing about the person', () => {
    const letter = urgentNotice(input);

    expect(letter.subject).toBe('СРОЧНО / ШҰҒЫЛ: обращение № 1195-5899-0742-6 (111)');
    expect(letter.text).toContain('Поступило: 23.11.2026 10:00 (время Астаны), канал: ivr');
    expect(letter.text).toContain('шұғыл өтініш түсті: № 1195-5899-0742-6');
    expect(letter.text).toContain(input.contactId);
  });

  it('tells the bodies by when to acknowledge, in both languages, when the clock runs', () => {
    const letter = urgentNotice({ ...input, acknowledgeBy: '2026-11-23T10:15:00+05:00' });

    expect(letter.text).toContain(
      'Подтвердите получение дежурному супервайзеру линии 111 до 23.11.2026 10:15',
    );
    expect(letter.text).toContain('23.11.2026 10:15 дейін растаңыз');
    expect(
      JSON.parse(urgentTopicMessage({ ...input, acknowledgeBy: '2026-11-23T10:15:00+05:00' })),
    ).toMatchObject({
      acknowledgeBy: '2026-11-23T10:15:00+05:00',
    });
    expect(urgentNotice(input).text).not.toContain('Подтвердите');
  });

  it('gives the topic a readable ASCII subject, as SNS takes it', () => {
    const subject = urgentTopicSubject(input);

    expect(subject).toBe('[111] URGENT appeal 1195-5899-0742-6');
    expect(subject).toMatch(/^[\x20-\x7e]{1,99}$/u);
  });

  it('publishes the same facts as JSON on the topic', () => {
    expect(JSON.parse(urgentTopicMessage(input))).toEqual({
      type: 'urgent_appeal',
      number: '1195589907426',
      displayNumber: '1195-5899-0742-6',
      hotline: '111',
      channel: 'ivr',
      receivedAt: '2026-11-23T05:00:00.000Z',
      language: 'kk',
      contactId: input.contactId,
    });
  });
});
