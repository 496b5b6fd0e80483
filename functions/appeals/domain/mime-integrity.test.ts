import { describe, expect, it } from 'vitest';
import { findStructuralProblems } from './mime-integrity';
import { decodeEncodedWords } from './raw-reading';

const multipart = (body: string) =>
  `From: a@b.kz\r\nContent-Type: multipart/mixed;\r\n boundary="XX"\r\n\r\n${body}`;

describe('noticing damage the MIME parser forgives', () => {
  it.each([
    [
      'a well-formed multipart message',
      multipart('--XX\r\nContent-Type: text/plain\r\n\r\nhi\r\n--XX--\r\n'),
      [],
    ],
    [
      'a multipart message cut off before its closing boundary',
      multipart('--XX\r\nContent-Type: text/plain\r\n\r\nhi\r\n'),
      ['a multipart section (boundary "XX") is never closed: the message may be truncated'],
    ],
    [
      'a multipart message whose boundary never appears',
      multipart('hi\r\n'),
      ['a multipart section (boundary "XX") has no parts'],
    ],
    [
      'base64 cut in the middle',
      multipart(
        '--XX\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0x\r\nLjQK\r\nJ\r\n--XX--\r\n',
      ),
      ['base64 content (application/pdf) is cut off: the end of it is missing'],
    ],
    [
      'base64 with foreign characters',
      'From: a@b.kz\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n0J/RgNC4!!\r\n',
      ['base64 content (text/plain) has characters outside base64'],
    ],
    [
      'a header line without a name',
      'From: a@b.kz\r\n<<garbage>>\r\n\r\nbody',
      ['1 header line(s) could not be read and were skipped'],
    ],
    [
      'a header that never ends',
      'From: a@b.kz\r\nSubject: x',
      ['the message has no body: its header never ends'],
    ],
    [
      'an mbox "From " separator line before the headers',
      'From a@b.kz Mon Nov 23 10:00:00 2026\r\nFrom: a@b.kz\r\n\r\nbody',
      [],
    ],
    [
      'a boundary mentioned in the text of the body, not in a header',
      'From: a@b.kz\r\nContent-Type: text/plain\r\n\r\nI set boundary="zz" in my mailer\r\n',
      [],
    ],
  ])('%s', (_what, raw, expected) => {
    expect(findStructuralProblems(raw)).toEqual(expected);
  });
});

describe('decoding encoded words without the MIME parser', () => {
  const b = (charset: string, bytes: number[]) => `=?${charset}?B?${Buffer.from(bytes).toString('base64')}?=`;

  it.each([
    ['UTF-8, B', `=?UTF-8?B?${Buffer.from('Өтініш').toString('base64')}?=`, 'Өтініш'],
    [
      'UTF-8, Q with underscores for spaces',
      '=?utf-8?Q?=D0=9F=D1=80=D0=B8=D0=B2=D0=B5=D1=82_=D0=BC=D0=B8=D1=80?=',
      'Привет мир',
    ],
    ['windows-1251', b('windows-1251', [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), 'Привет'],
    ['KOI8-R', b('koi8-r', [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]), 'Привет'],
    [
      'adjacent words, the space between them dropped',
      `${b('utf-8', [0xd0, 0x9f])} ${b('utf-8', [0xd1, 0x80])}`,
      'Пр',
    ],
    ['plain text around a word', `Re: ${b('utf-8', [0xd0, 0x9f])} ok`, 'Re: П ok'],
    [
      'raw UTF-8 read as latin1',
      Buffer.from('Тема без кодирования').toString('latin1'),
      'Тема без кодирования',
    ],
    ['an unknown charset, read as UTF-8', `=?x-unknown?B?${Buffer.from('Да').toString('base64')}?=`, 'Да'],
  ])('%s', (_what, header, expected) => {
    expect(decodeEncodedWords(header)).toBe(expected);
  });
});
