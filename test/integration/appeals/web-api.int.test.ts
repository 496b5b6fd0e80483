import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { STATUS_LOOKUPS_PER_MINUTE } from '../../../functions/appeals/domain/rate-limit';
import { callApi } from '../../../scripts/lib/api-client';
import {
  outbox,
  type RegisterStores,
  registerStores,
  signedRequest,
  storedAppeal,
} from '../../support/appeals/harness';
import { useTestRuntime } from '../../support/runtime';

let apiUrl: string;
let stores: RegisterStores;

beforeAll(async () => {
  ({ apiUrl } = useTestRuntime());
  stores = await registerStores(apiUrl, '1414');
});

interface Registered {
  registrationNumber: string;
  deadline: string;
  status: string;
}

function webAppeal(overrides: Record<string, unknown> = {}) {
  return {
    lang: 'ru',
    topic: 'egov',
    text: 'Не могу получить справку о несудимости на портале.',
    name: 'Айжан',
    email: `citizen.${randomUUID().slice(0, 8)}@mail.kz`,
    ...overrides,
  };
}

describe('POST /appeals (web form)', () => {
  it('registers a web appeal, answers 201 with number, deadline and status, and acknowledges by e-mail', async () => {
    const body = webAppeal({
      attachments: [
        {
          filename: 'справка.pdf',
          contentType: 'application/pdf',
          base64: Buffer.from('%PDF-1.4 test').toString('base64'),
        },
      ],
    });

    const response = await signedRequest<Registered>(apiUrl, {
      hotline: '1414',
      role: 'webPortal',
      method: 'POST',
      path: '/appeals',
      body,
    });

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'registered',
      deadline: expect.stringMatching(/T23:59:59\+05:00$/u),
    });
    expect(response.body.registrationNumber).toMatch(/^14\d{2}-\d{4}-\d{4}-\d$/u);
    const appeal = await storedAppeal(stores, response.body.registrationNumber);
    expect(appeal).toMatchObject({ channel: 'web', language: 'ru', topic: 'egov', text: body.text });
    expect(appeal?.['attachments']).toMatchObject([
      { filename: 'справка.pdf', contentType: 'application/pdf' },
    ]);
    const sent = await outbox(apiUrl, body.email);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.subject).toContain(`Обращение № ${response.body.registrationNumber} зарегистрировано`);
  });

  it('lets an operator register a phone call (channel phone), without an acknowledgement e-mail', async () => {
    const body = webAppeal({ channel: 'phone', lang: 'kk' });

    const response = await signedRequest<Registered>(apiUrl, {
      hotline: '1414',
      role: 'operator',
      method: 'POST',
      path: '/appeals',
      body,
    });

    expect(response.status).toBe(201);
    expect(await storedAppeal(stores, response.body.registrationNumber)).toMatchObject({
      channel: 'phone',
      language: 'kk',
    });
    expect(await outbox(apiUrl, body.email)).toEqual([]);
  });

  it.each([
    {
      what: 'an unknown language, naming it',
      role: 'webPortal',
      body: webAppeal({ lang: 'de' }),
      status: 400,
      message: /unknown language "de".*kk, ru, en/u,
    },
    {
      what: 'English at 111, which answers in kk and ru',
      role: 'webPortal',
      body: webAppeal({ lang: 'en' }),
      status: 400,
      message: /kk, ru$/u,
      hotline: '111',
    },
    {
      what: 'a missing text',
      role: 'webPortal',
      body: webAppeal({ text: '   ' }),
      status: 400,
      message: /text/u,
    },
    {
      what: 'a bad e-mail address',
      role: 'webPortal',
      body: webAppeal({ email: 'not-an-address' }),
      status: 400,
      message: /email/u,
    },
    {
      what: 'a bad phone number',
      role: 'webPortal',
      body: webAppeal({ phone: '12' }),
      status: 400,
      message: /phone/u,
    },
    {
      what: 'a phone channel from the portal',
      role: 'webPortal',
      body: webAppeal({ channel: 'phone' }),
      status: 400,
      message: /web appeals only/u,
    },
    {
      what: 'too many attachments',
      role: 'webPortal',
      body: webAppeal({
        attachments: Array.from({ length: 6 }, () => ({
          filename: 'a.txt',
          contentType: 'text/plain',
          base64: 'YQ==',
        })),
      }),
      status: 400,
      message: /attachments/u,
    },
    {
      what: 'an attachment that is not base64',
      role: 'webPortal',
      body: webAppeal({ attachments: [{ filename: 'a.txt', contentType: 'text/plain', base64: '%%%' }] }),
      status: 400,
      message: /base64/u,
    },
  ] as const)('refuses $what', async ({ role, body, status, message, ...rest }) => {
    const hotline = ('hotline' in rest ? rest.hotline : undefined) ?? '1414';

    const response = await signedRequest<{ message: string }>(apiUrl, {
      hotline,
      role,
      method: 'POST',
      path: '/appeals',
      body,
    });

    expect(response.status).toBe(status);
    expect(response.body.message).toMatch(message);
  });

  it('refuses an oversized body with 413', async () => {
    const rawBody = JSON.stringify(webAppeal({ text: 'x'.repeat(6 * 1024 * 1024) }));

    const response = await signedRequest<{ message: string }>(apiUrl, {
      hotline: '1414',
      role: 'webPortal',
      method: 'POST',
      path: '/appeals',
      rawBody,
    });

    expect(response.status).toBe(413);
  });

  it('answers a retry with the same Idempotency-Key with the first registration, not a second one', async () => {
    const body = webAppeal();
    const headers = { 'idempotency-key': randomUUID() };
    const request = {
      hotline: '1414',
      role: 'webPortal',
      method: 'POST',
      path: '/appeals',
      body,
      headers,
    } as const;

    const first = await signedRequest<Registered>(apiUrl, request);
    const retry = await signedRequest<Registered>(apiUrl, request);
    const reused = await signedRequest<{ message: string }>(apiUrl, { ...request, body: webAppeal() });

    expect(first.status).toBe(201);
    expect(retry).toEqual(first);
    expect(reused.status).toBe(409);
    expect(await outbox(apiUrl, body.email)).toHaveLength(1);
  });
});

