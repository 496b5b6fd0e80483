import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { startRuntime } from '../local/runtime';
import { percentile, round } from './lib/stats';

/**
 * `npm run bench:email`: a burst of e-mail through the local SES receiving path (raw message to the inbound
 * bucket, intake function, DynamoDB transaction, acknowledgement, SLA timer), on a throw-away runtime.
 * Prints one JSON object: messages, concurrency, wall time, throughput and latency percentiles. Locally each
 * function runs in one worker thread, so this measures the register's work per message, not Lambda's scaling.
 */
export async function runEmailBenchmark({
  messages = Number(process.env['BENCH_EMAIL_MESSAGES'] ?? 500),
  concurrency = Number(process.env['BENCH_EMAIL_CONCURRENCY'] ?? 20),
} = {}) {
  const runtime = await startRuntime({
    port: 0,
    inMemory: true,
    seed: false,
    credentialsFile: `/tmp/qoldau-bench-${randomUUID()}.json`,
  });
  try {
    // The same sample message the documented `npm run ingest-email` example sends.
    const template = readFileSync(
      new URL('../functions/appeals/fixtures/ru-plain-utf8.eml', import.meta.url),
    ).toString('latin1');
    const run = randomUUID();
    const latencies: number[] = [];
    const outcomes: Record<string, number> = {};
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < messages) {
          const index = next++;
          const raw = Buffer.from(
            template.replace(/^Message-ID: .*$/imu, `Message-ID: <bench-${run}-${index}@mail.ru>`),
            'latin1',
          );
          const sent = performance.now();
          const response = await fetch(`${runtime.url}/_local/ses/receive`, { method: 'POST', body: raw });
          const body = (await response.json()) as { outcome?: string };
          latencies.push(performance.now() - sent);
          const outcome = body.outcome ?? `http-${response.status}`;
          outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    return {
      messages,
      concurrency,
      wallSeconds: round(seconds),
      messagesPerSecond: round(messages / seconds),
      latencyMs: {
        p50: round(percentile(latencies, 0.5)),
        p95: round(percentile(latencies, 0.95)),
        p99: round(percentile(latencies, 0.99)),
      },
      outcomes,
    };
  } finally {
    await runtime.stop();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify({ email: await runEmailBenchmark() }));
}
