import { DescribeExecutionCommand } from '@aws-sdk/client-sfn';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AnswerTimer, answerTimer } from '../../../functions/sla/adapters/appeal-timers';
import { type RecordingTimer, recordingTimer } from '../../../functions/sla/adapters/recording-timers';
import { executionArn } from '../../../functions/sla/adapters/timer-executions';
import { almatyDayOf, parseInstant } from '../../../functions/sla/domain/almaty-time';
import { addHours } from '../../../functions/sla/domain/deadline';
import { qualityKeys } from '../../../functions/sla/domain/quality-keys';
import { timerExecutionName } from '../../../functions/sla/domain/timer-plan';
import { useTestRuntime } from '../../support/runtime';
import {
  advanceClock,
  eventually,
  historyOf,
  notificationsAbout,
  putAppeal,
  type SlaTestEnvironment,
  slaTestEnvironment,
  uniqueAppealNumber,
  useAdapterCredentials,
} from '../../support/sla/local-sla';

// Each timer path end to end on the synthesized state machines run by the local Step Functions stand-in:
// a 48-hour term is played in milliseconds by skipping the execution's clock.

let env: SlaTestEnvironment;
let appealTimer: AnswerTimer;
let requestTimer: RecordingTimer;

beforeAll(async () => {
  const { apiUrl } = useTestRuntime();
  env = await slaTestEnvironment(apiUrl);
  useAdapterCredentials();
  appealTimer = answerTimer({
    stateMachineArn: env.appealTimer,
    appealsTable: env.appealsTable,
    qualityTable: env.qualityTable,
  });
  requestTimer = recordingTimer({
    stateMachineArn: env.recordingTimer,
    recordingRequestsTable: env.recordingRequestsTable ?? '',
    qualityTable: env.qualityTable,
  });
});

const TERM_HOURS = 48;

/** An open appeal received now with a 48-hour term, and its timer started as the appeal register does. */
async function appealWithRunningTimer(status = 'registered') {
  const number = uniqueAppealNumber();
  const receivedAt = new Date().toISOString();
  const deadline = addHours(receivedAt, TERM_HOURS);
  await putAppeal(env, { number, receivedAt, deadline, status });
  await appealTimer.start({ hotline: '1414', number, startedAt: receivedAt, deadline });
  await eventually('the timer to record its start', async () =>
    (await historyOf(env, number)).some((entry) => entry.type === 'sla_started') ? true : undefined,
  );
  const arn = executionArn(env.appealTimer, timerExecutionName('appeal', number));
  return { number, receivedAt, deadline, arn };
}

const typesOf = async (number: string) => (await historyOf(env, number)).map((entry) => entry.type);

async function outcomesOf(kind: string, id: string, at: string) {
  const result = await env.documents.send(
    new QueryCommand({
      TableName: env.qualityTable,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': qualityKeys.slaDay(almatyDayOf(parseInstant(at))),
        ':prefix': `${kind}#${id}#`,
      },
    }),
  );
  return (result.Items ?? []).map((item) => item['outcome']);
}

