import { randomUUID } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { REFERRALS } from '../../../functions/knowledge-base/seed/referrals';
import { outbox, signedRequest, snsMessages } from '../../support/appeals/harness';
import { useTestRuntime } from '../../support/runtime';

let apiUrl: string;
const testStart = new Date().toISOString();

beforeAll(() => {
  ({ apiUrl } = useTestRuntime());
});

type Hotline = '1414' | '111';
type Role = 'operator' | 'supervisor';

async function registerCall(hotline: Hotline, overrides: Record<string, unknown> = {}) {
  const email = `applicant.${randomUUID().slice(0, 8)}@mail.kz`;
  const response = await signedRequest<{ registrationNumber: string }>(apiUrl, {
    hotline,
    role: 'operator',
    method: 'POST',
    path: '/appeals',
    body: {
      lang: 'ru',
      topic: 'consultation',
      text: 'Прошу консультацию.',
      email,
      channel: 'phone',
      ...overrides,
    },
  });
  expect(response.status).toBe(201);
  return { number: response.body.registrationNumber, email };
}

function move(hotline: Hotline, role: Role, number: string, body: Record<string, unknown>) {
  return signedRequest<Record<string, unknown> & { message?: string }>(apiUrl, {
    hotline,
    role,
    method: 'POST',
    path: `/appeals/${number}/transitions`,
    body,
  });
}

/** A body of the referral directory as the local runtime seeds it. */
function directoryBody(id: string) {
  const body = REFERRALS.find((referral) => referral.id === id);
  if (!body) throw new Error(`No seeded referral body ${id}`);
  return body;
}

async function history(hotline: Hotline, number: string) {
  const response = await signedRequest<{
    appeal: Record<string, unknown>;
    history: Array<Record<string, unknown>>;
  }>(apiUrl, { hotline, role: 'supervisor', method: 'GET', path: `/appeals/${number}` });
  expect(response.status).toBe(200);
  return response.body;
}

describe('moving an appeal through its lifecycle', () => {
  it('records every move in the history, and answering stops the SLA timer as met', async () => {
    const { number } = await registerCall('1414');

    const taken = await move('1414', 'operator', number, { to: 'in_progress' });
    const answered = await move('1414', 'operator', number, { to: 'answered' });
    const closed = await move('1414', 'operator', number, { to: 'closed' });

    expect([taken.status, answered.status, closed.status]).toEqual([200, 200, 200]);
    expect(closed.body).toMatchObject({ status: 'closed', registrationNumber: number });
    const { appeal, history: events } = await history('1414', number);
    expect(appeal).toMatchObject({ status: 'closed', answeredAt: expect.any(String) });
    const moves = events.filter((event) => event['type'] === 'status_changed');
    expect(moves.map((event) => [event['from'], event['to'], event['actorRole']])).toEqual([
      ['registered', 'in_progress', 'operator'],
      ['in_progress', 'answered', 'operator'],
      ['answered', 'closed', 'operator'],
    ]);
    expect(events.map((event) => event['type'])).toContain('sla_met');
  });

  it.each([
    {
      what: 'an operator closing an unanswered appeal',
      role: 'operator',
      body: { to: 'closed', reason: 'дубликат' },
      status: 403,
    },
    {
      what: 'a supervisor closing an unanswered appeal without a reason',
      role: 'supervisor',
      body: { to: 'closed' },
      status: 400,
    },
    { what: 'an unknown status', role: 'operator', body: { to: 'archived' }, status: 400 },
    { what: 'a referral without the body', role: 'operator', body: { to: 'referred' }, status: 400 },
    {
      what: 'a referral to a badly written body id',
      role: 'operator',
      body: { to: 'referred', referral: { bodyId: 'Ministry Of Labour!', name: 'Ministry' } },
      status: 400,
    },
  ] as const)('refuses $what', async ({ role, body, status }) => {
    const { number } = await registerCall('1414');

    const response = await move('1414', role, number, body);

    expect(response.status).toBe(status);
    expect(response.body.message).toEqual(expect.any(String));
  });

  it('lets a supervisor close an unanswered appeal with a reason, cancelling its SLA timer', async () => {
    const { number } = await registerCall('1414');

    const closed = await move('1414', 'supervisor', number, { to: 'closed', reason: 'Дубликат обращения' });

    expect(closed.status).toBe(200);
    const { history: events } = await history('1414', number);
    expect(events.find((event) => event['type'] === 'status_changed')).toMatchObject({
      reason: 'Дубликат обращения',
      actorRole: 'supervisor',
    });
    expect(events.map((event) => event['type'])).toContain('sla_cancelled');
  });

  it('refuses a move the lifecycle does not have (closed -> answered) with 409', async () => {
    const { number } = await registerCall('1414');
    await move('1414', 'supervisor', number, { to: 'closed', reason: 'Ошибочная регистрация' });

    const response = await move('1414', 'operator', number, { to: 'answered' });

    expect(response.status).toBe(409);
  });

  it('answers 404 for an unknown number and 400 for a mistyped one', async () => {
    expect((await move('1414', 'operator', '1415-2297-2035-8', { to: 'in_progress' })).status).toBe(404);
    expect((await move('1414', 'operator', '1415-2297-2035-9', { to: 'in_progress' })).status).toBe(400);
  });
});

