import * as fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedRequest } from '../../../clients/signed-request';
import type { HotlineId } from '../../../contracts/hotlines';
import type { ContactSummary } from '../../../functions/contact-records/domain/summary';
import type { WeekPlan } from '../../../functions/staffing/domain/week-plan';
import type { CredentialsFile, LocalRole } from '../../../local/auth/identities';
import { callApi } from '../../../scripts/lib/api-client';
import { runStaffingCli } from '../../../scripts/staffing-cli';
import { localCalls } from '../../support/connect/local-calls';
import { useTestRuntime } from '../../support/runtime';

/**
 * The staffing planner through the API, with nothing pushed by hand: calls placed through the simulator
 * stream their contact records through Kinesis, the summarizer files them by Almaty day, a supervisor reads
 * them with `GET /contact-records`, and `npm run staffing -- --hotline 1414 --from --to --json` plans from them.
 */

const DAY_MS = 86_400_000;
const almatyDay = (ms: number) => new Date(ms + 5 * 3_600_000).toISOString().slice(0, 10);

let apiUrl: string;
let identities: CredentialsFile['identities'];
let calls: Awaited<ReturnType<typeof localCalls>>;
const from = almatyDay(Date.now() - DAY_MS);
const to = almatyDay(Date.now() + DAY_MS);

beforeAll(async () => {
  const runtime = useTestRuntime();
  apiUrl = runtime.apiUrl;
  identities = (JSON.parse(fs.readFileSync(runtime.credentialsFile, 'utf8')) as CredentialsFile).identities;
  calls = await localCalls(apiUrl);
});

interface Page {
  hotline: string;
  from: string;
  to: string;
  records: ContactSummary[];
  nextToken: string | null;
  message?: string;
}

const asSupervisor = (path: string) =>
  callApi<Page>({ hotline: '1414', role: 'supervisor', method: 'GET', path });

/** Every summary of the range, following the pages. */
async function allRecords(limit?: number): Promise<ContactSummary[]> {
  const records: ContactSummary[] = [];
  let token: string | null = null;
  do {
    const query = new URLSearchParams({ from, to, ...(limit ? { limit: String(limit) } : {}) });
    if (token) query.set('nextToken', token);
    const response = await asSupervisor(`/contact-records?${query.toString()}`);
    expect(response.status).toBe(200);
    records.push(...response.body.records);
    token = response.body.nextToken;
  } while (token);
  return records;
}

/** The summaries of these contacts, once the stream has delivered all of them. */
async function summariesOf(contactIds: readonly string[]): Promise<Map<string, ContactSummary>> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = new Map((await allRecords()).map((record) => [record.contactId, record]));
    if (contactIds.every((id) => found.has(id)) || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function signedAs(apiHotline: HotlineId, identityHotline: HotlineId, role: LocalRole, path: string) {
  const identity = identities.find((each) => each.hotline === identityHotline && each.role === role)!;
  return signedRequest({
    baseUrl: `${apiUrl}/${apiHotline}`,
    region: 'eu-central-1',
    credentials: { accessKeyId: identity.accessKeyId, secretAccessKey: identity.secretAccessKey },
    method: 'GET',
    path,
  });
}

describe('contact records through the API', () => {
  let answered: { contactId: string };
  let abandoned: { contactId: string; record: unknown };
  let summaries: Map<string, ContactSummary>;

  beforeAll(async () => {
    const first = await calls.call('1414', ['2', '1', '5'], {
      agentHangup: true,
      agent: { username: 'staffing.one' },
    });
    const second = await calls.call('1414', ['2', '1'], {});
    const third = await calls.call('1414', ['1', '1', '4'], {
      agentHangup: true,
      agent: { username: 'staffing.two' },
    });
    answered = { contactId: first.contactId };
    abandoned = { contactId: second.contactId, record: second.contactRecords[0] };
    summaries = await summariesOf([first.contactId, second.contactId, third.contactId]);
  }, 60_000);

  it('returns the simulated calls to a supervisor, the answered one with its operator and handle time', () => {
    const summary = summaries.get(answered.contactId);

    expect(summary).toMatchObject({
      channel: 'VOICE',
      initiationMethod: 'INBOUND',
      abandoned: false,
      agent: 'staffing.one',
    });
    expect(summary?.answeredAt).not.toBeNull();
    expect(summary?.handleSeconds).toEqual(expect.any(Number));
    expect(summary?.queue).toEqual(expect.any(String));
  });

  it('marks the call nobody answered as abandoned once Connect reports the caller hung up', async () => {
    // The simulation ends with the caller still waiting: its record has no disconnect yet.
    expect(summaries.get(abandoned.contactId)).toMatchObject({
      abandoned: false,
      answeredAt: null,
      agent: null,
    });
    const record = abandoned.record as { Queue: { EnqueueTimestamp: string } };
    const hungUp = new Date(Date.parse(record.Queue.EnqueueTimestamp) + 75_000).toISOString();
    // Connect sends the contact's record again when it ends, with a later LastUpdateTimestamp.
    const put = await fetch(`${apiUrl}/_local/kinesis/1414/contact-records`, {
      method: 'POST',
      body: JSON.stringify({
        ...record,
        DisconnectTimestamp: hungUp,
        DisconnectReason: 'CUSTOMER_DISCONNECT',
        LastUpdateTimestamp: new Date(Date.parse(hungUp) + 1000).toISOString(),
      }),
    });
    expect(put.status).toBe(200);

    const after = (await allRecords()).find((each) => each.contactId === abandoned.contactId);

    expect(after).toMatchObject({
      abandoned: true,
      answeredAt: null,
      queueSeconds: 75,
      disconnectedAt: hungUp,
    });
  });

  it('never returns a caller’s phone number', async () => {
    const response = await asSupervisor(`/contact-records?from=${from}&to=${to}`);

    // A Kazakh number standing on its own (another test's contact id such as `dup-1796306775775` is not one).
    expect(JSON.stringify(response.body)).not.toMatch(/(?<!\d)\+?7\d{10}(?!\d)/);
  });

  it('pages with nextToken and loses or repeats no contact', async () => {
    const whole = await allRecords();
    const paged = await allRecords(1);

    const ids = paged.map((record) => record.contactId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(whole.map((record) => record.contactId)));
  });

  it('gives npm run staffing a per-hour plan from them, with no --records file', async () => {
    const result = await runStaffingCli(['--hotline', '1414', '--from', from, '--to', to, '--json']);

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout) as WeekPlan & { hotline: string };
    expect(plan.hotline).toBe('1414');
    expect(plan.hours).toHaveLength(168);
    const queued = summaries.get(answered.contactId)!.enqueuedAt!;
    const local = new Date(Date.parse(queued) + 5 * 3_600_000);
    const hour = plan.hours.find(
      (each) =>
        each.day === ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][local.getUTCDay()] &&
        each.hour === local.getUTCHours(),
    );
    // The three calls fell in this hour of one of the range's weeks (other tests may add more).
    expect(hour?.callsOffered).toBeGreaterThanOrEqual(3);
    expect(hour?.agents).toBeGreaterThanOrEqual(1);
    expect(plan.operatorHours).toBeGreaterThanOrEqual(1);
  });

  it('serves the desktop the same plan per hour from GET /staffing/plan', async () => {
    const response = await callApi<WeekPlan & { contacts: number }>({
      hotline: '1414',
      role: 'supervisor',
      method: 'GET',
      path: `/staffing/plan?from=${from}&to=${to}`,
    });

    expect(response.status).toBe(200);
    expect(response.body.model).toBe('erlang-c');
    expect(response.body.targetWaitSeconds).toBe(40);
    expect(response.body.contacts).toBeGreaterThanOrEqual(3);
    expect(response.body.hours.some((hour) => hour.agents >= 1)).toBe(true);
  });
});

