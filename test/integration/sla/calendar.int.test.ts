import { randomUUID } from 'node:crypto';
import { DescribeExecutionCommand, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executionArn } from '../../../functions/sla/adapters/timer-executions';
import type { CalendarYearData } from '../../../functions/sla/domain/calendar-data';
import { workingDaysDeadline } from '../../../functions/sla/domain/deadline';
import { defaultCalendar } from '../../../functions/sla/domain/default-calendar';
import { timerExecutionName } from '../../../functions/sla/domain/timer-plan';
import { callApi } from '../../../scripts/lib/api-client';
import { runSlaCliWithHotline } from '../../../scripts/sla-cli';
import { useTestRuntime } from '../../support/runtime';
import {
  eventually,
  historyOf,
  putAppeal,
  type SlaTestEnvironment,
  slaTestEnvironment,
  uniqueAppealNumber,
} from '../../support/sla/local-sla';

// Ops edit the calendar without a deploy: PUT /calendar/{year} replaces a year and moves the deadlines of
// open appeals the edit changes. October 2027 keeps the edit away from deadlines other tests compute.

let env: SlaTestEnvironment;
let original: CalendarYearData;
const YEAR = 2027;
// Monday 4 October 2027; two working days later is Wednesday the 6th. A decreed day off on Tuesday the 5th
// moves that to Thursday the 7th.
const RECEIVED_AT = '2027-10-04T10:00:00+05:00';
const DAY_OFF = '2027-10-05';

beforeAll(async () => {
  const { apiUrl } = useTestRuntime();
  env = await slaTestEnvironment(apiUrl);
  const response = await callApi<{ data: CalendarYearData }>({
    hotline: '1414',
    role: 'supervisor',
    method: 'GET',
    path: `/calendar/${YEAR}`,
  });
  original = response.body.data;
});

afterAll(async () => {
  if (!original) return;
  // Put the year back as shipped (under a new version: versions only move forward).
  await callApi({
    hotline: '1414',
    role: 'supervisor',
    method: 'PUT',
    path: `/calendar/${YEAR}`,
    body: { ...original, version: `${original.version}.restored-${randomUUID().slice(0, 8)}` },
  });
});

function withDayOff(version: string): CalendarYearData {
  return {
    ...original,
    version,
    extraDaysOff: [
      ...original.extraDaysOff,
      { date: DAY_OFF, reason: 'Test decree: day off moved from a Saturday' },
    ],
  };
}

const putYear = (body: unknown, role: 'supervisor' | 'operator' = 'supervisor') =>
  callApi<{ message?: string; rescheduled?: Array<{ number: string; deadline: string }> }>({
    hotline: '1414',
    role,
    method: 'PUT',
    path: `/calendar/${YEAR}`,
    body,
  });

