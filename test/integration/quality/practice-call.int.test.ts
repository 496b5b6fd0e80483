import { beforeAll, describe, expect, it } from 'vitest';
import { signedRequest } from '../../../clients/signed-request';
import type { HotlineId } from '../../../contracts/hotlines';
import { PRACTICE_CALLS_PATH } from '../../../contracts/practice-call';
import { isoWeekOf } from '../../../functions/quality/domain/week';
import { almatyDayOf } from '../../../functions/sla/domain/almaty-time';
import { runCallCli } from '../../../scripts/call-cli';
import { credentialsFor } from '../../../scripts/lib/api-client';
import { runQualityCli } from '../../../scripts/quality-cli';
import { snsMessages } from '../../support/appeals/harness';
import { uniquePhone } from '../../support/recordings/fixtures';
import { useTestRuntime } from '../../support/runtime';
import { eventually } from '../../support/sla/local-sla';

/**
 * Practice calls through the local runtime, as the desktop's Practice tab starts them: the scenario's keys go
 * through the synthesized flows, the call rings the trainee alone in the CCP stand-in, and nothing of it
 * reaches the world: no urgent alert, no contact record (so no statistic, quality list or scorecard counts it).
 * Signed with the hotline's operator role keys (one agent of the stand-in, Offline throughout).
 */

let apiUrl: string;
beforeAll(() => {
  ({ apiUrl } = useTestRuntime());
});

async function signed<T = Record<string, unknown>>(
  hotline: HotlineId,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  role: 'operator' | 'supervisor' = 'operator',
): Promise<{ status: number; body: T }> {
  const response = await signedRequest({
    baseUrl: apiUrl,
    region: 'eu-central-1',
    credentials: credentialsFor(hotline, role),
    method,
    path,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (response.text ? JSON.parse(response.text) : null) as T };
}

interface Snapshot {
  contact: { contactId: string; state: string; attributes: Record<string, string> } | null;
}

const start = (hotline: HotlineId, scenarioId: string) =>
  signed<{ contactId?: string; scenarioId?: string; message?: string }>(
    hotline,
    'POST',
    `${PRACTICE_CALLS_PATH}/${hotline}/calls`,
    { scenarioId, username: 'practice.trainee' },
  );
const desk = (hotline: HotlineId, path: string) =>
  signed<Snapshot>(hotline, path === '/snapshot' ? 'GET' : 'POST', `/_local/ccp/${hotline}${path}`);

/** Accepts, talks, hangs up and clears a ringing practice call. */
async function takeAndFinish(hotline: HotlineId, contactId: string) {
  expect((await desk(hotline, `/contacts/${contactId}/accept`)).status).toBe(200);
  await eventually(
    'the practice call to connect',
    async () => (await desk(hotline, '/snapshot')).body.contact?.state === 'connected' || undefined,
    20_000,
  );
  expect((await desk(hotline, `/contacts/${contactId}/hangup`)).status).toBe(200);
  expect((await desk(hotline, `/contacts/${contactId}/clear`)).status).toBe(200);
}

describe('practice calls in the local runtime', () => {
  it('an urgent 111 scenario goes through the menu and rings the trainee, marked urgent, and alerts nobody', async () => {
    const started = await start('111', '111-domestic-violence-ru');

    expect(started.status).toBe(201);
    const contactId = started.body.contactId!;
    const ringing = (await desk('111', '/snapshot')).body.contact;
    expect(ringing).toMatchObject({
      contactId,
      state: 'incoming',
      attributes: {
        lang: 'ru',
        topic: 'urgent',
        urgent: 'true',
        practiceScenario: '111-domestic-violence-ru',
      },
    });
    // A second practice call waits until this one is over.
    expect((await start('111', '111-divorce-ru')).status).toBe(409);
    await takeAndFinish('111', contactId);
    // A real urgent call alerts the state bodies from the IVR, before it rings; a practice call never does.
    expect(JSON.stringify(await snsMessages(apiUrl))).not.toContain(contactId);
  });

  it('a practice call is never listed among the week’s answered calls, while a real call after it is', async () => {
    const started = await start('1414', '1414-eds-revoke-ru');
    expect(started.status).toBe(201);
    await takeAndFinish('1414', started.body.contactId!);

    const real = await runCallCli(
      [
        '--hotline',
        '1414',
        '--from',
        uniquePhone(),
        '--input',
        '2',
        '--input',
        '2',
        '--agent-hangup',
        '--json',
      ],
      { QOLDAU_API_URL: apiUrl },
    );
    const realId = (JSON.parse(real.stdout) as { contactId: string }).contactId;

    // Contact records go through the stream in order: once the real call is listed, an emitted practice
    // record would be too.
    const listed = await eventually(
      'the real call to reach the quality list',
      async () => {
        const week = isoWeekOf(almatyDayOf(Date.now()));
        const result = await runQualityCli(['evaluate', '--hotline', '1414', '--week', week, '--json']);
        const ids = (JSON.parse(result.stdout) as { calls: Array<{ contactId: string }> }).calls.map(
          (call) => call.contactId,
        );
        return ids.includes(realId) ? ids : undefined;
      },
      30_000,
    );
    expect(listed).not.toContain(started.body.contactId);
  });

  it('npm run quality -- practice --play plays the scenario through the flows as a practice call', async () => {
    const played = await runQualityCli([
      'practice',
      '--hotline',
      '111',
      '--scenario',
      '111-child-abuse-kk',
      '--play',
      '--json',
    ]);

    expect(played.code, played.stderr).toBe(0);
    const call = (JSON.parse(played.stdout) as { call: { contactId: string; outcome: { kind: string } } })
      .call;
    expect(call.outcome.kind).toBe('queue');
    // An urgent menu path, and still no alert: the practice call's Lambdas do not act.
    expect(JSON.stringify(await snsMessages(apiUrl))).not.toContain(call.contactId);
  });

  it('refuses what it cannot play, with a clear message, and anyone but the hotline’s operators', async () => {
    const unknown = await start('1414', 'no-such-scenario');
    const otherHotline = await start('1414', '111-divorce-ru');
    const badBody = await signed('1414', 'POST', `${PRACTICE_CALLS_PATH}/1414/calls`, { scenarioId: 7 });
    const supervisor = await signed(
      '1414',
      'POST',
      `${PRACTICE_CALLS_PATH}/1414/calls`,
      { scenarioId: '1414-eds-revoke-ru', username: 'boss' },
      'supervisor',
    );

    expect(unknown).toMatchObject({
      status: 404,
      body: { message: expect.stringContaining('no-such-scenario') },
    });
    expect(otherHotline.status).toBe(404);
    expect(badBody).toMatchObject({ status: 400, body: { message: expect.stringContaining('scenarioId') } });
    expect(supervisor.status).toBe(403);
  });
});