describe('bad requests for contact records', () => {
  it.each([
    ['an impossible day', '?from=2026-02-30&to=2026-03-01', 'from must be a real day'],
    ['a missing to', '?from=2026-11-23', 'to is required'],
    ['a reversed range', '?from=2026-11-24&to=2026-11-23', 'from 2026-11-24 is after to 2026-11-23'],
    ['a range over 92 days', '?from=2026-01-01&to=2026-06-30', 'ask for at most 92'],
    [
      'a page size over 1000',
      `?from=${from}&to=${to}&limit=5000`,
      'limit must be a whole number from 1 to 1000',
    ],
    ['a forged page token', `?from=${from}&to=${to}&nextToken=abc`, 'nextToken is not one this route gave'],
  ])('answers %s with 400 and says why', async (_name, query, message) => {
    const response = await asSupervisor(`/contact-records${query}`);

    expect(response.status).toBe(400);
    expect(response.body.message).toContain(message);
  });

  it.each([
    ['a reversed range', '?from=2026-11-24&to=2026-11-23', 'is after to'],
    [
      'a negative target wait',
      `?from=${from}&to=${to}&targetWait=-5`,
      'the target wait must be 0 seconds or more',
    ],
    ['shrinkage of 1', `?from=${from}&to=${to}&shrinkage=1`, 'shrinkage is a share from 0 up to'],
    ['an unknown model', `?from=${from}&to=${to}&model=erlang-b`, 'model must be erlang-c or erlang-a'],
  ])('answers the staffing plan with 400 for %s', async (_name, query, message) => {
    const response = await asSupervisor(`/staffing/plan${query}`);

    expect(response.status).toBe(400);
    expect(response.body.message).toContain(message);
  });

  it('makes npm run staffing exit 2 for a reversed range before asking the API', async () => {
    const result = await runStaffingCli(['--hotline', '1414', '--from', '2026-11-24', '--to', '2026-11-23']);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--from 2026-11-24 is after --to 2026-11-23');
  });
});

describe('who may read contact records', () => {
  it.each(['/contact-records', '/staffing/plan'])('refuses %s to an operator (403)', async (route) => {
    const response = await signedAs('1414', '1414', 'operator', `${route}?from=${from}&to=${to}`);

    expect(response.status).toBe(403);
  });

  it.each(['/contact-records', '/staffing/plan'])(
    'refuses %s of 1414 to the supervisor of 111 (403)',
    async (route) => {
      const response = await signedAs('1414', '111', 'supervisor', `${route}?from=${from}&to=${to}`);

      expect(response.status).toBe(403);
    },
  );
});
