import { randomUUID } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedRequest } from '../../../clients/signed-request';
import type { LocalRole } from '../../../local/auth/identities';
import { type Runtime, startRuntime } from '../../../local/runtime';
import { article, uniqueWord } from '../../support/knowledge-base/fixtures';
import {
  advanceClock,
  historyOf,
  type SlaTestEnvironment,
  slaTestEnvironment,
} from '../../support/sla/local-sla';

// The intake, indexer and timer paths on a runtime whose DynamoDB and S3 fail some requests on purpose:
// refused (throttling, nothing written) or applied with the answer lost (the harder case). Every message
// must end registered exactly once or parked in the intake's failure queue; every timer must record each
// event once; every article must be found once. Lost and doubled are counted by reading the tables.

const MESSAGES = 16;
let runtime: Runtime;
let env: SlaTestEnvironment;

beforeAll(async () => {
  runtime = await startRuntime({
    port: 0,
    inMemory: true,
    seed: false,
    credentialsFile: `/tmp/qoldau-faults-${randomUUID()}.json`,
    echoFunctionLogs: false,
    faults: {
      seed: 20261203,
      dynamodb: { rate: 0.2, kinds: ['throttle', 'lostReply'] },
      s3: { rate: 0.2, kinds: ['throttle', 'lostReply'] },
    },
  });
  env = await slaTestEnvironment(runtime.url);
}, 180_000);

afterAll(async () => {
  await runtime?.stop();
});

function api(role: LocalRole, method: 'GET' | 'PUT', path: string, body?: object) {
  const identity = runtime.context.credentials.identities.find(
    (candidate) => candidate.hotline === '1414' && candidate.role === role,
  )!;
  return signedRequest({
    baseUrl: `${runtime.url}/1414`,
    region: runtime.context.stacks.get('1414')!.names.region,
    credentials: { accessKeyId: identity.accessKeyId, secretAccessKey: identity.secretAccessKey },
    method,
    path,
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

function letter(marker: string, index: number): string {
  return [
    `From: Citizen ${index} <citizen.${marker}.${index}@mail.kz>`,
    'To: egov@nitec.kz',
    `Subject: Справка ${index}`,
    `Message-ID: <${marker}-${index}@mail.kz>`,
    'Date: Thu, 03 Dec 2026 10:00:00 +0500',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Не могу получить справку. ${marker}-${index}`,
    '',
  ].join('\r\n');
}

/** Registered appeals of this run, by message index: each index once is right. */
async function registered(marker: string): Promise<Map<number, string[]>> {
  const found = new Map<number, string[]>();
  let start: Record<string, unknown> | undefined;
  do {
    const page = await env.documents.send(
      new ScanCommand({
        TableName: env.appealsTable,
        FilterExpression: 'sk = :appeal AND contains(#text, :marker)',
        ExpressionAttributeNames: { '#text': 'text' },
        ExpressionAttributeValues: { ':appeal': 'A', ':marker': marker },
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of page.Items ?? []) {
      const index = Number(new RegExp(`${marker}-(\\d+)`, 'u').exec(String(item['text']))?.[1]);
      found.set(index, [...(found.get(index) ?? []), String(item['number'])]);
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return found;
}

async function outboxTo(address: string): Promise<unknown[]> {
  const response = await fetch(`${runtime.url}/_local/outbox?to=${encodeURIComponent(address)}`);
  return ((await response.json()) as { messages: unknown[] }).messages;
}

describe('under injected DynamoDB and S3 faults', () => {
  const marker = `FAULT${randomUUID().replace(/-/gu, '').slice(0, 12)}`;
  const answers: Array<{ status: number; parkedIn?: string }> = [];

  it('every e-mail is registered exactly once or parked in the failure queue, never lost or doubled', async () => {
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < MESSAGES) {
          const index = next++;
          const response = await fetch(`${runtime.url}/_local/ses/receive`, {
            method: 'POST',
            body: letter(marker, index),
          });
          const body = (await response.json()) as { parkedIn?: string };
          answers[index] = { status: response.status, ...body };
        }
      }),
    );
    const faults = (await (await fetch(`${runtime.url}/_local/requests`)).json()) as {
      faults: Record<string, number>;
    };
    const found = await registered(marker);
    const parked = answers.flatMap((answer, index) => (answer.parkedIn ? [index] : []));

    // Both kinds of fault hit the intake's requests (the draws are seeded; the counts depend on the requests).
    const injected = Object.keys(faults.faults);
    expect(injected.some((fault) => fault.endsWith(':throttle'))).toBe(true);
    expect(injected.some((fault) => fault.endsWith(':lostReply'))).toBe(true);
    for (let index = 0; index < MESSAGES; index++) {
      const copies = found.get(index)?.length ?? 0;
      expect(copies, `message ${index}`).toBeLessThanOrEqual(1);
      expect(copies === 1 || parked.includes(index), `message ${index} lost`).toBe(true);
    }
    const queue = answers.find((answer) => answer.parkedIn)?.parkedIn;
    if (queue) {
      const listed = (await (await fetch(`${runtime.url}/_local/queues/${queue}`)).json()) as {
        messages: unknown[];
      };
      expect(listed.messages).toHaveLength(parked.length);
    }
    for (const index of found.keys())
      expect(
        await outboxTo(`citizen.${marker}.${index}@mail.kz`),
        `acknowledgements of ${index}`,
      ).toHaveLength(1);
  }, 240_000);

  it('every registered appeal’s timer records its start, reminders and breach once each', async () => {
    const numbers = [...(await registered(marker)).values()].flat();
    expect(numbers.length).toBeGreaterThan(MESSAGES / 2);

    const executions = await advanceClock(env, { all: true, stateMachineArn: env.appealTimer });

    expect(executions.filter((execution) => execution.status === 'FAILED')).toEqual([]);
    for (const number of numbers) {
      const types = (await historyOf(env, number))
        .map((entry) => entry.type)
        .filter((type) => type.startsWith('sla_'));
      expect(types, number).toEqual(['sla_started', 'sla_reminded', 'sla_reminded', 'sla_breached']);
    }
  }, 240_000);

  it('every article an editor saves is found by search once', async () => {
    const words = Array.from({ length: 6 }, () => uniqueWord());
    for (const [index, word] of words.entries()) {
      const { id, ...body } = article(`fault-${index}-${word}`, word);
      let saved = await api('kbEditor', 'PUT', `/kb/articles/${id}`, body);
      // A lost reply may make the caller retry: the editor's save is repeated as a person would.
      for (let attempt = 0; saved.status >= 500 && attempt < 3; attempt++)
        saved = await api('kbEditor', 'PUT', `/kb/articles/${id}`, body);
      expect(saved.status, saved.text).toBeLessThan(300);
    }
    for (const [index, word] of words.entries()) {
      let hits: Array<{ id: string }> = [];
      for (let attempt = 0; attempt < 60; attempt++) {
        const response = await api('operator', 'GET', `/kb/search?q=${word}&lang=ru`);
        if (response.status === 200) {
          hits = (JSON.parse(response.text) as { results: Array<{ id: string }> }).results;
          if (hits.length > 0) break;
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(hits.map((hit) => hit.id)).toEqual([`fault-${index}-${word}`]);
    }
  }, 240_000);
});
