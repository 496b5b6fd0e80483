import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LocalContext } from '../context';

/**
 * The failure destinations (SQS queues) of the templates, locally: what Lambda gave up on (an asynchronous
 * invocation after its retries, a stream batch after `MaximumRetryAttempts`) is appended to
 * `<data folder>/queues/<queue name>.jsonl` and listed at `GET /_local/queues/<queue name>`, as ops would
 * read the queue in AWS before redriving it.
 */

/** Messages parked in a local queue (oldest first). */
export function parkedEvents(context: LocalContext, queue: string): unknown[] {
  const file = queueFile(context, queue);
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as unknown);
}

export function parkEvent(context: LocalContext, queue: string, record: unknown): void {
  const file = queueFile(context, queue);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.appendFileSync(file, `${JSON.stringify(record)}\n`);
  context.log(`async invoke: an event was parked in ${queue}`);
}

function queueFile(context: LocalContext, queue: string): string {
  if (!/^[\w-]{1,80}$/u.test(queue)) throw new Error(`not a queue name: ${JSON.stringify(queue)}`);
  return path.join(context.dataDir, 'queues', `${queue}.jsonl`);
}
