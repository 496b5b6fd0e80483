import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScorecardRow } from '../../../functions/quality/domain/scorecard';
import { isoWeekOf } from '../../../functions/quality/domain/week';
import { almatyDayOf } from '../../../functions/sla/domain/almaty-time';
import { callApi } from '../../../scripts/lib/api-client';
import { runQualityCli } from '../../../scripts/quality-cli';
import {
  type DesktopIdentity,
  signedInDesktopUser,
  signedJson,
} from '../../support/desktop/desktop-identity';
import { uniquePhone } from '../../support/recordings/fixtures';
import { useTestRuntime } from '../../support/runtime';

/**
 * Appeals on the scorecard through the local runtime: two operators sign in as the desktop does and register
 * appeals with their IdToken; the register records who registered each, the SLA engine gives each its
 * deadline, and the supervisor's scorecard (API and `npm run quality -- scorecard`) counts them per operator
 * with how their deadlines went.
 */

const suffix = randomUUID().slice(0, 8);
let aigerim: DesktopIdentity;
let dias: DesktopIdentity;

beforeAll(async () => {
  const { apiUrl, credentialsFile } = useTestRuntime();
  const env = { QOLDAU_API_URL: apiUrl, QOLDAU_CREDENTIALS_FILE: credentialsFile };
  [aigerim, dias] = await Promise.all([
    signedInDesktopUser(env, '1414', 'operator', `appeals-a-${suffix}`),
    signedInDesktopUser(env, '1414', 'operator', `appeals-d-${suffix}`),
  ]);
});

const week = () => isoWeekOf(almatyDayOf(Date.now()));

interface Registered {
  registrationNumber: string;
  deadline?: string;
}

/** `POST /appeals` as the desktop's register panel sends it during a call. */
function register(as: DesktopIdentity, idToken: string | undefined, text: string) {
  return signedJson<Registered & { message?: string }>(as, 'POST', '/appeals', {
    body: { channel: 'phone', lang: 'ru', topic: 'egov', text, phone: uniquePhone() },
    ...(idToken ? { headers: { 'x-qoldau-id-token': idToken } } : {}),
  });
}

/** A scorecard row as the API answers it (JSON of the domain's row). */
type Row = Pick<ScorecardRow, 'operator' | 'appeals'>;

describe('appeals registered per operator on the scorecard', () => {
  it('counts the appeals each operator registered and how their deadlines went', async () => {
    const first = await register(aigerim, aigerim.idToken, 'Не приходит SMS-код для входа на eGov');
    const second = await register(aigerim, aigerim.idToken, 'Не могу подписать заявление ЭЦП');
    const third = await register(dias, dias.idToken, 'Где получить справку о несудимости');
    for (const answer of [first, second, third]) {
      expect(answer.status, answer.body.message).toBe(201);
      expect(answer.body.deadline).toBeDefined();
    }
    // The register keeps who registered it, and its history names them instead of the shared role.
    const stored = await signedJson<{
      appeal: { registeredBy?: string };
      history: Array<{ type: string; actor?: string }>;
    }>(aigerim, 'GET', `/appeals/${first.body.registrationNumber}`);
    expect(stored.body.appeal.registeredBy).toBe(aigerim.username);
    expect(stored.body.history.find((event) => event.type === 'registered')?.actor).toBe(aigerim.username);
    // Aigerim answers her first appeal at once: well within its deadline.
    const answered = await signedJson(
      aigerim,
      'POST',
      `/appeals/${first.body.registrationNumber}/transitions`,
      {
        body: { to: 'answered' },
      },
    );
    expect(answered.status).toBe(200);

    const scorecard = await callApi<{
      rows: Row[];
      trends: Record<string, { appealsChange: number | null }>;
    }>({
      hotline: '1414',
      role: 'supervisor',
      method: 'GET',
      path: `/quality/scorecard?week=${week()}`,
    });

    expect(scorecard.status).toBe(200);
    const row = (operator: string) => scorecard.body.rows.find((entry) => entry.operator === operator);
    expect(row(aigerim.username)?.appeals).toEqual({
      registered: 2,
      slaMet: 1,
      slaBreached: 0,
      slaOpen: 1,
      slaMetPercent: 100,
    });
    expect(row(dias.username)?.appeals).toEqual({
      registered: 1,
      slaMet: 0,
      slaBreached: 0,
      slaOpen: 1,
      slaMetPercent: null,
    });
    // Nothing the week before: both are new this week.
    expect(scorecard.body.trends[aigerim.username]?.appealsChange).toBeNull();
    expect(row('TEAM')?.appeals.registered).toBeGreaterThanOrEqual(3);

    const csv = await runQualityCli(['scorecard', '--hotline', '1414', '--week', week(), '--csv']);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toMatch(
      /,appeals_registered,sla_met,sla_breached,sla_open,sla_met_percent$/,
    );
    expect(csv.stdout).toContain(`${week()},${aigerim.username},0,,0,,0,0,,0,,0,0,,2,1,0,1,100\r\n`);
    expect(csv.stdout).toContain(`${week()},${dias.username},0,,0,,0,0,,0,,0,0,,1,0,0,1,\r\n`);
    const text = await runQualityCli(['scorecard', '--hotline', '1414', '--week', week()]);
    expect(text.stdout).toContain('appeals 2 (1 in time, 0 late, 1 open)');
  });

  it("refuses a registration under another operator's IdToken, and registers nothing", async () => {
    const before = await callApi<{ rows: Row[] }>({
      hotline: '1414',
      role: 'supervisor',
      method: 'GET',
      path: `/quality/scorecard?week=${week()}`,
    });

    const borrowed = await register(dias, aigerim.idToken, 'Чужой токен');
    const forged = await register(dias, `${dias.idToken.slice(0, -4)}AAAA`, 'Подделанный токен');

    expect(borrowed.status).toBe(403);
    expect(borrowed.body.message).toContain('another user than the signer');
    expect(forged.status).toBe(403);
    const after = await callApi<{ rows: Row[] }>({
      hotline: '1414',
      role: 'supervisor',
      method: 'GET',
      path: `/quality/scorecard?week=${week()}`,
    });
    // Neither operator's count moved: nothing was registered under either name.
    const counts = (card: { rows: Row[] }) =>
      [aigerim, dias].map(
        (who) => card.rows.find((row) => row.operator === who.username)?.appeals.registered,
      );
    expect(counts(after.body)).toEqual(counts(before.body));
  });

  it('an appeal registered without an IdToken (a script signing with the role) is on nobody’s scorecard', async () => {
    const script = await callApi<Registered>({
      hotline: '1414',
      role: 'operator',
      method: 'POST',
      path: '/appeals',
      body: { channel: 'phone', lang: 'ru', text: 'Зарегистрировано скриптом' },
    });
    expect(script.status).toBe(201);

    const stored = await signedJson<{ appeal: { registeredBy?: string } }>(
      dias,
      'GET',
      `/appeals/${script.body.registrationNumber}`,
    );
    expect(stored.status).toBe(200);
    expect(stored.body.appeal.registeredBy).toBeUndefined();
  });
});
