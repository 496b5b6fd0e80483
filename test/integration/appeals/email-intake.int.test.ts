import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inboundMailKey } from '../../../functions/appeals/domain/mail-storage';
import { runIngestEmailCli } from '../../../scripts/ingest-email-cli';
import { readFixture } from '../../support/appeals/fixtures';
import {
  deliver,
  encodedWord,
  freshMessage,
  objectBytes,
  objectExists,
  outbox,
  type RegisterStores,
  registerStores,
  replaceHeaders,
  storedAppeal,
  storedHistory,
} from '../../support/appeals/harness';
import { useTestRuntime } from '../../support/runtime';

let apiUrl: string;
let stores1414: RegisterStores;
let stores111: RegisterStores;

beforeAll(async () => {
  ({ apiUrl } = useTestRuntime());
  stores1414 = await registerStores(apiUrl, '1414');
  stores111 = await registerStores(apiUrl, '111');
});

describe('e-mail appeals through SES receiving', () => {
  it.each([
    {
      fixture: 'ru-plain-utf8.eml',
      hotline: '1414',
      subject: 'Не могу подписать заявление ЭЦП на eGov',
      excerpt: '«Ошибка при подписании документа»',
      language: 'ru',
    },
    {
      fixture: 'kk-utf8-base64.eml',
      hotline: '1414',
      subject: 'Зейнетақы жарналары туралы анықтама алынбай тұр',
      excerpt: '«Қызмет уақытша қолжетімсіз» деген хабарлама шығады',
      language: 'kk',
    },
    {
      fixture: 'ru-windows1251-qp.eml',
      hotline: '1414',
      subject: 'Отказ в приёме документов в ЦОН',
      excerpt: 'мне отказали в приёме документов',
      language: 'ru',
    },
    {
      fixture: 'ru-koi8r-8bit.eml',
      hotline: '1414',
      subject: 'Запись к врачу через портал',
      excerpt: 'Пенсионер, 72 года.',
      language: 'ru',
    },
    {
      fixture: 'rfc2047-b-and-q.eml',
      hotline: '1414',
      subject: 'Жалоба на задержку: выдача паспорта задерживается на месяц',
      excerpt: 'статус «в обработке»',
      language: 'ru',
    },
    {
      fixture: 'en-plain.eml',
      hotline: '1414',
      subject: 'Residence permit status - application 2026-11-02',
      excerpt: 'through egov.kz on 2 November 2026.',
      language: 'en',
    },
    {
      fixture: 'kk-alternative-111.eml',
      hotline: '111',
      subject: 'Көмек керек',
      excerpt: 'Көршімнің балалары түнімен жылайды',
      language: 'kk',
    },
  ] as const)('$fixture is registered at $hotline with its subject and text decoded', async (expected) => {
    const raw = freshMessage(expected.fixture);

    const delivery = await deliver(apiUrl, raw, { received: '2026-11-23T10:00:00+05:00' });

    expect(delivery.status).toBe(200);
    expect(delivery.body).toMatchObject({
      outcome: 'registered',
      hotline: expected.hotline,
      subject: expected.subject,
    });
    const stores = expected.hotline === '111' ? stores111 : stores1414;
    const appeal = await storedAppeal(stores, delivery.body.registrationNumber!);
    expect(appeal).toMatchObject({
      channel: 'email',
      subject: expected.subject,
      language: expected.language,
      status: 'registered',
    });
    expect(appeal?.['text']).toContain(expected.excerpt);
    expect(appeal?.['receivedAt']).toBe('2026-11-23T05:00:00.000Z');
  });

  it('keeps the raw message in the inbound bucket, byte for byte', async () => {
    const raw = freshMessage('ru-koi8r-8bit.eml');

    const delivery = await deliver(apiUrl, raw);

    const stored = await objectBytes(
      stores1414,
      stores1414.inboundBucket,
      inboundMailKey(delivery.body.sesMessageId!),
    );
    expect(stored.equals(raw)).toBe(true);
    const appeal = await storedAppeal(stores1414, delivery.body.registrationNumber!);
    expect(appeal?.['rawMessageKey']).toBe(inboundMailKey(delivery.body.sesMessageId!));
  });

  it('turns an HTML-only letter into safe plain text', async () => {
    const delivery = await deliver(apiUrl, freshMessage('html-only-script.eml'));

    const appeal = await storedAppeal(stores1414, delivery.body.registrationNumber!);
    expect(appeal?.['text']).toContain('Что проверить:\n1) адрес;\n2) согласие собственника.');
    expect(appeal?.['text']).not.toMatch(/<script|document\.cookie|javascript:/u);
  });

  it('stores attachments in the attachments bucket under their decoded names', async () => {
    const delivery = await deliver(apiUrl, freshMessage('attachment-cyrillic-name.eml'));

    expect(delivery.body).toMatchObject({ outcome: 'registered', attachments: 2 });
    const appeal = await storedAppeal(stores1414, delivery.body.registrationNumber!);
    const files = appeal?.['attachments'] as Array<{
      key: string;
      filename: string;
      contentType: string;
      size: number;
    }>;
    expect(files.map(({ filename, contentType }) => ({ filename, contentType }))).toEqual([
      { filename: 'Квитанция об оплате.pdf', contentType: 'application/pdf' },
      { filename: 'Скриншот ошибки оплаты.jpg', contentType: 'image/jpeg' },
    ]);
    const pdf = await objectBytes(stores1414, stores1414.attachmentsBucket, files[0]!.key);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBe(files[0]!.size);
    expect(files[1]!.key.endsWith('Скриншот ошибки оплаты.jpg')).toBe(true);
  });

  it('acknowledges in the letter’s language with the number and the deadline, from the hotline address, Reply-To the inbound address', async () => {
    const delivery = await deliver(apiUrl, freshMessage('kk-utf8-base64.eml'), {
      received: '2026-11-27T16:00:00+05:00',
    });

    expect(delivery.body).toMatchObject({ acknowledged: true, deadline: '2026-12-01T23:59:59+05:00' });
    const sent = (await outbox(apiUrl, 'aigul.serikkyzy@gmail.com')).find((message) =>
      message.text.includes(delivery.body.registrationNumber!),
    );
    expect(sent).toMatchObject({ from: 'no-reply@1414.kz', replyTo: ['egov@nitec.kz'] });
    expect(sent?.subject).toBe(
      `№ ${delivery.body.registrationNumber} өтініш тіркелді — Бірыңғай байланыс орталығы 1414`,
    );
    expect(sent?.text).toContain('Жауап беру мерзімі: 01.12.2026 23:59');
    expect(sent?.headers['Auto-Submitted']).toBe('auto-replied');
    const history = await storedHistory(stores1414, delivery.body.registrationNumber!);
    expect(history.map((event) => event['type'])).toEqual(
      expect.arrayContaining(['registered', 'acknowledged']),
    );
  });

  it('acknowledges an English letter to 111 in both of 111’s languages, without naming the hotline in the subject', async () => {
    const raw = freshMessage('en-plain.eml', { To: 'info@111.gov4c.kz' });

    const delivery = await deliver(apiUrl, raw);

    const sent = (await outbox(apiUrl, 'j.miller@outlook.com')).find((message) =>
      message.text.includes(delivery.body.registrationNumber!),
    );
    expect(delivery.body.hotline).toBe('111');
    expect(sent?.text).toContain('Өтінішіңіз тіркелді.');
    expect(sent?.text).toContain('Ваше обращение зарегистрировано.');
    // The registration number itself may hold the digits 111: only the rest of the subject must not.
    const subjectWithoutNumber = sent?.subject.replace(/\d{4}-\d{4}-\d{4}-\d/gu, '');
    expect(subjectWithoutNumber).toContain('№');
    expect(subjectWithoutNumber).not.toMatch(/111|Контакт-центр/u);
  });

  it('adds a reply carrying the registration number to its appeal instead of registering it', async () => {
    const first = await deliver(apiUrl, freshMessage('ru-plain-utf8.eml'));
    const number = first.body.registrationNumber!;
    const reply = replaceHeaders(
      Buffer.from(
        readFixture('reply-with-number.eml').toString('utf8').replaceAll('1415-2297-2035-8', number),
        'utf8',
      ),
      {
        'Message-ID': `<reply.${Date.now()}@mail.ru>`,
        Subject: encodedWord(`Re: Обращение № ${number} зарегистрировано`),
      },
    );

    const delivery = await deliver(apiUrl, reply);

    expect(delivery.body).toMatchObject({
      outcome: 'threaded',
      registrationNumber: number,
      acknowledged: false,
    });
    const history = await storedHistory(stores1414, number);
    const joined = history.find((event) => event['type'] === 'reply_received');
    expect(joined?.['text']).toContain('ошибка появляется и в приложении eGov Mobile');
  });

  it.each([
    { fixture: 'auto-reply.eml', reason: 'auto-submitted' },
    { fixture: 'bounce-delivery-status.eml', reason: 'delivery-report' },
  ])('ignores machine mail ($fixture) and sends it no acknowledgement', async ({ fixture, reason }) => {
    const before = (await outbox(apiUrl)).length;

    const delivery = await deliver(apiUrl, freshMessage(fixture), { recipient: 'egov@nitec.kz' });

    expect(delivery.body).toMatchObject({ outcome: 'ignored', reason, acknowledged: false });
    expect(delivery.body.registrationNumber).toBeUndefined();
    expect(
      await objectExists(stores1414, stores1414.inboundBucket, inboundMailKey(delivery.body.sesMessageId!)),
    ).toBe(true);
    const sentMeanwhile = (await outbox(apiUrl)).slice(before);
    expect(sentMeanwhile.filter((message) => message.to.includes('m.sadykova@gov.kz'))).toEqual([]);
  });

  it('registers the same message delivered twice only once', async () => {
    const raw = freshMessage('en-plain.eml');

    const first = await deliver(apiUrl, raw);
    const second = await deliver(apiUrl, raw);

    expect(first.body.outcome).toBe('registered');
    expect(second.body).toMatchObject({
      outcome: 'duplicate',
      registrationNumber: first.body.registrationNumber,
      acknowledged: false,
    });
  });

  it('registers two deliveries of one message arriving at the same moment once', async () => {
    const raw = freshMessage('ru-windows1251-qp.eml');

    const outcomes = await Promise.all([deliver(apiUrl, raw), deliver(apiUrl, raw), deliver(apiUrl, raw)]);

    expect(outcomes.map((delivery) => delivery.body.outcome).sort()).toEqual([
      'duplicate',
      'duplicate',
      'registered',
    ]);
    expect(new Set(outcomes.map((delivery) => delivery.body.registrationNumber)).size).toBe(1);
  });

  it.each([
    { verdict: { spam: 'FAIL' }, reason: 'spam' },
    { verdict: { virus: 'FAIL' }, reason: 'virus' },
  ])(
    'quarantines mail with a $reason verdict of FAIL, registers nothing and keeps the raw message',
    async ({ verdict, reason }) => {
      const raw = freshMessage('ru-plain-utf8.eml');

      const delivery = await deliver(apiUrl, raw, verdict);

      expect(delivery.body).toMatchObject({ outcome: 'quarantined', reason, acknowledged: false });
      expect(delivery.body.registrationNumber).toBeUndefined();
      const kept = await objectBytes(
        stores1414,
        stores1414.inboundBucket,
        inboundMailKey(delivery.body.sesMessageId!),
      );
      expect(kept.equals(raw)).toBe(true);
    },
  );

  it('registers a damaged message from what can be read and keeps the raw message', async () => {
    const raw = freshMessage('malformed.eml');

    const delivery = await deliver(apiUrl, raw);

    expect(delivery.body.outcome).toBe('registered');
    const appeal = await storedAppeal(stores1414, delivery.body.registrationNumber!);
    expect(appeal?.['text']).toContain('Не приходит SMS с одноразовым паролем');
    expect(appeal?.['problems']).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(await objectExists(stores1414, stores1414.inboundBucket, String(appeal?.['rawMessageKey']))).toBe(
      true,
    );
  });

  it('registers a letter of megabytes, and a reply of megabytes, keeping the raw messages whole', async () => {
    const letter = (subject: string, messageId: string) =>
      Buffer.from(
        [
          'From: citizen@mail.kz',
          'To: egov@nitec.kz',
          `Subject: ${encodedWord(subject)}`,
          `Message-ID: <${messageId}>`,
          'MIME-Version: 1.0',
          'Content-Type: text/plain; charset=utf-8',
          'Content-Transfer-Encoding: 8bit',
          '',
          `${'Прошу разобраться с задержкой выдачи справки. '.repeat(40)}\r\n`.repeat(1000),
        ].join('\r\n'),
        'utf8',
      );
    const raw = letter('Жалоба на задержку', `big.${Date.now()}@mail.kz`);

    const delivery = await deliver(apiUrl, raw);

    expect(delivery.status).toBe(200);
    expect(delivery.body.outcome).toBe('registered');
    const number = delivery.body.registrationNumber!;
    const appeal = await storedAppeal(stores1414, number);
    expect(String(appeal?.['text'])).toMatch(/^Прошу разобраться с задержкой выдачи справки\./u);
    expect(appeal?.['problems']).toEqual([
      'the text is longer than the register keeps (100 KB): the rest is in the raw message',
    ]);
    const kept = await objectBytes(stores1414, stores1414.inboundBucket, String(appeal?.['rawMessageKey']));
    expect(kept.equals(raw)).toBe(true);

    const reply = await deliver(apiUrl, letter(`Re: ${number}`, `big-reply.${Date.now()}@mail.kz`));

    expect(reply.body).toMatchObject({ outcome: 'threaded', registrationNumber: number });
  });

  it('accepts a 15 MB message as SES does, keeps it whole and unpacks its attachment', async () => {
    const scan = Buffer.alloc(11 * 1024 * 1024, 7);
    const raw = Buffer.from(
      [
        'From: citizen@mail.kz',
        'To: egov@nitec.kz',
        `Subject: ${encodedWord('Сканы документов')}`,
        `Message-ID: <fifteen.${Date.now()}@mail.kz>`,
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="scan"',
        '',
        '--scan',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Прилагаю сканы.',
        '--scan',
        'Content-Type: application/octet-stream; name="scan.bin"',
        'Content-Disposition: attachment; filename="scan.bin"',
        'Content-Transfer-Encoding: base64',
        '',
        scan.toString('base64').replace(/.{76}/gu, '$&\r\n'),
        '--scan--',
        '',
      ].join('\r\n'),
      'utf8',
    );
    expect(raw.length).toBeGreaterThan(15 * 1000 * 1000);

    const delivery = await deliver(apiUrl, raw);

    expect(delivery.status).toBe(200);
    expect(delivery.body).toMatchObject({ outcome: 'registered', attachments: 1 });
    const appeal = await storedAppeal(stores1414, delivery.body.registrationNumber!);
    const kept = await objectBytes(stores1414, stores1414.inboundBucket, String(appeal?.['rawMessageKey']));
    expect(kept.equals(raw)).toBe(true);
    const [file] = (appeal?.['attachments'] ?? []) as Array<{ key: string; size: number }>;
    expect(file?.size).toBe(scan.length);
  });

  it('refuses mail for an address no hotline receives at, naming the addresses that do', async () => {
    const raw = freshMessage('en-plain.eml', { To: 'someone@example.org' });

    const delivery = await deliver(apiUrl, raw);

    expect(delivery.status).toBe(400);
    expect(delivery.body.message).toContain('someone@example.org');
    expect(delivery.body.message).toContain('egov@nitec.kz (1414)');
    expect(delivery.body.message).toContain('info@111.gov4c.kz (111)');
  });
});

