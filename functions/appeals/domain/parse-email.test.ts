import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseFixture, rawMessage, readFixture } from '../../../test/support/appeals/fixtures';
import { parseEmail } from './parse-email';
import { limitUtf8, MAX_STORED_SUBJECT_CHARS, MAX_STORED_TEXT_BYTES } from './safe-text';

describe('decoding the charsets and encodings real mail uses', () => {
  it.each([
    {
      fixture: 'ru-plain-utf8.eml',
      subject: 'Не могу подписать заявление ЭЦП на eGov',
      sender: { address: 's.ivanov1978@mail.ru', name: 'Сергей Иванов' },
      excerpt: '«Ошибка при подписании документа»',
      language: 'ru',
    },
    {
      fixture: 'kk-utf8-base64.eml',
      subject: 'Зейнетақы жарналары туралы анықтама алынбай тұр',
      sender: { address: 'aigul.serikkyzy@gmail.com', name: 'Айгүл Серікқызы' },
      excerpt: '«Қызмет уақытша қолжетімсіз» деген хабарлама шығады',
      language: 'kk',
    },
    {
      fixture: 'ru-windows1251-qp.eml',
      subject: 'Отказ в приёме документов в ЦОН',
      sender: { address: 'd.akhmetov@kazpost.kz', name: 'Ахметов Данияр' },
      excerpt: 'В ЦОН Алмалинского района мне отказали в приёме документов на замену\nудостоверения личности',
      language: 'ru',
    },
    {
      fixture: 'ru-koi8r-8bit.eml',
      subject: 'Запись к врачу через портал',
      sender: { address: 'vn.petrenko@inbox.ru', name: 'Петренко Виктор' },
      excerpt: 'Пенсионер, 72 года.',
      language: 'ru',
    },
    {
      fixture: 'rfc2047-b-and-q.eml',
      subject: 'Жалоба на задержку: выдача паспорта задерживается на месяц',
      sender: { address: 'marat.nurlanuly@yandex.kz', name: 'Марат Нұрланұлы' },
      excerpt: 'статус «в обработке»',
      language: 'ru',
    },
    {
      fixture: 'en-plain.eml',
      subject: 'Residence permit status - application 2026-11-02',
      sender: { address: 'j.miller@outlook.com', name: 'John Miller' },
      excerpt: 'through egov.kz on 2 November 2026. The status',
      language: 'en',
    },
    {
      fixture: 'kk-alternative-111.eml',
      subject: 'Көмек керек',
      sender: { address: 'anon.kz.2026@gmail.com' },
      excerpt: 'Көршімнің балалары түнімен жылайды',
      language: 'kk',
    },
  ])('$fixture: subject, sender, text and language come out readable', async ({ fixture, ...expected }) => {
    const email = await parseFixture(fixture);

    expect(email.subject).toBe(expected.subject);
    expect(email.from).toEqual(expected.sender);
    expect(email.text).toContain(expected.excerpt);
    expect(email.language).toBe(expected.language);
    expect(email).toMatchObject({ partial: false, problems: [] });
  });

  const kazakh = 'Сәлеметсіз бе! Құжаттарымды қабылдамады, көмектесіңізші.';
  const russian = 'Здравствуйте! Не могу получить справку о несудимости.';
  /** A single-part message whose subject and body are `charset` bytes, as a mail program of that code page writes it. */
  function encodedMessage(options: {
    charset?: string;
    encoding: string;
    text: string;
    transfer?: '8bit' | 'base64' | 'quoted-printable';
    subject?: string;
  }): Buffer {
    const bytes = iconv.encode(options.text, options.encoding);
    const transfer = options.transfer ?? '8bit';
    const body =
      transfer === 'base64'
        ? Buffer.from(bytes.toString('base64'))
        : transfer === 'quoted-printable'
          ? Buffer.from(
              [...bytes]
                .map((byte) =>
                  byte >= 0x80 || byte === 0x3d
                    ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}`
                    : String.fromCharCode(byte),
                )
                .join(''),
            )
          : bytes;
    const subject = options.subject
      ? `=?${options.charset}?B?${iconv.encode(options.subject, options.encoding).toString('base64')}?=`
      : 'test';
    const contentType = `text/plain${options.charset ? `; charset=${options.charset}` : ''}`;
    const head = `From: citizen@mail.kz\r\nTo: egov@nitec.kz\r\nSubject: ${subject}\r\nMIME-Version: 1.0\r\nContent-Type: ${contentType}\r\nContent-Transfer-Encoding: ${transfer}\r\n\r\n`;
    return Buffer.concat([Buffer.from(head, 'latin1'), body, Buffer.from('\r\n')]);
  }

  it.each([
    { charset: 'KZ-1048', encoding: 'rk1048', transfer: '8bit' },
    { charset: 'PTCP154', encoding: 'pt154', transfer: 'base64' },
  ] as const)(
    'reads Kazakh letters in the Kazakh code page $charset, in the subject and the text',
    async (code) => {
      const email = await parseEmail(encodedMessage({ ...code, text: kazakh, subject: 'Көмек керек' }));

      expect(email).toMatchObject({ subject: 'Көмек керек', text: kazakh, language: 'kk', problems: [] });
    },
  );

  it.each([
    {
      what: 'windows-1251, no charset named',
      encoding: 'windows-1251',
      transfer: '8bit',
      guessed: 'windows-1251',
    },
    {
      what: 'windows-1251 labelled UTF-8',
      charset: 'utf-8',
      encoding: 'windows-1251',
      transfer: 'quoted-printable',
      guessed: 'windows-1251',
    },
    { what: 'KOI8-R, no charset named', encoding: 'koi8-r', transfer: 'base64', guessed: 'koi8-r' },
  ] as const)(
    'reads 8-bit Cyrillic that names no charset or a wrong one ($what), saying it was guessed',
    async ({ guessed, ...code }) => {
      const email = await parseEmail(encodedMessage({ ...code, text: russian }));

      expect(email.text).toBe(russian);
      expect(email.language).toBe('ru');
      expect(email.problems).toEqual([
        `the text names no charset, or a wrong one: it was read as ${guessed}`,
      ]);
    },
  );

  it('leaves UTF-8 text with one damaged byte as UTF-8', async () => {
    const raw = Buffer.concat([Buffer.from(rawMessage({}, russian)), Buffer.from([0xff])]);

    const email = await parseEmail(raw);

    expect(email.text).toContain(russian);
    expect(email.problems).toEqual(['some characters could not be decoded']);
  });

  it('joins the lines of a format=flowed message the way the sender wrote them', async () => {
    const email = await parseFixture('en-plain.eml');

    expect(email.text).toContain('on 2 November 2026. The status has shown');
  });

  it('takes the plain-text part of a message that also has an HTML one', async () => {
    const email = await parseFixture('kk-alternative-111.eml');

    expect(email.textSource).toBe('plain');
    expect(email.text).not.toMatch(/<div/u);
  });
});

describe('HTML-only mail', () => {
  it('becomes plain text with its paragraphs, lists and links, and nothing executable', async () => {
    const email = await parseFixture('html-only-script.eml');

    expect(email.textSource).toBe('html');
    expect(email.text).toContain('услуга «Регистрация по месту жительства» отклонена, заявка № 5521.');
    expect(email.text).toContain('Что проверить:\n1) адрес;\n2) согласие собственника.');
    expect(email.text).toContain(
      '- скриншот ошибки — по ссылке (https://disk.yandex.kz/i/Qx7bT2)\n- ИИН указан верно',
    );
    expect(email.text).toContain('Ержан <Е.> Толеуов & семья');
    expect(email.text).not.toMatch(/document\.cookie|evil\.example|alert|javascript:|font-family|скрытый/u);
    expect(email.text).not.toMatch(/<\/?(?:p|div|script|a|b|ul|li)\b/u);
  });
});

describe('attachments', () => {
  it('keeps each file with its Cyrillic name (RFC 2231, also split into continuations), type and bytes', async () => {
    const email = await parseFixture('attachment-cyrillic-name.eml');

    const files = email.attachments.map(({ filename, contentType, size, inline }) => ({
      filename,
      contentType,
      size,
      inline,
    }));
    expect(files).toEqual([
      {
        filename: 'Квитанция об оплате.pdf',
        contentType: 'application/pdf',
        size: expect.any(Number),
        inline: false,
      },
      {
        filename: 'Скриншот ошибки оплаты.jpg',
        contentType: 'image/jpeg',
        size: expect.any(Number),
        inline: false,
      },
    ]);
    expect(email.attachments.map((file) => file.content.length)).toEqual(
      email.attachments.map((file) => file.size),
    );
    expect(email.attachments[0]!.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect([...email.attachments[1]!.content.subarray(0, 2)]).toEqual([0xff, 0xd8]);
    expect(email.text).toContain('Квитанция и скриншот во вложении.');
  });
});

describe('threading headers', () => {
  it('reads Message-ID, In-Reply-To and References of a reply', async () => {
    const email = await parseFixture('reply-with-number.eml');

    expect(email.messageId).toBe('<1732420937.771203114@f388.i.mail.ru>');
    expect(email.inReplyTo).toBe('<ack.1415229720358@1414.kz>');
    expect(email.references).toEqual([
      '<1732354865.512301947@f512.i.mail.ru>',
      '<ack.1415229720358@1414.kz>',
    ]);
  });

  it('gives the Date header as an instant', async () => {
    const email = await parseFixture('ru-plain-utf8.eml');

    expect(email.date).toBe(new Date('2026-11-23T14:41:05+05:00').toISOString());
  });

  it('gives no date rather than a made-up one when the Date header is unreadable', async () => {
    const email = await parseEmail(rawMessage({ Date: 'вчера вечером' }));

    expect(email.date).toBeUndefined();
    expect(email.problems).toContain('the Date header could not be read');
  });
});

describe('damaged messages', () => {
  it('a message with a garbage header, a cut-off attachment and no closing boundary is read as far as it goes', async () => {
    const email = await parseFixture('malformed.eml');

    expect(email.partial).toBe(true);
    expect(email.problems).toEqual([
      '1 header line(s) could not be read and were skipped',
      'a multipart section (boundary "b1_truncated") is never closed: the message may be truncated',
      'base64 content (image/png) is cut off: the end of it is missing',
    ]);
    expect(email.subject).toBe('Не приходит SMS с кодом');
    expect(email.from?.address).toBe('nurzhan.k@mail.kz');
    expect(email.text).toContain('Не приходит SMS с одноразовым паролем');
    expect(email.attachments.map((file) => file.filename)).toEqual(['screen.png']);
  });

  const hugeHeader = [
    'From: citizen@mail.kz',
    `Subject: =?windows-1251?B?${Buffer.from([0xcf, 0xf0, 0xee, 0xf8, 0xf3, 0x20, 0xef, 0xee, 0xec, 0xee, 0xf7, 0xfc]).toString('base64')}?=`,
    `X-Padding: ${'x'.repeat(3_000_000)}`,
    'Message-ID: <huge.1@mail.kz>',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Не работает портал, помогите.',
  ].join('\r\n');
  let nested = 'From: citizen@mail.kz\r\nSubject: nested\r\n';
  for (let depth = 0; depth < 2000; depth += 1) {
    nested += `Content-Type: multipart/mixed; boundary=b${depth}\r\n\r\n--b${depth}\r\n`;
  }

  it('a header the MIME parser refuses (megabytes long) still gives sender, subject and text', async () => {
    const email = await parseEmail(hugeHeader);

    expect(email).toMatchObject({
      partial: true,
      subject: 'Прошу помочь',
      from: { address: 'citizen@mail.kz' },
      messageId: '<huge.1@mail.kz>',
      text: 'Не работает портал, помогите.',
    });
    expect(email.problems[0]).toMatch(/^the MIME structure could not be decoded/u);
  });

  it.each([
    ['an empty message', ''],
    ['binary noise', Buffer.from([0, 1, 2, 255, 254, 0x80, 0x0d, 0x0a, 0x0d, 0x0a, 0xc3])],
    ['headers only, no body', 'From: citizen@mail.kz\r\nSubject: test'],
    ['a body without any header', '\r\n\r\nПросто текст без заголовков'],
    ['thousands of nested parts', nested],
    [
      'an undecodable byte in UTF-8 text',
      Buffer.concat([Buffer.from(rawMessage({}, 'Текст ')), Buffer.from([0xff])]),
    ],
  ])('%s resolves to a partial result instead of failing', async (_what, raw) => {
    const email = await parseEmail(raw);

    expect(email.partial).toBe(true);
    expect(email.problems.length).toBeGreaterThan(0);
  });

  it('a letter of megabytes keeps as much text as the register stores and says the rest is in the raw message', async () => {
    const paragraph = 'Прошу разобраться с задержкой выдачи справки. '.repeat(40);
    const raw = rawMessage({ Subject: `Жалоба ${'очень '.repeat(400)}` }, `${paragraph}\r\n`.repeat(800));

    const email = await parseEmail(raw);

    expect(Buffer.byteLength(email.text, 'utf8')).toBeLessThanOrEqual(MAX_STORED_TEXT_BYTES);
    expect(email.text.startsWith('Прошу разобраться с задержкой выдачи справки.')).toBe(true);
    expect(email.text.endsWith('…')).toBe(true);
    expect([...email.subject].length).toBeLessThanOrEqual(MAX_STORED_SUBJECT_CHARS);
    expect(email.subject).toMatch(/^Жалоба очень очень .*…$/u);
    expect(email.problems).toEqual([
      'the subject is longer than 998 characters: the rest is in the raw message',
      'the text is longer than the register keeps (100 KB): the rest is in the raw message',
    ]);
  });

  it('cuts a long text between characters, never inside one', () => {
    const kept = limitUtf8('ә'.repeat(10), 7);

    expect(kept).toEqual({ text: 'әә…', cut: true });
    expect(limitUtf8('әә', 4)).toEqual({ text: 'әә', cut: false });
  });

  it('names undecodable characters as a problem', async () => {
    const raw = Buffer.concat([Buffer.from(rawMessage({}, 'Текст ')), Buffer.from([0xff, 0xfe])]);

    const email = await parseEmail(raw);

    expect(email.problems).toContain('some characters could not be decoded');
  });

  it('all well-formed fixtures parse without problems', async () => {
    const fixtures = [
      'ru-plain-utf8.eml',
      'kk-utf8-base64.eml',
      'ru-windows1251-qp.eml',
      'ru-koi8r-8bit.eml',
      'rfc2047-b-and-q.eml',
      'html-only-script.eml',
      'attachment-cyrillic-name.eml',
      'reply-with-number.eml',
      'auto-reply.eml',
      'bounce-delivery-status.eml',
      'en-plain.eml',
      'kk-alternative-111.eml',
    ];

    const problems = await Promise.all(
      fixtures.map(async (name) => (await parseEmail(readFixture(name))).problems),
    );

    expect(problems.flat()).toEqual([]);
  });
});
