import { randomUUID } from 'node:crypto';
import { DescribeExecutionCommand } from '@aws-sdk/client-sfn';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateRegistrationNumber } from '../../../functions/appeals/domain/registration-number';
import { executionArn } from '../../../functions/sla/adapters/timer-executions';
import { almatyDayOf, parseInstant } from '../../../functions/sla/domain/almaty-time';
import { qualityKeys } from '../../../functions/sla/domain/quality-keys';
import { timerExecutionName } from '../../../functions/sla/domain/timer-plan';
import { signedRequest } from '../../support/appeals/harness';
import { useTestRuntime } from '../../support/runtime';
import {
  advanceClock,
  eventually,
  notificationsAbout,
  type SlaTestEnvironment,
  slaTestEnvironment,
} from '../../support/sla/local-sla';

// The acknowledgement clock of urgent 111 appeals, end to end: registered through the API as an operator
// would, its timer run by the local Step Functions stand-in from the synthesized appeal state machine, and
// time skipped so a 15-minute clock plays out in milliseconds.

let apiUrl: string;
let sla: SlaTestEnvironment;

beforeAll(async () => {
  ({ apiUrl } = useTestRuntime());
  sla = await slaTestEnvironment(apiUrl, '111');
});

type Role = 'operator' | 'supervisor' | 'webPortal' | 'authority';
type HistoryEvent = Record<string, unknown> & { type: string; clock?: string };

const APPLICANT = { name: 'Гульнар', phone: '+77019876543', text: 'Соседский ребёнок один дома двое суток.' };

async function registerCall(urgent: boolean) {
  const response = await signedRequest<{ registrationNumber: string }>(apiUrl, {
    hotline: '111',
    role: 'operator',
    method: 'POST',
    path: '/appeals',
    body: {
      lang: 'ru',
      topic: 'child-safety',
      channel: 'phone',
      ...APPLICANT,
      ...(urgent ? { urgent } : {}),
    },
  });
  expect(response.status).toBe(201);
  return response.body.registrationNumber;
}

async function appealOf(number: string) {
  const response = await signedRequest<{
    appeal: Record<string, unknown> & { urgentAckDeadline?: string };
    history: HistoryEvent[];
  }>(apiUrl, { hotline: '111', role: 'supervisor', method: 'GET', path: `/appeals/${number}` });
  expect(response.status).toBe(200);
  return response.body;
}

const clockEvents = async (number: string, clock: string) =>
  (await appealOf(number)).history.filter((event) => event.clock === clock);

/** An urgent call registered by an operator, once its acknowledgement timer has recorded its start. */
async function urgentAppeal() {
  const number = await registerCall(true);
  const digits = number.replace(/\D/gu, '');
  await eventually('the acknowledgement clock to start', async () =>
    (await clockEvents(number, 'urgent-ack')).some((event) => event.type === 'sla_started')
      ? true
      : undefined,
  );
  const { appeal } = await appealOf(number);
  return {
    number,
    digits,
    deadline: String(appeal.urgentAckDeadline),
    arn: executionArn(sla.appealTimer, timerExecutionName('urgent-ack', digits)),
  };
}

function acknowledge(number: string, body: unknown, role: Role = 'operator') {
  return signedRequest<Record<string, unknown> & { message?: string }>(apiUrl, {
    hotline: '111',
    role,
    method: 'POST',
    path: `/appeals/${number}/acknowledgement`,
    body,
  });
}

const statusOf = async (arn: string) =>
  (await sla.sfn.send(new DescribeExecutionCommand({ executionArn: arn }))).status;

async function outcomesOf(digits: string, at: string) {
  const result = await sla.documents.send(
    new QueryCommand({
      TableName: sla.qualityTable,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': qualityKeys.slaDay(almatyDayOf(parseInstant(at))),
        ':prefix': `urgent-ack#${digits}#`,
      },
    }),
  );
  return (result.Items ?? []).map((item) => item['outcome']);
}

const ackNotices = async (number: string) =>
  (await notificationsAbout(sla, number)).filter((notice) => notice.attributes['clock'] === 'urgent-ack');

