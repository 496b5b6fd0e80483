import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildRawEmail, encodeHeaderWord } from './raw-email';

describe('a raw message with an attachment (SES Content.Raw)', () => {
  it('reads back with its Cyrillic subject, text and named CSV attachment', async () => {
    const raw = buildRawEmail({
      from: 'no-reply@1414.kz',
      to: ['reports@nitec.kz', 'reports@enbek.example.kz'],
      subject: 'Обращения 1414: отчёт за 25.11.2026 — длинная тема, чтобы проверить перенос слов',
      text: 'Отчёт во вложении.\nПоступило: 12.',
      headers: { 'Auto-Submitted': 'auto-generated' },
      attachments: [
        { filename: 'обращения-1414.csv', contentType: 'text/csv; charset=UTF-8', content: 'a,b\r\n1,2\r\n' },
      ],
    });

    const mail = await simpleParser(raw);

    expect(mail.subject).toBe(
      'Обращения 1414: отчёт за 25.11.2026 — длинная тема, чтобы проверить перенос слов',
    );
    expect(mail.text?.trim()).toBe('Отчёт во вложении.\nПоступило: 12.');
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]?.filename).toBe('обращения-1414.csv');
    expect(mail.attachments[0]?.content.toString('utf8')).toBe('a,b\r\n1,2\r\n');
    expect(
      raw
        .toString('latin1')
        .split('\r\n')
        .every((line) => line.length <= 998),
    ).toBe(true);
  });

  it('keeps a value with a line break from adding headers of its own', async () => {
    const raw = buildRawEmail({
      from: 'a@b.kz',
      to: ['c@d.kz'],
      subject: 'Hi\r\nBcc: victim@example.org',
      text: 'x',
    });

    const mail = await simpleParser(raw);

    expect(mail.headers.has('bcc')).toBe(false);
  });

  it('leaves plain ASCII header values as they are', () => {
    expect(encodeHeaderWord('Appeals report')).toBe('Appeals report');
    expect(encodeHeaderWord('Отчёт')).toBe('=?UTF-8?B?0J7RgtGH0ZHRgg==?=');
  });
});