describe('referral to the competent body', () => {
  const labour = directoryBody('ministry-labour');

  it('names the body from the referral directory in the applicant’s language and tells them where to turn', async () => {
    const { number, email } = await registerCall('1414', { lang: 'kk' });

    const referred = await move('1414', 'operator', number, {
      to: 'referred',
      referral: { bodyId: 'ministry-labour', note: 'Зейнетақы' },
    });

    expect(referred.status).toBe(200);
    expect(referred.body).toMatchObject({
      status: 'referred',
      referral: { bodyId: 'ministry-labour', bodyName: labour.name.kk, bodyContacts: labour.website },
    });
    const [notice] = await outbox(apiUrl, email);
    expect(notice?.text).toContain(`Бұл мәселені шешетін орган: ${labour.name.kk} (${labour.website}).`);
    expect(notice?.text).toContain(number);
    const { history: events } = await history('1414', number);
    expect(events.find((event) => event['type'] === 'referred')).toMatchObject({
      bodyId: 'ministry-labour',
      bodyName: labour.name.kk,
      bodyContacts: labour.website,
      note: 'Зейнетақы',
    });
    expect(events.find((event) => event['type'] === 'correspondence_sent')).toMatchObject({
      to: { party: 'applicant' },
      channel: 'email',
      purpose: 'referral_notice',
      bodyId: 'ministry-labour',
    });
  });

  it('writes to a Russian applicant with the body’s Russian name', async () => {
    const { number, email } = await registerCall('111', { lang: 'ru' });
    const police = directoryBody('police-102');

    const referred = await move('111', 'operator', number, {
      to: 'referred',
      referral: { bodyId: 'police-102' },
    });

    expect(referred.status).toBe(200);
    const [notice] = await outbox(apiUrl, email);
    expect(notice?.text).toContain(`Его решает: ${police.name.ru} (${police.phone}, ${police.website}).`);
  });

  it('uses the name and contacts the operator gives instead of the directory’s', async () => {
    const { number, email } = await registerCall('1414', { lang: 'ru' });

    const referred = await move('1414', 'operator', number, {
      to: 'referred',
      referral: { bodyId: 'ministry-labour', contacts: 'Астана, ул. Мәңгілік Ел 8' },
    });

    expect(referred.body).toMatchObject({
      referral: { bodyName: labour.name.ru, bodyContacts: 'Астана, ул. Мәңгілік Ел 8' },
    });
    const [notice] = await outbox(apiUrl, email);
    expect(notice?.text).toContain(`Его решает: ${labour.name.ru} (Астана, ул. Мәңгілік Ел 8).`);
  });

  it.each([
    { what: 'a body the directory does not have', bodyId: 'no-such-body' },
    {
      what: 'a body only the other hotline’s directory has',
      bodyId: REFERRALS.find((body) => !body.hotlines.includes('1414'))!.id,
    },
  ])('refuses $what with 404 and changes nothing', async ({ bodyId }) => {
    const { number, email } = await registerCall('1414');

    const response = await move('1414', 'operator', number, {
      to: 'referred',
      referral: { bodyId, name: 'Какой-то орган', contacts: '+7 700 000 00 00' },
    });

    expect(response.status).toBe(404);
    expect(response.body.message).toBe(`No body ${bodyId} in the referral directory`);
    const { appeal, history: events } = await history('1414', number);
    expect(appeal['status']).toBe('registered');
    expect(appeal['referral']).toBeUndefined();
    expect(events.map((event) => event['type'])).not.toContain('referred');
    expect(await outbox(apiUrl, email)).toEqual([]);
  });
});

