import { type ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EngineKeys } from '../../local/engines/engine-keys';
import { type S3Engine, startS3 } from '../../local/engines/s3';

/**
 * The local S3 server in a process of its own. In AWS, S3 serves a GET on machines of its own; run inside
 * the measured process, the server's reading, signing checks and streaming of a 170 MB snapshot would be
 * counted as the function's own work on the same thread. The keys go through the environment, never argv.
 */
export async function startS3Process(
  directory: string,
  buckets: readonly string[],
  keys: EngineKeys,
): Promise<S3Engine> {
  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, directory, ...buckets], {
    env: { ...process.env, QOLDAU_BENCH_S3_KEYS: JSON.stringify(keys) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const endpoint = await firstLine(child);
  return {
    endpoint,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      text += chunk;
      const end = text.indexOf('\n');
      if (end >= 0) resolve(text.slice(0, end).trim());
    });
    child.once('exit', (code) => reject(new Error(`The S3 server process ended (exit code ${code})`)));
    child.once('error', reject);
  });
}

async function main(): Promise<void> {
  const [directory, ...buckets] = process.argv.slice(2);
  const keys = JSON.parse(process.env.QOLDAU_BENCH_S3_KEYS ?? '') as EngineKeys;
  const engine = await startS3(path.resolve(directory!), buckets, keys);
  process.once('SIGTERM', () => void engine.stop().then(() => process.exit(0)));
  process.stdout.write(`${engine.endpoint}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