describe('the acknowledgement clock of an urgent 111 appeal', () => {
  it('starts when the state bodies are alerted: the configured 15 minutes, round the clock, named in the history', async () => {
    const before = Date.now();

    const { number, deadline } = await urgentAppeal();

    const { history } = await appealOf(number);
    const started = history.find((event) => event.type === 'sla_started' && event.clock === 'urgent-ack');
    expect(started?.['deadline']).toBe(deadline);
    const minutes = (parseInstant(deadline) - before) / 60_000;
    expect(minutes).toBeGreaterThan(14.9);
    expect(minutes).toBeLessThanOrEqual(15.1);
    expect(history.find((event) => event.type === 'urgent_notified')).toMatchObject({
      acknowledgementDue: deadline,
    });
  });

  it('is met when a state body acknowledges in time: the timer stops and the history shows who acknowledged', async () => {
    const { number, digits, deadline, arn } = await urgentAppeal();

    const response = await acknowledge(number, {
      by: 'Дежурный ДЧ полиции, капитан Ахметов',
      bodyId: 'police-102',
    });
    await advanceClock(sla, { all: true, executionArn: arn });

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      registrationNumber: number,
      by: 'Дежурный ДЧ полиции, капитан Ахметов',
      bodyId: 'police-102',
      deadline,
      sla: 'met',
      alreadyAcknowledged: false,
    });
    expect(await statusOf(arn)).toBe('ABORTED');
    const { appeal, history } = await appealOf(number);
    expect(appeal['urgentAcknowledgement']).toMatchObject({ by: 'Дежурный ДЧ полиции, капитан Ахметов' });
    expect(history.find((event) => event.type === 'urgent_acknowledged')).toMatchObject({
      by: 'Дежурный ДЧ полиции, капитан Ахметов',
      bodyId: 'police-102',
      actorRole: 'operator',
      deadline,
      sla: 'met',
    });
    expect((await clockEvents(number, 'urgent-ack')).map((event) => event.type)).toEqual([
      'sla_started',
      'sla_met',
    ]);
    // The answer deadline is another clock: acknowledging does not answer the appeal.
    expect((await clockEvents(number, 'answer')).map((event) => event.type)).toEqual(['sla_started']);
    expect(await outcomesOf(digits, new Date().toISOString())).toEqual(['met']);
    expect(await ackNotices(number)).toEqual([]);
  });

  it('acknowledging twice is harmless: the first acknowledgement stands', async () => {
    const { number } = await urgentAppeal();
    await acknowledge(number, { by: 'Уполномоченный по правам ребёнка' });

    const again = await acknowledge(number, { by: 'Кто-то ещё' }, 'supervisor');

    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ by: 'Уполномоченный по правам ребёнка', alreadyAcknowledged: true });
    const { history } = await appealOf(number);
    expect(history.filter((event) => event.type === 'urgent_acknowledged')).toHaveLength(1);
    expect(history.filter((event) => event.type === 'sla_met' && event.clock === 'urgent-ack')).toHaveLength(
      1,
    );
  });

  it('reminds supervisors at 50 % and 80 %, then breaches and escalates when nobody acknowledges; a late acknowledgement is recorded as late', async () => {
    const { number, digits, deadline, arn } = await urgentAppeal();

    const [waiting] = await advanceClock(sla, {
      to: new Date(parseInstant(deadline) - 60_000).toISOString(),
      executionArn: arn,
    });
    const reminded = await clockEvents(number, 'urgent-ack');
    const reminderNotices = await ackNotices(number);
    await advanceClock(sla, { all: true, executionArn: arn });
    const late = await acknowledge(number, { by: 'Дежурный ДЧ полиции' });

    expect(
      reminded.filter((event) => event.type === 'sla_reminded').map((event) => event['percent']),
    ).toEqual([50, 80]);
    expect(reminded.map((event) => event.type)).not.toContain('sla_breached');
    expect(reminderNotices.map((notice) => notice.attributes['event'])).toEqual([
      'sla_reminded',
      'sla_reminded',
    ]);
    expect(waiting?.status).toBe('RUNNING');
    expect(Date.parse(waiting?.waitingUntil ?? '')).toBe(parseInstant(deadline));

    const events = await clockEvents(number, 'urgent-ack');
    expect(events.find((event) => event.type === 'sla_breached')).toMatchObject({
      deadline,
      escalatedTo: 'supervisors',
    });
    expect(events.map((event) => event.type)).toContain('sla_answered_late');
    const breach = (await ackNotices(number)).find((notice) => notice.attributes['event'] === 'sla_breached');
    expect(breach?.subject).toContain('ACKNOWLEDGEMENT OVERDUE');
    for (const notice of await ackNotices(number)) {
      for (const personal of [APPLICANT.name, APPLICANT.text, '7019876543']) {
        expect(`${notice.subject} ${notice.message}`).not.toContain(personal);
      }
    }
    // The answer clock of the same appeal was neither reminded nor breached.
    expect((await clockEvents(number, 'answer')).map((event) => event.type)).toEqual(['sla_started']);
    // For the SLA met %: the breach counts; the late acknowledgement is kept apart, for follow-up.
    const outcomes = new Set([
      ...(await outcomesOf(digits, deadline)),
      ...(await outcomesOf(digits, new Date().toISOString())),
    ]);
    expect([...outcomes].sort()).toEqual(['breached', 'late']);
    expect(late.status).toBe(200);
    expect(late.body).toMatchObject({ sla: 'late', alreadyAcknowledged: false });
  });

  it('is cancelled when a supervisor closes the urgent appeal before anyone acknowledges', async () => {
    const { number, arn } = await urgentAppeal();

    const closed = await signedRequest(apiUrl, {
      hotline: '111',
      role: 'supervisor',
      method: 'POST',
      path: `/appeals/${number}/transitions`,
      body: { to: 'closed', reason: 'Дубликат срочного обращения' },
    });
    await advanceClock(sla, { all: true, executionArn: arn });

    expect(closed.status).toBe(200);
    expect(await statusOf(arn)).toBe('ABORTED');
    expect((await clockEvents(number, 'urgent-ack')).map((event) => event.type)).toEqual([
      'sla_started',
      'sla_cancelled',
    ]);
  });
});

