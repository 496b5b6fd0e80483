import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { TestProject } from 'vitest/node';
import { type Runtime, startRuntime } from '../../local/runtime';

// The runtime's SDK clients run in this process; their Node 20 notice concerns the deployed Node 24 code.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string;
    credentialsFile: string;
    dataDir: string;
  }
}

let runtime: Runtime | undefined;

/** One embedded local runtime (in memory, seeded) for all integration tests: started once, stopped at the end. */
export async function setup(project: TestProject): Promise<void> {
  const credentialsFile = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'qoldau-test-')),
    'credentials.json',
  );
  runtime = await startRuntime({ port: 0, inMemory: true, seed: true, credentialsFile, schedules: false });
  project.provide('apiUrl', runtime.url);
  project.provide('credentialsFile', credentialsFile);
  project.provide('dataDir', runtime.context.dataDir);
}

export async function teardown(): Promise<void> {
  await runtime?.stop();
}