describe('appeal SLA timers', () => {
  it('an appeal answered in time has sla_started then sla_met in its history, and never breaches', async () => {
    const { number, arn } = await appealWithRunningTimer();

    await appealTimer.stop(number, 'met');
    await advanceClock(env, { all: true, executionArn: arn });

    expect(await typesOf(number)).toEqual(['sla_started', 'sla_met']);
    expect((await env.sfn.send(new DescribeExecutionCommand({ executionArn: arn }))).status).toBe('ABORTED');
    expect(await outcomesOf('appeal', number, new Date().toISOString())).toEqual(['met']);
  });

  it('reminds the assignee and supervisors at 50 % and 80 % of the term, then waits for the deadline', async () => {
    const { number, receivedAt, deadline, arn } = await appealWithRunningTimer();

    const [execution] = await advanceClock(env, {
      to: addHours(receivedAt, TERM_HOURS * 0.85),
      executionArn: arn,
    });

    const reminders = (await historyOf(env, number)).filter((entry) => entry.type === 'sla_reminded');
    expect(reminders.map((entry) => entry.percent)).toEqual([50, 80]);
    expect(await typesOf(number)).not.toContain('sla_breached');
    const notices = await notificationsAbout(env, number);
    expect(notices.map((notice) => notice.attributes['event'])).toEqual(['sla_reminded', 'sla_reminded']);
    expect(execution?.status).toBe('RUNNING');
    expect(Date.parse(execution?.waitingUntil ?? '')).toBe(parseInstant(deadline));
  });

  it('marks the breach when the deadline passes and escalates to supervisors', async () => {
    const { number, deadline, arn } = await appealWithRunningTimer();

    await advanceClock(env, { all: true, executionArn: arn });

    const history = await historyOf(env, number);
    expect(history.map((entry) => entry.type)).toEqual([
      'sla_started',
      'sla_reminded',
      'sla_reminded',
      'sla_breached',
    ]);
    expect(history.at(-1)).toMatchObject({ deadline, escalatedTo: 'supervisors' });
    const breachNotice = (await notificationsAbout(env, number)).find(
      (notice) => notice.attributes['event'] === 'sla_breached',
    );
    expect(breachNotice?.subject).toContain('SLA BREACHED');
    expect(await outcomesOf('appeal', number, deadline)).toEqual(['breached']);
    expect((await env.sfn.send(new DescribeExecutionCommand({ executionArn: arn }))).status).toBe(
      'SUCCEEDED',
    );
  });

  it('records an answer after the breach as answered late, not as met', async () => {
    const { number, deadline, arn } = await appealWithRunningTimer();
    await advanceClock(env, { all: true, executionArn: arn });

    await appealTimer.stop(number, 'met');

    // History sorts by time, and the test answered in real time, before the skipped clock's deadline.
    const types = await typesOf(number);
    expect(types).toContain('sla_answered_late');
    expect(types).not.toContain('sla_met');
    expect(await outcomesOf('appeal', number, deadline)).toEqual(['breached']);
  });

  it('stops the timer of a closed appeal and records sla_cancelled', async () => {
    const { number, arn } = await appealWithRunningTimer();

    await appealTimer.stop(number, 'cancelled');
    await advanceClock(env, { all: true, executionArn: arn });

    expect(await typesOf(number)).toEqual(['sla_started', 'sla_cancelled']);
  });

  it('starting a timer twice keeps one timer', async () => {
    const { number, receivedAt, deadline, arn } = await appealWithRunningTimer();

    await appealTimer.start({ hotline: '1414', number, startedAt: receivedAt, deadline });
    await advanceClock(env, { all: true, executionArn: arn });

    expect((await typesOf(number)).filter((type) => type === 'sla_started')).toHaveLength(1);
  });

  it('neither reminds nor breaches an appeal that was closed while its timer ran', async () => {
    const { number, arn } = await appealWithRunningTimer();
    const appeal = await env.documents.send(
      new GetCommand({ TableName: env.appealsTable, Key: { pk: `APPEAL#${number}`, sk: 'A' } }),
    );
    await putAppeal(env, {
      ...(appeal.Item as { receivedAt: string; deadline: string }),
      number,
      status: 'closed',
    });

    await advanceClock(env, { all: true, executionArn: arn });

    expect(await typesOf(number)).toEqual(['sla_started']);
  });
});

describe('recording request SLA timers', () => {
  it('records start, reminders and breach beside the request, and delivery after it as late', async () => {
    if (!env.recordingRequestsTable) throw new Error('The recordings capability has no requests table yet');
    const requestId = `req-${uniqueAppealNumber()}`;
    const startedAt = new Date().toISOString();
    await requestTimer.start({ hotline: '1414', requestId, startedAt, deadline: addHours(startedAt, 4) });
    const arn = executionArn(env.recordingTimer, timerExecutionName('recording', requestId));

    await advanceClock(env, { all: true, executionArn: arn });
    await requestTimer.stop(requestId, 'met');

    const events = await env.documents.send(
      new QueryCommand({
        TableName: env.recordingRequestsTable,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sla)',
        ExpressionAttributeValues: { ':pk': `REQUEST#${requestId}`, ':sla': 'SLA#' },
      }),
    );
    // Sorted by time: the delivery happened in real time, before the skipped clock's reminders and deadline.
    const recorded = (events.Items ?? []).map((item) => item['event']);
    expect(recorded.filter((event) => event !== 'sla_answered_late')).toEqual([
      'sla_started',
      'sla_reminded',
      'sla_reminded',
      'sla_breached',
    ]);
    expect(recorded).toContain('sla_answered_late');
  });
});
