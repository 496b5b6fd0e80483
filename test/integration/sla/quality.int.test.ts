import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { ratingKeys } from '../../../contracts/keys/rating-keys';
import { almatyDayOf } from '../../../functions/sla/domain/almaty-time';
import type { QualityReport } from '../../../functions/sla/domain/quality';
import { qualityKeys } from '../../../functions/sla/domain/quality-keys';
import { placeLocalCall } from '../../../scripts/call-cli';
import { callApi } from '../../../scripts/lib/api-client';
import { runReportCli } from '../../../scripts/report-cli';
import { useTestRuntime } from '../../support/runtime';
import {
  putAppeal,
  type SlaTestEnvironment,
  slaTestEnvironment,
  uniqueAppealNumber,
} from '../../support/sla/local-sla';

// Wait time and quality end to end: contact records -> the 5-minute metrics run (Connect's GetMetricDataV2
// and PutMetricData, locally) -> the quality table, CloudWatch and the alarm -> the report API, the CLI
// and the /reports page. A day long past keeps these figures apart from whatever else the runtime holds.

let env: SlaTestEnvironment;
const DAY = '2025-06-10';

beforeAll(async () => {
  const { apiUrl } = useTestRuntime();
  env = await slaTestEnvironment(apiUrl);
});

/** A contact trace record as Connect writes it: queued at `enqueued`, answered after `waitSeconds` or abandoned. */
function contactRecord(enqueued: string, waitSeconds: number, answered = true, initiationMethod = 'INBOUND') {
  const answeredAt = new Date(Date.parse(enqueued) + waitSeconds * 1000).toISOString();
  return {
    ContactId: randomUUID(),
    Channel: 'VOICE',
    InitiationMethod: initiationMethod,
    Queue: {
      ARN: 'arn:aws:connect:eu-central-1:000000000000:instance/local/queue/general',
      Name: 'general',
      EnqueueTimestamp: enqueued,
      Duration: waitSeconds,
    },
    Agent: answered ? { ConnectedToAgentTimestamp: answeredAt } : null,
  };
}

async function addContactRecords(records: unknown[]) {
  const response = await fetch(`${env.apiUrl}/_local/connect-metrics/contact-records`, {
    method: 'POST',
    body: JSON.stringify({ hotline: '1414', records }),
  });
  expect(response.status).toBe(200);
}

/** Runs the 5-minute metric schedules now, as at `time`, and answers what the wait-metrics run returned. */
/** The 1414 quality report of one Almaty day, as a supervisor reads it through the API. */
function qualityReportOf(day: string) {
  return callApi<QualityReport>({
    hotline: '1414',
    role: 'supervisor',
    method: 'GET',
    path: `/reports/quality?from=${day}&to=${day}`,
  });
}

async function collect(time: string) {
  const response = await fetch(`${env.apiUrl}/_local/monitoring/collect`, {
    method: 'POST',
    body: JSON.stringify({ time }),
  });
  const { runs } = (await response.json()) as { runs: Array<{ hotline: string; result: unknown }> };
  return runs;
}

async function putRating(at: string, rating: number | null, agent: string, queue: string) {
  const contactId = randomUUID();
  await env.documents.send(
    new PutCommand({
      TableName: env.ratingsTable,
      Item: {
        pk: ratingKeys.day(DAY),
        sk: ratingKeys.contact(contactId),
        contactId,
        rating,
        declined: rating === null,
        agent,
        queue,
        language: 'kk',
        at,
      },
    }),
  );
}