describe('npm run ingest-email', () => {
  function messageFile(raw: Buffer): string {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qoldau-eml-')), 'message.eml');
    fs.writeFileSync(file, raw);
    return file;
  }

  it('prints one JSON object with the outcome, number, hotline, subject, attachments, deadline and acknowledgement', async () => {
    const file = messageFile(freshMessage('attachment-cyrillic-name.eml'));

    const result = await runIngestEmailCli([file, '--received', '2026-11-27T16:00:00+05:00', '--json']);

    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(Object.keys(output).sort()).toEqual(
      [
        'acknowledged',
        'attachments',
        'deadline',
        'hotline',
        'outcome',
        'registrationNumber',
        'subject',
      ].sort(),
    );
    expect(output).toMatchObject({
      outcome: 'registered',
      hotline: '1414',
      subject: 'Жалоба: оплата госпошлины не прошла',
      attachments: 2,
      deadline: '2026-12-01T23:59:59+05:00',
      acknowledged: true,
    });
    expect(output.registrationNumber).toMatch(/^14\d{2}-\d{4}-\d{4}-\d$/u);
  });

  it('a reply carrying a number from someone other than the applicant registers a new appeal that refers to it', async () => {
    const first = await deliver(apiUrl, freshMessage('ru-plain-utf8.eml'));
    const number = first.body.registrationNumber!;
    const foreign = replaceHeaders(
      Buffer.from(
        readFixture('reply-with-number.eml').toString('utf8').replaceAll('1415-2297-2035-8', number),
        'utf8',
      ),
      {
        From: 'stranger@example.kz',
        'Return-Path': '<stranger@example.kz>',
        'Message-ID': `<foreign.${Date.now()}@example.kz>`,
        Subject: encodedWord(`Re: Обращение № ${number} зарегистрировано`),
      },
    );

    const result = await runIngestEmailCli([messageFile(foreign), '--json']);

    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output).toMatchObject({ outcome: 'registered', relatedTo: number });
    expect(output.registrationNumber).not.toBe(number);
    const original = await storedAppeal(stores1414, number);
    expect(original?.['status']).toBe('registered');
    const history = await storedHistory(stores1414, number);
    expect(history.map((event) => event['type'])).not.toContain('reply_received');
    expect(history.find((event) => event['type'] === 'related_appeal_registered')).toBeDefined();
    const related = await storedAppeal(stores1414, output.registrationNumber);
    expect(related?.['relatedTo']).toBe(number.replaceAll('-', ''));
  });

  it('reports a quarantine with its reason', async () => {
    const result = await runIngestEmailCli([
      messageFile(freshMessage('en-plain.eml')),
      '--virus',
      'FAIL',
      '--json',
    ]);

    expect(JSON.parse(result.stdout)).toMatchObject({
      outcome: 'quarantined',
      reason: 'virus',
      acknowledged: false,
    });
  });

  it('reports machine mail as ignored, with its reason, and sends it nothing', async () => {
    const result = await runIngestEmailCli([messageFile(freshMessage('auto-reply.eml')), '--json']);

    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      outcome: 'ignored',
      hotline: '1414',
      subject: 'Автоответ: Обращение № 1448-5507-9997-7 зарегистрировано',
      attachments: 0,
      acknowledged: false,
      reason: 'auto-submitted',
    });
  });

  it('prints a readable line without --json', async () => {
    const result = await runIngestEmailCli([
      messageFile(freshMessage('ru-koi8r-8bit.eml')),
      '--received',
      '2026-11-23T10:00:00+05:00',
    ]);

    expect(result.stdout).toMatch(
      /^registered 14\d{2}-\d{4}-\d{4}-\d \(hotline 1414\): "Запись к врачу через портал" — 0 attachments, answer due 25\.11\.2026 23:59/u,
    );
  });

  it.each([
    { args: ['missing.eml'], code: 2, message: 'No such file: missing.eml' },
    { args: [], code: 2, message: 'Give exactly one message file' },
    { args: ['README.md', '--spam', 'MAYBE'], code: 2, message: '--spam must be PASS or FAIL' },
    {
      args: ['README.md', '--received', 'yesterday'],
      code: 2,
      message: '--received must be an ISO-8601 date-time',
    },
  ])('fails with exit $code for $args', async ({ args, code, message }) => {
    const result = await runIngestEmailCli(args);

    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
  });

  it('exits 3 with a clear message when the runtime cannot be reached', async () => {
    const previous = process.env['QOLDAU_API_URL'];
    process.env['QOLDAU_API_URL'] = 'http://127.0.0.1:9';
    try {
      const result = await runIngestEmailCli([messageFile(freshMessage('en-plain.eml'))]);
      expect(result.code).toBe(3);
      expect(result.stderr).toContain('Cannot reach the local runtime');
    } finally {
      process.env['QOLDAU_API_URL'] = previous;
    }
  });
});
