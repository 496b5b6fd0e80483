import { describe, expect, it } from 'vitest';
import { parseFixture, rawMessage } from '../../../test/support/appeals/fixtures';
import { seededRandom } from '../../../test/support/appeals/random';
import { classifyEmail, dedupeKey } from './classify-email';
import { parseEmail } from './parse-email';
import { formatRegistrationNumber, generateRegistrationNumber } from './registration-number';

const at1414 = { hotline: '1414', ownAddresses: ['no-reply@1414.kz'] } as const;

describe('mail that must not be answered', () => {
  it.each([
    ['an out-of-office reply, though it carries a registration number', 'auto-reply.eml', 'auto-submitted'],
    ['a bounce of our acknowledgement', 'bounce-delivery-status.eml', 'delivery-report'],
  ])('%s is ignored', async (_what, fixture, reason) => {
    const email = await parseFixture(fixture);

    expect(classifyEmail(email, at1414)).toEqual({ kind: 'ignored', reason });
  });

  it.each([
    ['Auto-Submitted: auto-generated', { 'Auto-Submitted': 'auto-generated' }, 'auto-submitted'],
    [
      'Auto-Submitted: auto-replied',
      { 'Auto-Submitted': 'auto-replied; owner-email="x@y.kz"' },
      'auto-submitted',
    ],
    [
      'a read receipt (multipart/report)',
      { 'Content-Type': 'multipart/report; report-type=disposition-notification; boundary=x' },
      'delivery-report',
    ],
    [
      'report-type=delivery-status',
      { 'Content-Type': 'text/plain; report-type=delivery-status' },
      'delivery-report',
    ],
    ['mail from MAILER-DAEMON', { From: 'Mail Delivery System <MAILER-DAEMON@mx.mail.kz>' }, 'mailer-daemon'],
    ['mail from postmaster', { From: 'postmaster@gov.kz' }, 'mailer-daemon'],
    ['X-Autoreply', { 'X-Autoreply': 'yes' }, 'autoreply-header'],
    ['X-Autorespond', { 'X-Autorespond': 'Vacation' }, 'autoreply-header'],
    ['Precedence: bulk', { Precedence: 'bulk' }, 'bulk-precedence'],
    ['Precedence: junk', { Precedence: 'JUNK' }, 'bulk-precedence'],
    ['Precedence: auto_reply', { Precedence: 'auto_reply' }, 'bulk-precedence'],
    ['Return-Path: <>', { 'Return-Path': '<>' }, 'null-return-path'],
    ['our own no-reply address', { From: 'No Reply <NO-REPLY@1414.kz>' }, 'own-address'],
  ])('a message with %s is ignored', async (_what, headers, reason) => {
    const email = await parseEmail(rawMessage(headers));

    expect(classifyEmail(email, at1414)).toEqual({ kind: 'ignored', reason });
  });

  it.each([
    ['Auto-Submitted: no', { 'Auto-Submitted': 'no' }],
    ['X-Autoreply: no', { 'X-Autoreply': 'no' }],
    ['Precedence: list', { Precedence: 'list' }],
    ['an ordinary Return-Path', { 'Return-Path': '<citizen@mail.kz>' }],
  ])('a message that says %s is a person writing, so a new appeal', async (_what, headers) => {
    const email = await parseEmail(rawMessage(headers));

    expect(classifyEmail(email, at1414)).toEqual({ kind: 'new' });
  });
});

describe('SES verdicts', () => {
  it.each([
    ['a virus', { virusVerdict: 'FAIL' }, 'virus'],
    ['spam', { spamVerdict: 'FAIL' }, 'spam'],
    ['a virus that also looks like spam', { virusVerdict: 'FAIL', spamVerdict: 'FAIL' }, 'virus'],
  ])('%s is quarantined', async (_what, verdicts, reason) => {
    const email = await parseFixture('attachment-cyrillic-name.eml');

    expect(classifyEmail(email, { ...at1414, ...verdicts })).toEqual({ kind: 'quarantined', reason });
  });

  it('a virus is quarantined even in machine mail', async () => {
    const email = await parseFixture('bounce-delivery-status.eml');

    expect(classifyEmail(email, { ...at1414, virusVerdict: 'FAIL' })).toEqual({
      kind: 'quarantined',
      reason: 'virus',
    });
  });

  it('spam that is a bounce is ignored, not quarantined (backscatter of forged mail)', async () => {
    const email = await parseFixture('bounce-delivery-status.eml');

    expect(classifyEmail(email, { ...at1414, spamVerdict: 'FAIL' })).toEqual({
      kind: 'ignored',
      reason: 'delivery-report',
    });
  });

  it.each(['PASS', 'GRAY', 'PROCESSING_FAILED', 'DISABLED'])(
    'a %s verdict lets the message through',
    async (verdict) => {
      const email = await parseFixture('ru-plain-utf8.eml');

      expect(classifyEmail(email, { ...at1414, spamVerdict: verdict, virusVerdict: verdict })).toEqual({
        kind: 'new',
      });
    },
  );
});