describe('correspondence with state bodies and ombudsmen', () => {
  it('records an outgoing request and the body’s reply on the appeal', async () => {
    const { number } = await registerCall('111', { lang: 'kk' });
    const record = (body: Record<string, unknown>) =>
      signedRequest<{ history: Array<Record<string, unknown>> }>(apiUrl, {
        hotline: '111',
        role: 'operator',
        method: 'POST',
        path: `/appeals/${number}/correspondence`,
        body,
      });

    const sent = await record({
      direction: 'outgoing',
      body: 'Прошу проверить условия.',
      counterpart: { kind: 'local-state-body', name: 'Акимат Алматы', bodyId: 'akimat-almaty' },
    });
    const received = await record({
      direction: 'incoming',
      body: 'Проверка назначена.',
      counterpart: { kind: 'ombudsman', name: 'Уполномоченный по правам ребёнка' },
    });
    const invalid = await record({
      direction: 'sideways',
      body: 'x',
      counterpart: { kind: 'ombudsman', name: 'X' },
    });

    expect([sent.status, received.status, invalid.status]).toEqual([201, 201, 400]);
    const events = received.body.history;
    expect(events.find((event) => event['type'] === 'correspondence_sent')).toMatchObject({
      to: { party: 'body', bodyId: 'akimat-almaty' },
      text: 'Прошу проверить условия.',
      counterpartKind: 'local-state-body',
    });
    expect(events.find((event) => event['type'] === 'correspondence_received')).toMatchObject({
      from: { party: 'body' },
      text: 'Проверка назначена.',
      counterpartName: 'Уполномоченный по правам ребёнка',
    });
  });
});

describe('urgent 111 appeals', () => {
  it('notifies the configured state bodies at once (SNS and e-mail) and records it, when an operator marks an appeal urgent', async () => {
    const { number } = await registerCall('111', { lang: 'kk' });

    const response = await signedRequest<{ escalation: { notified: string[] } }>(apiUrl, {
      hotline: '111',
      role: 'operator',
      method: 'POST',
      path: `/appeals/${number}/urgent`,
    });

    expect(response.status).toBe(200);
    expect(response.body.escalation.notified).toEqual([
      'police-102',
      'children-ombudsman',
      'ombudsman-almaty',
    ]);
    const published = (await snsMessages(apiUrl)).filter((message) => message.message.includes(number));
    expect(published).toHaveLength(1);
    expect(published[0]!.subject).toBe(`[111] URGENT appeal ${number}`);
    expect(JSON.parse(published[0]!.message)).toMatchObject({
      type: 'urgent_appeal',
      displayNumber: number,
      hotline: '111',
    });
    for (const address of [
      'duty@police.example.kz',
      'urgent@children-ombudsman.example.kz',
      'almaty@children-ombudsman.example.kz',
    ]) {
      const mails = (await outbox(apiUrl, address)).filter((mail) => mail.subject.includes(number));
      expect(mails).toHaveLength(1);
      expect(mails[0]?.text).not.toContain('Прошу консультацию');
    }
    const { appeal, history: events } = await history('111', number);
    expect(appeal['urgent']).toBe(true);
    expect(events.find((event) => event['type'] === 'urgent_notified')).toMatchObject({
      recipientIds: ['urgent-topic', 'police-102', 'children-ombudsman', 'ombudsman-almaty'],
    });
  });
});

