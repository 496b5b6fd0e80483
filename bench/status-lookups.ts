import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { type SignedRequest, signedRequest } from '../clients/signed-request';
import type { HotlineId } from '../contracts/hotlines';
import type { LocalRole } from '../local/auth/identities';
import { type Runtime, startRuntime } from '../local/runtime';
import { percentile, round } from './lib/stats';

/**
 * `npm run bench:status-lookups`: 200 citizens asking the web portal at the same moment what became of
 * their appeal (`GET /appeals/{number}/status` signed by the portal's role, each with its own visitor
 * address), against the same lookups made one after another on the same runtime as the baseline.
 * Errors are every answer other than 200 (a 429 means the portal-wide cap cut honest visitors off).
 * Locally one worker thread serves the function, so the concurrent figure is a queue, not Lambda scaling.
 */
const CONCURRENT = Number(process.env['BENCH_STATUS_CONCURRENT'] ?? 200);

function credentialsOf(runtime: Runtime, hotline: HotlineId, role: LocalRole) {
  const identity = runtime.context.credentials.identities.find(
    (candidate) => candidate.hotline === hotline && candidate.role === role,
  );
  if (!identity) throw new Error(`no local identity for ${hotline} ${role}`);
  return { accessKeyId: identity.accessKeyId, secretAccessKey: identity.secretAccessKey };
}

function request(
  runtime: Runtime,
  role: LocalRole,
  init: Omit<SignedRequest, 'baseUrl' | 'region' | 'credentials'>,
) {
  const region = runtime.context.stacks.get('1414')!.names.region;
  return signedRequest({
    ...init,
    baseUrl: `${runtime.url}/1414`,
    region,
    credentials: credentialsOf(runtime, '1414', role),
  });
}

async function registerAppeals(runtime: Runtime, count: number): Promise<string[]> {
  const numbers: string[] = [];
  for (let index = 0; index < count; index++) {
    const response = await request(runtime, 'operator', {
      method: 'POST',
      path: '/appeals',
      body: JSON.stringify({
        channel: 'phone',
        lang: 'ru',
        topic: 'egov',
        text: `Обращение для замера ${index}`,
        name: 'Бенч',
        email: `bench.${index}@mail.kz`,
      }),
    });
    if (response.status !== 201)
      throw new Error(`registering an appeal answered ${response.status}: ${response.text}`);
    numbers.push((JSON.parse(response.text) as { registrationNumber: string }).registrationNumber);
  }
  return numbers;
}

/** A distinct documentation-range address per visitor (RFC 5737 and RFC 3849 blocks). */
function visitorAddress(index: number): string {
  return index % 2 === 0
    ? `198.51.${100 + (Math.floor(index / 254) % 2)}.${(index % 254) + 1}`
    : `2001:db8:${(index + 1).toString(16)}::1`;
}

async function lookup(runtime: Runtime, number: string, visitor: string) {
  const sent = performance.now();
  const response = await request(runtime, 'webPortal', {
    method: 'GET',
    path: `/appeals/${number}/status`,
    headers: { 'x-qoldau-client-ip': visitor },
  });
  return { ms: performance.now() - sent, ok: response.status === 200, status: response.status };
}

/**
 * @param shared a runtime shared with other benchmarks (left running); by default one of its own. The
 *   lookups register their own appeals, so any runtime will do.
 */
export async function runStatusLookupBenchmark(concurrent: number = CONCURRENT, shared?: Runtime) {
  const runtime =
    shared ??
    (await startRuntime({
      port: 0,
      inMemory: true,
      seed: false,
      credentialsFile: `/tmp/qoldau-bench-${randomUUID()}.json`,
      echoFunctionLogs: false,
    }));
  try {
    const numbers = await registerAppeals(runtime, 20);
    // Warm the function (its first call loads the worker), then the baseline: one lookup at a time.
    await lookup(runtime, numbers[0]!, visitorAddress(10_000));
    const sequential: number[] = [];
    for (let index = 0; index < 50; index++)
      sequential.push(
        (await lookup(runtime, numbers[index % numbers.length]!, visitorAddress(5_000 + index))).ms,
      );

    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: concurrent }, (_, index) =>
        lookup(runtime, numbers[index % numbers.length]!, visitorAddress(index)),
      ),
    );
    const wallMs = performance.now() - started;
    const statuses: Record<string, number> = {};
    for (const answer of answers) statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
    const latencies = answers.map((answer) => answer.ms);
    return {
      concurrent,
      p50Ms: round(percentile(latencies, 0.5)),
      p99Ms: round(percentile(latencies, 0.99)),
      errors: answers.filter((answer) => !answer.ok).length,
      statuses,
      wallMs: round(wallMs),
      sequential: {
        p50Ms: round(percentile(sequential, 0.5)),
        p99Ms: round(percentile(sequential, 0.99)),
        samples: sequential.length,
      },
    };
  } finally {
    if (!shared) await runtime.stop();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify({ statusLookups: await runStatusLookupBenchmark() }));
}