describe('replies and new appeals', () => {
  const number1414 = generateRegistrationNumber('1414', seededRandom(11));
  const number111 = generateRegistrationNumber('111', seededRandom(12));

  it('a reply carrying the registration number in its subject joins the appeal', async () => {
    const email = await parseFixture('reply-with-number.eml');

    expect(classifyEmail(email, at1414)).toEqual({ kind: 'reply', number: '1415229720358' });
  });

  it.each([
    ['in the body', { Subject: 'Дополнение' }, `Дополняю обращение ${formatRegistrationNumber(number1414)}.`],
    ['without separators', { Subject: `Обращение ${number1414}` }, 'Текст'],
  ])('a number %s makes a reply', async (_where, headers, body) => {
    const email = await parseEmail(rawMessage(headers, body));

    expect(classifyEmail(email, at1414)).toEqual({ kind: 'reply', number: number1414 });
  });

  it('the subject wins over a number quoted in the body', async () => {
    const other = generateRegistrationNumber('1414', seededRandom(13));
    const email = await parseEmail(rawMessage({ Subject: `Re: № ${number1414}` }, `См. также ${other}`));

    expect(classifyEmail(email, at1414)).toEqual({ kind: 'reply', number: number1414 });
  });

  it.each([
    ['a number of the other hotline', `Re: Обращение № ${formatRegistrationNumber(number111)}`],
    [
      'a mistyped number',
      `Re: Обращение № ${number1414.slice(0, -1)}${(Number(number1414.at(-1)) + 1) % 10}`,
    ],
    ['a phone number and a date', 'Перезвоните на 8 701 555 12 34 до 25.11.2026'],
  ])('%s does not make a reply', async (_what, subject) => {
    const email = await parseEmail(rawMessage({ Subject: subject }));

    expect(classifyEmail(email, at1414)).toEqual({ kind: 'new' });
  });

  it.each([
    'ru-plain-utf8.eml',
    'kk-utf8-base64.eml',
    'ru-windows1251-qp.eml',
    'ru-koi8r-8bit.eml',
    'rfc2047-b-and-q.eml',
    'html-only-script.eml',
    'attachment-cyrillic-name.eml',
    'en-plain.eml',
    'malformed.eml',
  ])('%s is a new appeal', async (fixture) => {
    const email = await parseFixture(fixture);

    expect(classifyEmail(email, at1414)).toEqual({ kind: 'new' });
  });

  it('a message to 111 is a new appeal there', async () => {
    const email = await parseFixture('kk-alternative-111.eml');

    expect(classifyEmail(email, { hotline: '111', ownAddresses: ['no-reply@111.gov4c.kz'] })).toEqual({
      kind: 'new',
    });
  });
});

describe('the key that stores a message once', () => {
  it('is the same for the same message delivered to two of our addresses', async () => {
    const toFirst = await parseFixture('ru-plain-utf8.eml');
    const toSecond = await parseFixture('ru-plain-utf8.eml');

    expect(dedupeKey(toFirst)).toBe(dedupeKey(toSecond));
  });

  it('differs for different messages', async () => {
    const first = await parseFixture('ru-plain-utf8.eml');
    const second = await parseFixture('reply-with-number.eml');

    expect(dedupeKey(first)).not.toBe(dedupeKey(second));
  });

  it('differs when a stranger reuses someone else’s Message-ID', async () => {
    const original = await parseEmail(rawMessage({ From: 'citizen@mail.kz', 'Message-ID': '<same@id>' }));
    const copy = await parseEmail(rawMessage({ From: 'stranger@mail.kz', 'Message-ID': '<same@id>' }));

    expect(dedupeKey(original)).not.toBe(dedupeKey(copy));
  });

  it('holds no e-mail address or Message-ID in the clear', async () => {
    const email = await parseFixture('ru-plain-utf8.eml');

    const key = dedupeKey(email);

    expect(key).toMatch(/^mid:[0-9a-f]{64}$/u);
  });

  it('without a Message-ID, is the same for the same message delivered twice (not the per-delivery SES id)', async () => {
    const raw = rawMessage({ 'Message-ID': '' }, 'Прошу помочь с пособием.');

    const first = dedupeKey(await parseEmail(raw));
    const second = dedupeKey(await parseEmail(raw));

    expect(first).toBe(second);
    expect(first).toMatch(/^digest:[0-9a-f]{64}$/u);
  });

  it.each([
    ['sender', { From: 'other@mail.kz' }, 'Прошу помочь с пособием.'],
    ['date', { Date: 'Tue, 24 Nov 2026 10:00:00 +0500' }, 'Прошу помочь с пособием.'],
    ['subject', { Subject: 'Другой вопрос' }, 'Прошу помочь с пособием.'],
    ['body', {}, 'Прошу помочь с пенсией.'],
  ])('without a Message-ID, differs when the %s differs', async (_what, headers, body) => {
    const original = await parseEmail(rawMessage({ 'Message-ID': '' }, 'Прошу помочь с пособием.'));
    const other = await parseEmail(rawMessage({ 'Message-ID': '', ...headers }, body));

    expect(dedupeKey(original)).not.toBe(dedupeKey(other));
  });
});