describe('editing the working-day calendar', () => {
  it('moves the deadline of an open appeal, restarts its timer and records sla_rescheduled', async () => {
    const number = uniqueAppealNumber();
    const deadline = workingDaysDeadline(defaultCalendar(), RECEIVED_AT, 2);
    await putAppeal(env, { number, receivedAt: RECEIVED_AT, deadline });
    const firstTimer = executionArn(env.appealTimer, timerExecutionName('appeal', number));
    await env.sfn.send(
      new StartExecutionCommand({
        stateMachineArn: env.appealTimer,
        name: timerExecutionName('appeal', number),
        input: JSON.stringify({ hotline: '1414', number, startedAt: RECEIVED_AT, deadline }),
      }),
    );
    await eventually('the first timer to start', async () =>
      (await historyOf(env, number)).some((entry) => entry.type === 'sla_started') ? true : undefined,
    );
    const version = `${YEAR}.test-${randomUUID().slice(0, 8)}`;

    const response = await putYear(withDayOff(version));

    expect(response.status).toBe(200);
    expect(response.body.rescheduled).toContainEqual({
      number,
      previousDeadline: '2027-10-06T23:59:59+05:00',
      deadline: '2027-10-07T23:59:59+05:00',
    });
    const appeal = await env.documents.send(
      new GetCommand({ TableName: env.appealsTable, Key: { pk: `APPEAL#${number}`, sk: 'A' } }),
    );
    expect(appeal.Item?.['deadline']).toBe('2027-10-07T23:59:59+05:00');
    const history = await historyOf(env, number);
    expect(history.find((entry) => entry.type === 'sla_rescheduled')).toMatchObject({
      previousDeadline: '2027-10-06T23:59:59+05:00',
      deadline: '2027-10-07T23:59:59+05:00',
      calendarVersion: version,
    });
    expect(history.filter((entry) => entry.type === 'sla_started')).toHaveLength(1);
    const described = (arn: string) => env.sfn.send(new DescribeExecutionCommand({ executionArn: arn }));
    expect((await described(firstTimer)).status).toBe('ABORTED');
    const secondTimer = executionArn(env.appealTimer, String(appeal.Item?.['slaExecution']));
    expect(await described(secondTimer)).toMatchObject({ status: 'RUNNING' });
    expect(JSON.parse((await described(secondTimer)).input ?? '{}')).toMatchObject({
      deadline: '2027-10-07T23:59:59+05:00',
      rescheduled: true,
    });
  });

  it('shows operators the edited year with its decreed day off', async () => {
    expect((await putYear(withDayOff(`${YEAR}.shown-${randomUUID().slice(0, 8)}`))).status).toBe(200);

    const response = await callApi<{
      source: string;
      overview: { specialDays: Array<{ date: string; kind: string }> };
    }>({ hotline: '1414', role: 'operator', method: 'GET', path: `/calendar/${YEAR}` });

    expect(response.status).toBe(200);
    expect(response.body.source).toBe('stored');
    expect(response.body.overview.specialDays).toContainEqual(
      expect.objectContaining({ date: DAY_OFF, kind: 'decreed-day-off' }),
    );
  });

  it('npm run sla -- deadline --hotline counts with the edited year, as the timers do', async () => {
    expect((await putYear(withDayOff(`${YEAR}.cli-${randomUUID().slice(0, 8)}`))).status).toBe(200);
    const deadline = ['deadline', '--received', RECEIVED_AT, '--working-days', '2', '--json'];

    const edited = await runSlaCliWithHotline([...deadline, '--hotline', '1414']);
    const shipped = await runSlaCliWithHotline(deadline);

    expect(edited).toEqual({ code: 0, stdout: '{"deadline":"2027-10-07T23:59:59+05:00"}\n', stderr: '' });
    expect(JSON.parse(shipped.stdout)).toEqual({ deadline: '2027-10-06T23:59:59+05:00' });
  });

  it('leaves the calendar to supervisors', async () => {
    const response = await putYear(withDayOff(`${YEAR}.operator`), 'operator');

    expect(response.status).toBe(403);
  });

  it('refuses a year that breaks the rules, saying which day is wrong', async () => {
    const response = await putYear({
      ...original,
      version: `${YEAR}.bad`,
      extraDaysOff: [{ date: '2027-10-09', reason: 'a Saturday is already a day off' }],
    });

    expect(response.status).toBe(400);
    expect(response.body.message).toContain('2027-10-09 is a Sat, already a day off');
  });

  it('refuses a changed year that keeps its version number', async () => {
    const version = `${YEAR}.same-${randomUUID().slice(0, 8)}`;
    expect((await putYear(withDayOff(version))).status).toBe(200);

    const response = await putYear({ ...withDayOff(version), notes: ['changed without a new version'] });

    expect(response.status).toBe(409);
    expect(response.body.message).toContain('bump "version"');
  });

  it('refuses a file for another year than the path names', async () => {
    const response = await putYear({ ...original, year: 2026 });

    expect(response.status).toBe(400);
  });
});
