import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { functionLogFile } from '../../../local/runtime';
import { callApi } from '../../../scripts/lib/api-client';
import { useTestRuntime } from '../../support/runtime';

let apiUrl: string;
let dataDir: string;
beforeAll(() => {
  ({ apiUrl, dataDir } = useTestRuntime());
});

/** Personal data an applicant or caller gives us in this run, unique to it. */
const suffix = String(Math.floor(Math.random() * 9000) + 1000);
const person = {
  phone: `+7701555${suffix}`,
  iin: `900101${suffix}57`,
  email: `aigerim.${randomUUID().slice(0, 8)}@mail.kz`,
  name: `Айгерим Тестова-${suffix}`,
};

/** Any phone number (Kazakh mobile), IIN (12 digits, not part of a UUID or an ARN) or e-mail address. */
const PERSONAL_DATA = [
  /(?<![\d-])(?:\+7|8)\s?7\d{2}\s?\d{3}\s?\d{2}\s?\d{2}(?!\d)/u,
  // 12 digits on their own; not an AWS account id between an ARN's colons.
  /(?<![\w:-])\d{12}(?![\w:-])/u,
  /[\w.+-]+@(?!nitec\.kz|pki\.gov\.kz|111\.gov4c\.kz|1414\.kz)[\w-]+(?:\.[\w-]+)+/u,
];

function rawEmail(): string {
  return [
    `From: =?UTF-8?B?${Buffer.from(person.name).toString('base64')}?= <${person.email}>`,
    'To: egov@nitec.kz',
    `Subject: ${person.name}: help with a certificate`,
    `Message-ID: <${randomUUID()}@mail.kz>`,
    'Date: Thu, 03 Dec 2026 10:00:00 +0500',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Мой ИИН ${person.iin}, телефон ${person.phone}, e-mail ${person.email}.`,
    '',
  ].join('\r\n');
}

describe('function logs', () => {
  it('never hold a phone number, IIN, e-mail address or name from the main scenarios', async () => {
    const web = await callApi<{ registrationNumber: string }>({
      hotline: '1414',
      role: 'webPortal',
      method: 'POST',
      path: '/appeals',
      body: {
        lang: 'ru',
        topic: 'egov',
        text: `ИИН ${person.iin}, звоните ${person.phone}`,
        name: person.name,
        email: person.email,
        phone: person.phone,
      },
    });
    expect(web.status).toBe(201);
    const mail = await fetch(`${apiUrl}/_local/ses/receive`, { method: 'POST', body: rawEmail() });
    expect(mail.status).toBe(200);
    const call = (hotline: string, inputs: string[]) =>
      fetch(`${apiUrl}/_local/connect/calls`, {
        method: 'POST',
        body: JSON.stringify({ hotline, from: person.phone, inputs, agentHangup: hotline === '1414' }),
      });
    const digits = web.body.registrationNumber.replace(/-/gu, '');
    expect((await call('1414', ['2', '4', `${digits}#`])).status).toBe(200);
    expect((await call('1414', ['2', '1', '5'])).status).toBe(200);
    expect((await call('111', ['2', '1'])).status).toBe(200);
    const status = await callApi({
      hotline: '1414',
      role: 'operator',
      method: 'GET',
      path: `/appeals/${web.body.registrationNumber}`,
    });
    expect(status.status).toBe(200);

    const log = fs.readFileSync(functionLogFile(dataDir), 'utf8');
    const lines = log.split('\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const value of [person.phone, person.phone.slice(1), person.iin, person.email, person.name])
      expect(lines.filter((line) => line.includes(value))).toEqual([]);
    for (const pattern of PERSONAL_DATA) expect(lines.filter((line) => pattern.test(line))).toEqual([]);
  });
});
