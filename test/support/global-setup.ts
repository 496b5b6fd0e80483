import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { TestProject } from 'vitest/node';
import { type Runtime, startRuntime } from '../../local/runtime';

// The runtime's SDK clients run in this process; their Node 20 notice concerns the deployed Node 24 code.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
// Every log line the functions write, informational ones too, goes to the run's log file, where a test
// looks for personal data; the console stays quiet.
process.env['POWERTOOLS_LOG_LEVEL'] ??= 'INFO';

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string;
    credentialsFile: string;
    dataDir: string;
    /** The runtime's own engine keys (the S3 server accepts no other): for tests that read buckets directly. */
    engineKeys: { accessKeyId: string; secretAccessKey: string };
  }
}

let runtime: Runtime | undefined;

/** One embedded local runtime (in memory, seeded) for all integration tests: started once, stopped at the end. */
export async function setup(project: TestProject): Promise<void> {
  const credentialsFile = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'qoldau-test-')),
    'credentials.json',
  );
  runtime = await startRuntime({
    port: 0,
    inMemory: true,
    seed: true,
    credentialsFile,
    schedules: false,
    echoFunctionLogs: false,
  });
  project.provide('apiUrl', runtime.url);
  project.provide('credentialsFile', credentialsFile);
  project.provide('dataDir', runtime.context.dataDir);
  project.provide('engineKeys', runtime.context.engineKeys);
}

export async function teardown(): Promise<void> {
  await runtime?.stop();
}
