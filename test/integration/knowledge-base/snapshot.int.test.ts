import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ENV } from '../../../contracts/env-names';
import { SnapshotStore } from '../../../functions/knowledge-base/adapters/snapshot-store';
import {
  type LoadedSnapshot,
  readSnapshot,
  SnapshotFormatError,
} from '../../../functions/knowledge-base/domain/snapshot';
import { callApi } from '../../../scripts/lib/api-client';
import { article, uniqueId, uniqueWord } from '../../support/knowledge-base/fixtures';
import { engineKeys, localResources, useTestRuntime } from '../../support/runtime';

/**
 * The indexer writes the search index snapshot to the (local) S3 bucket after an edit, and a search
 * function started cold loads that snapshot instead of building its index from the table: seen in its
 * "Search index ready" log line (`source: snapshot`), not in timings.
 */

const SDK_ENV = [
  'AWS_ENDPOINT_URL_DYNAMODB',
  'AWS_ENDPOINT_URL_S3',
  'AWS_REGION',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_REQUEST_CHECKSUM_CALCULATION',
  ENV.knowledgeTable,
  ENV.kbSnapshotBucket,
  ENV.hotline,
  ENV.languages,
] as const;
const saved: Record<string, string | undefined> = {};
let table: string;
let bucket: string;
/** The engines' endpoints and key pair, set once the API calls (signed as staff) are done. */
let engineEnv: Record<string, string>;

function resourceNamed(names: Record<string, string>, prefix: string): string {
  const entry = Object.entries(names).find(([logicalId]) => logicalId.startsWith(prefix));
  if (!entry) throw new Error(`No local resource ${prefix}*`);
  return entry[1];
}

beforeAll(async () => {
  const { apiUrl } = useTestRuntime();
  const resources = await localResources(apiUrl);
  const hotline = resources.hotlines['1414']!;
  table = resourceNamed(hotline.tables, 'KnowledgeBaseTable');
  bucket = resourceNamed(hotline.buckets, 'KnowledgeBaseSnapshotsBucket');
  for (const name of SDK_ENV) saved[name] = process.env[name];
  engineEnv = {
    AWS_ENDPOINT_URL_DYNAMODB: resources.dynamoEndpoint,
    AWS_ENDPOINT_URL_S3: resources.s3Endpoint,
    AWS_REGION: resources.region,
    AWS_ACCESS_KEY_ID: engineKeys().accessKeyId,
    AWS_SECRET_ACCESS_KEY: engineKeys().secretAccessKey,
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
  };
});

afterAll(() => {
  for (const name of SDK_ENV) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

/**
 * The local S3 server writes an object in place (S3 itself replaces it atomically), so a read that meets the
 * indexer's next write sees part of a snapshot: that is "not yet", as for the cold function below.
 */
async function readIfWhole(store: SnapshotStore): Promise<LoadedSnapshot | undefined> {
  const bytes = await store.get();
  try {
    return bytes === undefined ? undefined : readSnapshot(bytes);
  } catch (error) {
    if (error instanceof SnapshotFormatError) return undefined;
    throw error;
  }
}

/** Reads the snapshot until it finds `word` (the indexer writes it within seconds of the edit). */
async function snapshotFinding(word: string, timeoutMs = 30_000): Promise<LoadedSnapshot> {
  const store = new SnapshotStore(bucket);
  const until = Date.now() + timeoutMs;
  for (;;) {
    const loaded = await readIfWhole(store);
    if (loaded && loaded.index.search(word).length > 0) return loaded;
    if (Date.now() > until) throw new Error(`No snapshot in ${bucket} finds ${word}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

function searchEvent(query: string) {
  return {
    version: '2.0',
    routeKey: 'GET /kb/search',
    rawPath: '/kb/search',
    rawQueryString: '',
    headers: {},
    queryStringParameters: { q: query },
    requestContext: { requestId: 'snapshot-test', routeKey: 'GET /kb/search', http: { method: 'GET' } },
    isBase64Encoded: false,
  };
}

describe('the knowledge-base search index snapshot', () => {
  it('is written by the indexer after an edit, and a cold search function loads it instead of the table', async () => {
    const id = uniqueId('snapshot');
    const word = uniqueWord();
    const saved = await callApi({
      hotline: '1414',
      role: 'kbEditor',
      method: 'PUT',
      path: `/kb/articles/${id}`,
      body: article(id, word),
    });
    expect(saved.status).toBe(201);
    Object.assign(process.env, engineEnv);

    const snapshot = await snapshotFinding(word);
    expect(snapshot.index.search(word).map((result) => result.id)).toEqual([id]);

    Object.assign(process.env, {
      [ENV.knowledgeTable]: table,
      [ENV.kbSnapshotBucket]: bucket,
      [ENV.hotline]: '1414',
      [ENV.languages]: 'kk,ru,en',
    });
    // A cold function each time (fresh modules); another one only if this one met a half-written snapshot.
    let ready: Record<string, unknown> | undefined;
    let response: { statusCode: number; body: string } | undefined;
    for (let attempt = 0; attempt < 3 && ready?.['source'] !== 'snapshot'; attempt++) {
      vi.resetModules();
      const { logger } = await import('../../../functions/shared/logger');
      const info = vi.spyOn(logger, 'info');
      const { handler } = await import('../../../functions/knowledge-base/read-handler');
      response = (await handler(searchEvent(word) as never, {} as never)) as typeof response;
      ready = info.mock.calls.find(([message]) => message === 'Search index ready')?.[1] as typeof ready;
    }

    expect(response?.statusCode).toBe(200);
    expect(
      (JSON.parse(response!.body) as { results: Array<{ id: string }> }).results.map((r) => r.id),
    ).toEqual([id]);
    expect(ready).toEqual(
      expect.objectContaining({
        source: 'snapshot',
        watermark: expect.toSatisfy((watermark: number) => watermark >= snapshot.header.watermark),
        documents: expect.toSatisfy((documents: number) => documents > 100),
      }),
    );
  });

  it('is read back byte for byte from many ranges fetched at once, and is absent before the first write', async () => {
    Object.assign(process.env, engineEnv);
    const key = `test/${uniqueId('ranges')}.bin`;
    // Ranges of 1,000 bytes, three at a time: 25 ranges, the last one short.
    const store = new SnapshotStore(bucket, undefined, key, 1_000, 3);
    expect(await store.get()).toBeUndefined();

    const written = new Uint8Array(randomBytes(24_500));
    await store.put(written, 7);
    const read = await store.get();
    expect(read?.length).toBe(written.length);
    expect(Buffer.from(read!).equals(Buffer.from(written))).toBe(true);

    // A snapshot smaller than one range comes back whole too.
    const small = new Uint8Array(randomBytes(300));
    await store.put(small, 8);
    expect(Buffer.from((await store.get())!).equals(Buffer.from(small))).toBe(true);
  });
});