describe('POST /appeals/{number}/acknowledgement refuses', () => {
  it('an appeal that is not urgent, with 409 and why', async () => {
    const number = await registerCall(false);

    const response = await acknowledge(number, { by: 'Дежурный' });

    expect(response.status).toBe(409);
    expect(response.body.message).toMatch(/is not urgent/u);
  });

  it.each([
    { what: 'an unknown number', number: () => generateRegistrationNumber('111'), status: 404 },
    { what: 'a mistyped number', number: () => '1195-5899-0742-7', status: 400 },
    { what: 'a 1414 number on the 111 line', number: () => generateRegistrationNumber('1414'), status: 404 },
  ])('$what with $status', async ({ number, status }) => {
    const response = await acknowledge(number(), { by: 'Дежурный' });

    expect(response.status).toBe(status);
    expect(response.body.message).toEqual(expect.any(String));
  });

  it('a body without who acknowledged, with 400', async () => {
    const { number } = await urgentAppeal();

    const response = await acknowledge(number, { bodyId: 'police-102' });

    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/by/u);
  });

  it.each(['webPortal', 'authority'] as const)('the %s role, with 403 from the gateway', async (role) => {
    const { number } = await urgentAppeal();

    const response = await acknowledge(number, { by: 'Дежурный' }, role);

    expect(response.status).toBe(403);
    expect((await appealOf(number)).appeal['urgentAcknowledgement']).toBeUndefined();
  });

  it('an identity of the other hotline, with 403', async () => {
    const { number } = await urgentAppeal();

    const response = await signedRequest(apiUrl, {
      hotline: '111',
      signAs: '1414',
      role: 'supervisor',
      method: 'POST',
      path: `/appeals/${number}/acknowledgement`,
      body: { by: 'Дежурный' },
    });

    expect(response.status).toBe(403);
  });
});

describe('npm run appeals -- acknowledge', () => {
  it('records the acknowledgement, taking the hotline from the number, and says so again harmlessly', async () => {
    const { runAppealsCli } = await import('../../../scripts/appeals-cli');
    const { number } = await urgentAppeal();
    const by = `Дежурный ${randomUUID().slice(0, 4)}`;

    const first = await runAppealsCli(['acknowledge', number, '--by', by, '--json']);
    const again = await runAppealsCli(['acknowledge', number, '--by', 'Другой', '--hotline', '111']);
    const notUrgent = await runAppealsCli(['acknowledge', await registerCall(false), '--by', by]);

    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ registrationNumber: number, by, sla: 'met' });
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout).toMatch(
      new RegExp(`^${number}: already acknowledged by ${by} at .+, in time \\(due .+\\)\\n$`, 'u'),
    );
    expect(notUrgent.code).toBe(1);
    expect(notUrgent.stderr).toMatch(/is not urgent/u);
  });
});