describe('GET /appeals/{number}/status', () => {
  async function registered(): Promise<Registered> {
    const response = await signedRequest<Registered>(apiUrl, {
      hotline: '1414',
      role: 'operator',
      method: 'POST',
      path: '/appeals',
      body: webAppeal({ text: 'Секретный текст обращения', channel: 'phone' }),
    });
    return response.body;
  }

  it('tells status and dates only, by the number with or without separators', async () => {
    const appeal = await registered();
    const digits = appeal.registrationNumber.replace(/-/gu, '');

    for (const keyed of [appeal.registrationNumber, digits]) {
      const response = await signedRequest(apiUrl, {
        hotline: '1414',
        role: 'webPortal',
        method: 'GET',
        path: `/appeals/${keyed}/status`,
        headers: { 'x-qoldau-client-ip': `198.51.100.${Math.floor(Math.random() * 200)}` },
      });
      expect(response.status).toBe(200);
      expect(Object.keys(response.body).sort()).toEqual([
        'deadline',
        'number',
        'receivedAt',
        'status',
        'updatedAt',
      ]);
      expect(response.body).toMatchObject({
        number: appeal.registrationNumber,
        status: 'registered',
        deadline: appeal.deadline,
      });
      expect(JSON.stringify(response.body)).not.toContain('Секретный');
    }
  });

  it.each([
    { keyed: '1415-2297-2035-9', status: 400, message: 'not a valid registration number' },
    { keyed: '12345', status: 400, message: 'not a valid registration number' },
    { keyed: '1415-2297-2035-8', status: 404, message: 'No appeal with this registration number' },
  ])('answers $status for $keyed', async ({ keyed, status, message }) => {
    const response = await signedRequest<{ message: string }>(apiUrl, {
      hotline: '1414',
      role: 'operator',
      method: 'GET',
      path: `/appeals/${keyed}/status`,
    });

    expect(response.status).toBe(status);
    expect(response.body.message).toBe(message);
  });

  it('limits lookups per caller, so numbers cannot be enumerated', async () => {
    // A /64 of its own for this run: the in-memory table is shared by the whole suite.
    const block = randomUUID().replace(/-/gu, '').slice(0, 12).match(/.{4}/gu)!.join(':');
    // Every lookup from another address of the same /64: rotating addresses must not reset the count.
    const visitor = (attempt: number) => ({
      'x-qoldau-client-ip': `2001:db8:${block}:${attempt.toString(16)}::1`,
    });
    const lookup = (attempt: number) =>
      signedRequest(apiUrl, {
        hotline: '1414',
        role: 'webPortal',
        method: 'GET',
        path: '/appeals/1415-2297-2035-8/status',
        headers: visitor(attempt),
      });

    const statuses: number[] = [];
    for (let attempt = 0; attempt <= STATUS_LOOKUPS_PER_MINUTE; attempt += 1)
      statuses.push((await lookup(attempt)).status);

    expect(statuses.slice(0, STATUS_LOOKUPS_PER_MINUTE).every((status) => status === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('refuses a visitor address from the portal that is not an IP address', async () => {
    const response = await signedRequest<{ message: string }>(apiUrl, {
      hotline: '1414',
      role: 'webPortal',
      method: 'GET',
      path: '/appeals/1415-2297-2035-8/status',
      headers: { 'x-qoldau-client-ip': `203.0.113.7-${randomUUID()}` },
    });

    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/x-qoldau-client-ip must be one IPv4 or IPv6 address/);
  });
});

describe('111’s register is separate from 1414’s', () => {
  it('does not let 1414’s identities read 111 appeals, and 1414 does not know 111 numbers', async () => {
    const registered = await signedRequest<Registered>(apiUrl, {
      hotline: '111',
      role: 'operator',
      method: 'POST',
      path: '/appeals',
      body: webAppeal({ lang: 'kk', channel: 'phone' }),
    });
    expect(registered.status).toBe(201);

    const with1414Keys = await signedRequest(apiUrl, {
      hotline: '111',
      signAs: '1414',
      role: 'supervisor',
      method: 'GET',
      path: `/appeals/${registered.body.registrationNumber}`,
    });
    const at1414 = await callApi({
      hotline: '1414',
      role: 'operator',
      method: 'GET',
      path: `/appeals/${registered.body.registrationNumber}/status`,
    });

    expect(with1414Keys.status).toBe(403);
    expect(at1414.status).toBe(404);
  });
});
