import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Runtime, startRuntime } from '../../../local/runtime';
import { callApi } from '../../../scripts/lib/api-client';

// A runtime of its own, on a data folder of its own: the shared test runtime keeps nothing on disk.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoldau-appeals-restart-'));
const credentialsFile = path.join(dataDir, 'credentials.json');
let runtime: Runtime | undefined;

async function start(): Promise<Runtime> {
  runtime = await startRuntime({ port: 0, dataDir, seed: false, credentialsFile });
  process.env['QOLDAU_API_URL'] = runtime.url;
  process.env['QOLDAU_CREDENTIALS_FILE'] = credentialsFile;
  return runtime;
}

afterAll(async () => {
  await runtime?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the local register across a restart', () => {
  it('still has an appeal, its history and its acknowledgement after the runtime is stopped and started again', async () => {
    await start();
    const registered = await callApi<{ registrationNumber: string; deadline: string }>({
      hotline: '1414',
      role: 'webPortal',
      method: 'POST',
      path: '/appeals',
      body: { lang: 'en', text: 'Please keep this after a restart.', email: 'restart@example.kz' },
    });
    expect(registered.status).toBe(201);
    await runtime!.stop();
    runtime = undefined;

    await start();
    const read = await callApi<{ appeal: Record<string, unknown>; history: Array<{ type: string }> }>({
      hotline: '1414',
      role: 'operator',
      method: 'GET',
      path: `/appeals/${registered.body.registrationNumber}`,
    });
    const outbox = (await (await fetch(`${runtime!.url}/_local/outbox?to=restart@example.kz`)).json()) as {
      messages: unknown[];
    };

    expect(read.status).toBe(200);
    expect(read.body.appeal).toMatchObject({
      text: 'Please keep this after a restart.',
      deadline: registered.body.deadline,
      status: 'registered',
    });
    expect(read.body.history.map((event) => event.type)).toEqual(
      expect.arrayContaining(['registered', 'acknowledged']),
    );
    expect(outbox.messages).toHaveLength(1);
  }, 180_000);
});