describe('wait time and quality', () => {
  it('collects the average wait of a window from contact records and keeps it for reports', async () => {
    // 10:00-10:05 in Almaty is 05:00-05:05 UTC: two answered after 20 s and 40 s, one gave up.
    await addContactRecords([
      contactRecord('2025-06-10T05:01:00Z', 20),
      contactRecord('2025-06-10T05:02:00Z', 40),
      contactRecord('2025-06-10T05:03:00Z', 75, false),
    ]);

    const runs = await collect('2025-06-10T05:05:30Z');

    const sample = runs.find(
      (run) => run.hotline === '1414' && (run.result as { windowStart?: string })?.windowStart,
    );
    expect(sample?.result).toMatchObject({
      windowStart: '2025-06-10T05:00:00.000Z',
      queued: 3,
      answered: 2,
      abandoned: 1,
      waitSecondsSum: 60,
    });
    const metrics = await fetch(
      `${env.apiUrl}/_local/monitoring/metrics?name=AverageQueueAnswerTime&hotline=1414`,
    );
    const { points } = (await metrics.json()) as {
      points: Array<{ timestamp: string; sum: number; sampleCount: number }>;
    };
    expect(points.find((point) => point.timestamp === '2025-06-10T05:00:00.000Z')).toMatchObject({
      sum: 60,
      sampleCount: 2,
    });
  });

  it('counts callbacks apart and keeps their time in the queue in the 40-second figure', async () => {
    // The next day (kept out of the day report below), 12:00-12:05 in Almaty: a caller answered after 10 s,
    // and a callback an operator took after 130 s.
    await addContactRecords([
      contactRecord('2025-06-11T07:01:00Z', 10),
      contactRecord('2025-06-11T07:02:00Z', 130, true, 'CALLBACK'),
    ]);

    const runs = await collect('2025-06-11T07:05:30Z');

    const sample = runs.find(
      (run) => run.hotline === '1414' && (run.result as { windowStart?: string })?.windowStart,
    );
    expect(sample?.result).toMatchObject({
      queued: 1,
      answered: 1,
      abandoned: 0,
      waitSecondsSum: 10,
      callbacks: 1,
      callbacksAnswered: 1,
      callbackWaitSecondsSum: 130,
    });
    const metricPoint = async (name: string) => {
      const response = await fetch(`${env.apiUrl}/_local/monitoring/metrics?name=${name}&hotline=1414`);
      const { points } = (await response.json()) as {
        points: Array<{ timestamp: string; sum: number; sampleCount: number }>;
      };
      return points.find((point) => point.timestamp === '2025-06-11T07:00:00.000Z');
    };
    expect(await metricPoint('AverageQueueAnswerTime')).toMatchObject({ sum: 140, sampleCount: 2 });
    expect(await metricPoint('AverageQueueAnswerTimeWithoutCallbacks')).toMatchObject({
      sum: 10,
      sampleCount: 1,
    });
  });

  it('sounds the alarm when the average wait passes 40 s, and tells the notifications topic', async () => {
    await addContactRecords([
      contactRecord('2025-06-10T06:01:00Z', 95),
      contactRecord('2025-06-10T06:02:00Z', 85),
    ]);

    await collect('2025-06-10T06:05:10Z');

    const response = await fetch(`${env.apiUrl}/_local/monitoring/alarms`);
    const { alarms } = (await response.json()) as {
      alarms: Array<{ hotline: string; metricName: string; state: string }>;
    };
    expect(
      alarms.find((alarm) => alarm.hotline === '1414' && alarm.metricName === 'AverageQueueAnswerTime')
        ?.state,
    ).toBe('ALARM');
    const messages = await fetch(`${env.apiUrl}/_local/sns/messages`);
    const published = ((await messages.json()) as { messages: Array<{ subject?: string }> }).messages;
    expect(
      published.some((message) => message.subject === 'ALARM: AverageQueueAnswerTime of hotline 1414'),
    ).toBe(true);
  });

  it('reports wait, SLA met % and ratings per operator to supervisors, and the CLI prints the same', async () => {
    await addContactRecords([contactRecord('2025-06-10T08:01:00Z', 30)]);
    await collect('2025-06-10T08:05:00Z');
    await putRating('2025-06-10T08:03:00Z', 5, 'aigerim', 'general');
    await putRating('2025-06-10T08:04:00Z', 4, 'aigerim', 'general');
    await putRating('2025-06-10T08:05:00Z', null, 'daniyar', 'egov');
    for (const outcome of ['met', 'met', 'met', 'breached'] as const) {
      const id = randomUUID();
      await env.documents.send(
        new PutCommand({
          TableName: env.qualityTable,
          Item: {
            pk: qualityKeys.slaDay(DAY),
            sk: qualityKeys.slaOutcome('appeal', id, outcome),
            kind: 'appeal',
            id,
            outcome,
            at: '2025-06-10T09:00:00.000Z',
            deadline: '2025-06-10T23:59:59+05:00',
          },
        }),
      );
    }

    const response = await qualityReportOf(DAY);

    expect(response.status).toBe(200);
    const [day] = response.body.days;
    // All three windows of the day: (20 + 40 + 95 + 85 + 30) / 5 answered calls.
    expect(day?.calls).toMatchObject({
      answered: 5,
      abandoned: 1,
      averageWaitSeconds: 54,
      withinTarget: false,
    });
    expect(day?.sla.appeals).toEqual({ met: 3, breached: 1, late: 0, metPercent: 75 });
    expect(response.body.operators).toEqual([
      { operator: 'aigerim', rated: 2, declined: 0, average: 4.5 },
      { operator: 'daniyar', rated: 0, declined: 1, average: null },
    ]);

    const cli = await runReportCli(['quality', '--hotline', '1414', '--from', DAY, '--to', DAY]);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('average wait 54.0 s (target 40 s: NOT met)');
    expect(cli.stdout).toContain('appeals 75.0 % (3 met, 1 breached)');
  });

  it('counts the appeals open and overdue now, as the dashboard does, in the API, the CLI and the page', async () => {
    // Open and long overdue; its term is no working-day term, so no calendar edit elsewhere moves it.
    await putAppeal(env, {
      number: uniqueAppealNumber(),
      receivedAt: '2025-06-10T04:00:00.000Z',
      deadline: '2025-06-10T08:00:00+05:00',
      status: 'in_progress',
    });

    const response = await qualityReportOf(DAY);

    expect(response.status).toBe(200);
    const { backlog } = response.body;
    expect(backlog.overdue).toBeGreaterThanOrEqual(1);
    expect(backlog.open).toBeGreaterThanOrEqual(backlog.overdue);
    expect(backlog.countedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+05:00$/);
    const cli = await runReportCli(['quality', '--hotline', '1414', '--from', DAY, '--to', DAY]);
    expect(cli.stdout).toMatch(/Appeals now: \d+ open, [1-9]\d* overdue/);
    const html = await (await fetch(`${env.apiUrl}/reports?hotline=1414&from=${DAY}&to=${DAY}`)).text();
    expect(html).toMatch(/Appeals open now<b class="bad">\d+<\/b>[1-9]\d* overdue/);
  });

  it('counts a rated 1414 call for the operator who took it, by their Connect user name', async () => {
    const operator = `op-${randomUUID().slice(0, 8)}`;
    const call = await placeLocalCall(env.apiUrl, {
      hotline: '1414',
      inputs: ['1', '0', '4'],
      agentHangup: true,
      agent: { username: operator },
    });
    const today = almatyDayOf(Date.now());

    const response = await qualityReportOf(today);

    expect(call.rating).toBe(4);
    expect(response.status).toBe(200);
    expect(response.body.operators).toContainEqual({ operator, rated: 1, declined: 0, average: 4 });
  });

  it('keeps the quality report to supervisors', async () => {
    const response = await callApi({
      hotline: '1414',
      role: 'operator',
      method: 'GET',
      path: '/reports/quality',
    });

    expect(response.status).toBe(403);
  });

  it('refuses a range longer than a quarter', async () => {
    const response = await callApi<{ message: string }>({
      hotline: '1414',
      role: 'supervisor',
      method: 'GET',
      path: '/reports/quality?from=2025-01-01&to=2025-12-31',
    });

    expect(response.status).toBe(400);
    expect(response.body.message).toContain('at most 92 days');
  });

  it('serves the report as a page with charts of wait against 40 s, SLA met % and ratings per operator', async () => {
    const response = await fetch(`${env.apiUrl}/reports?hotline=1414&from=${DAY}&to=${DAY}`);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('aria-label="Average wait per day (seconds) against the 40-second target"');
    expect(html).toContain('aria-label="SLA met % per day, appeals and recording requests"');
    expect(html).toContain('aria-label="Average post-call rating per operator"');
    expect(html).toContain('aigerim');
    expect(html).not.toMatch(/<script|https?:\/\/(?!127\.0\.0\.1)/);
  });
});