describe('the appeal report', () => {
  it('e-mails a CSV of counts by hotline, channel, topic, status and deadline to the report recipients', async () => {
    await registerCall('1414', { topic: 'report-check' });
    const period = { from: testStart, to: new Date(Date.now() + 1000).toISOString() };

    const response = await fetch(`${apiUrl}/_local/appeals/reports/1414`, {
      method: 'POST',
      body: JSON.stringify(period),
    });

    const sent = (await response.json()) as {
      recipients: string[];
      filename: string;
      messageId: string;
      rows: number;
    };
    expect(response.status).toBe(200);
    expect(sent.recipients).toEqual(['reports@nitec.kz']);
    const raw = await fetch(`${apiUrl}/_local/outbox/${sent.messageId}`);
    const mail = await simpleParser(Buffer.from(await raw.arrayBuffer()));
    const csv = mail.attachments.find((attachment) => attachment.filename === sent.filename);
    const lines = csv!.content.toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe('hotline,channel,topic,status,deadline,count');
    expect(lines).toContain('1414,phone,report-check,registered,pending,1');
    expect(lines.length - 1).toBe(sent.rows);
  });

  it('has no report for an unknown hotline', async () => {
    const response = await fetch(`${apiUrl}/_local/appeals/reports/999`, { method: 'POST' });

    expect(response.status).toBe(404);
  });
});

describe('npm run appeals (operator tool)', () => {
  it('registers a call, moves it and shows its history', async () => {
    const { runAppealsCli } = await import('../../../scripts/appeals-cli');

    const registered = await runAppealsCli([
      'register',
      '--hotline',
      '1414',
      '--lang',
      'ru',
      '--text',
      'Звонок: вопрос по ЭЦП',
      '--json',
    ]);
    const number = JSON.parse(registered.stdout).registrationNumber as string;
    const moved = await runAppealsCli(['move', '--hotline', '1414', number, '--to', 'in_progress']);
    const shown = await runAppealsCli(['show', '--hotline', '1414', number]);
    const missing = await runAppealsCli(['status', '--hotline', '1414', '1415-2297-2035-8']);

    expect(registered.code).toBe(0);
    expect(moved.stdout).toBe(
      `${number}: in_progress, answer due ${JSON.parse(registered.stdout).deadline}\n`,
    );
    expect(shown.stdout).toContain('status_changed -> in_progress');
    expect(missing).toMatchObject({ code: 4, stderr: 'No appeal with this registration number\n' });
  });

  it('refers to a body of the referral directory by its id, telling the applicant its name in their language', async () => {
    const { runAppealsCli } = await import('../../../scripts/appeals-cli');
    const { number, email } = await registerCall('1414', { lang: 'kk' });

    const referred = await runAppealsCli(['refer', '--hotline', '1414', number, '--body-id', 'enpf']);
    const unknown = await runAppealsCli(['refer', '--hotline', '1414', number, '--body-id', 'no-such-body']);

    expect(referred).toMatchObject({ code: 0, stdout: expect.stringContaining(`${number}: referred`) });
    const [notice] = await outbox(apiUrl, email);
    expect(notice?.text).toContain(
      'Бұл мәселені шешетін орган: Бірыңғай жинақтаушы зейнетақы қоры (БЖЗҚ) (https://www.enpf.kz).',
    );
    const { history: events } = await history('1414', number);
    expect(events.find((event) => event['type'] === 'referred')).toMatchObject({ bodyId: 'enpf' });
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toContain('No body no-such-body in the referral directory');
    expect(unknown.stderr).toContain('npm run kb -- search');
  });

  it('refers with the name and contacts the operator gives, when they say otherwise', async () => {
    const { runAppealsCli } = await import('../../../scripts/appeals-cli');
    const { number, email } = await registerCall('1414', { lang: 'ru' });

    const referred = await runAppealsCli([
      'refer',
      '--hotline',
      '1414',
      number,
      '--body-id',
      'enpf',
      '--body-name',
      'ЕНПФ, филиал в Алматы',
      '--contacts',
      'Алматы, ул. Абая 1',
      '--note',
      'Выписка',
      '--json',
    ]);

    expect(referred.code).toBe(0);
    expect(JSON.parse(referred.stdout)).toMatchObject({
      status: 'referred',
      referral: {
        bodyId: 'enpf',
        bodyName: 'ЕНПФ, филиал в Алматы',
        bodyContacts: 'Алматы, ул. Абая 1',
        note: 'Выписка',
      },
    });
    const [notice] = await outbox(apiUrl, email);
    expect(notice?.text).toContain('Его решает: ЕНПФ, филиал в Алматы (Алматы, ул. Абая 1).');
  });
});
