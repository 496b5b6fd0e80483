import { beforeAll, describe, expect, it } from 'vitest';
import { isoWeekOf } from '../../../functions/quality/domain/week';
import { almatyDayOf } from '../../../functions/sla/domain/almaty-time';
import { runCallCli } from '../../../scripts/call-cli';
import { callApi } from '../../../scripts/lib/api-client';
import { runQualityCli } from '../../../scripts/quality-cli';
import { uniquePhone } from '../../support/recordings/fixtures';
import { useTestRuntime } from '../../support/runtime';

/**
 * Quality through the local runtime, nothing pushed by hand: a call placed with `npm run call` is answered,
 * its contact record reaches the quality table through Kinesis, `npm run quality -- evaluate` lists and scores
 * it, the recording opens only through the audited path, and the scorecard counts the evaluation.
 */

let apiUrl: string;
beforeAll(() => {
  ({ apiUrl } = useTestRuntime());
});

const week = () => isoWeekOf(almatyDayOf(Date.now()));

async function answeredCall(inputs: string[]): Promise<{ contactId: string }> {
  const argv = ['--hotline', '1414', '--from', uniquePhone(), ...inputs.flatMap((i) => ['--input', i])];
  const result = await runCallCli([...argv, '--agent-hangup', '--json'], { QOLDAU_API_URL: apiUrl });
  if (result.code !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as { contactId: string };
}

interface Listed {
  calls: Array<{
    contactId: string;
    operator: string;
    sampled: string | null;
    evaluation: { percent: number } | null;
  }>;
}

async function listed(contactId: string) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const result = await runQualityCli(['evaluate', '--hotline', '1414', '--week', week(), '--json']);
    const call = (JSON.parse(result.stdout) as Listed).calls.find((entry) => entry.contactId === contactId);
    if (call) return call;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`call ${contactId} never reached the quality table`);
}

describe('quality API', () => {
  it('a supervisor lists an answered call, scores it, opens its recording (audited) and sees it on the scorecard', async () => {
    const { contactId } = await answeredCall(['2', '1']);
    const call = await listed(contactId);
    expect(call.operator.length).toBeGreaterThan(0);

    const answers = [
      'greeting-language=yes',
      'correct-information=yes',
      'clarity=4',
      'referral=na',
      'transfer-notice=na',
      'appeal-registered=no',
      'courtesy=5',
    ].flatMap((answer) => ['--answer', answer]);
    const evaluated = await runQualityCli([
      'evaluate',
      '--hotline',
      '1414',
      '--week',
      week(),
      '--contact',
      contactId,
      ...answers,
      '--json',
    ]);
    expect(evaluated.code, evaluated.stderr).toBe(0);
    // 2 + 4 + 2*0.75 + 0 + 1 of 2 + 4 + 2 + 3 + 1 = 8.5 of 12.
    expect(JSON.parse(evaluated.stdout).score.percent).toBe(70.8);

    const recording = await callApi<{ recordings: Array<{ url: string }> }>({
      hotline: '1414',
      role: 'supervisor',
      method: 'GET',
      path: `/quality/calls/${contactId}/recording?week=${week()}`,
    });
    expect(recording.status).toBe(200);
    const audio = await fetch(recording.body.recordings[0]!.url);
    expect(
      Buffer.from(await audio.arrayBuffer())
        .subarray(0, 4)
        .toString('ascii'),
    ).toBe('RIFF');
    const today = almatyDayOf(Date.now());
    const audit = await callApi<{
      events: Array<{ action: string; contactId?: string; details?: Record<string, unknown> }>;
    }>({
      hotline: '1414',
      role: 'supervisor',
      method: 'GET',
      path: `/recordings/audit?from=${today}&to=${today}`,
    });
    expect(
      audit.body.events.some(
        (event) =>
          event.action === 'url_issued' &&
          event.contactId === contactId &&
          event.details?.['purpose'] === 'quality-evaluation',
      ),
    ).toBe(true);

    const scorecard = await runQualityCli(['scorecard', '--hotline', '1414', '--week', week(), '--csv']);
    expect(scorecard.stdout.split('\r\n')[0]).toContain('evaluation_average');
    expect(scorecard.stdout).toContain(`${week()},${call.operator},`);

    // The weekly summary, run on demand as its schedule runs it, reaches the supervisors' inbox with the CSV.
    const summary = await fetch(`${apiUrl}/_local/quality/summary/1414`, {
      method: 'POST',
      body: JSON.stringify({ week: week() }),
    });
    expect(await summary.json()).toMatchObject({ week: week(), sent: true, recipients: 1 });
    const outbox = (await (
      await fetch(`${apiUrl}/_local/outbox?to=quality-supervisors@ucc1414.example.kz`)
    ).json()) as { messages: Array<{ subject?: string }> };
    expect(JSON.stringify(outbox.messages)).toContain(`quality summary ${week()}`);
  });

  it('refuses answers that do not fit the form, naming the question', async () => {
    const { contactId } = await answeredCall(['2', '2']);
    await listed(contactId);

    const result = await runQualityCli([
      'evaluate',
      '--hotline',
      '1414',
      '--week',
      week(),
      '--contact',
      contactId,
      '--answer',
      'clarity=4',
    ]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('HTTP 400');
    expect(result.stderr).toContain('greeting-language: no answer');
  });

  it('an operator cannot read their own results without their IdToken, nor evaluate', async () => {
    const mine = await callApi({
      hotline: '1414',
      role: 'operator',
      method: 'GET',
      path: '/quality/my/results',
    });
    const evaluate = await callApi({
      hotline: '1414',
      role: 'operator',
      method: 'PUT',
      path: '/quality/evaluations/x',
      body: {},
    });

    expect(mine.status).toBe(403);
    expect(evaluate.status).toBe(403);
  });
});
