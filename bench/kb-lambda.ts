import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { S3Client } from '@aws-sdk/client-s3';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENV } from '../contracts/env-names';
import { articleHeadItem } from '../functions/knowledge-base/adapters/kb-items';
import { buildIndex } from '../functions/knowledge-base/domain/search-index';
import { readSnapshotHeader, writeSnapshot } from '../functions/knowledge-base/domain/snapshot';
import type { KbArticle } from '../functions/knowledge-base/domain/types';
import { SEED_ARTICLES } from '../functions/knowledge-base/seed/articles';
import { KB_QUERIES } from '../functions/knowledge-base/seed/queries';
import { ensureTable, startDynamo, type TableDefinition } from '../local/engines/dynamodb';
import { PhysicalNames } from '../local/intrinsics';
import { resourcesOfType, synthesizeStacks } from '../local/template-model';
import { generateCorpus } from './lib/corpus';
import { startS3Process } from './lib/s3-process';
import { percentile, round } from './lib/stats';

/**
 * Knowledge-base search through the real read handler (middy, validation, warm index, freshness check,
 * JSON answer) against DynamoDB Local and the local S3 server (in a process of its own), while an editor publishes an edit every
 * `editEveryMs` (recorded in the change log as the indexer does), so the warm index applies changes during
 * the measurement. Prints the first (cold) search and warm latency percentiles.
 *
 * `source: 'snapshot'` (the default, as deployed): the bucket holds the index snapshot of `articles`
 * articles (written from the index the indexer would hold) and the change log holds a few edits made after
 * its watermark; the table holds only the catalog counter, those changes and the edited heads, since a
 * snapshot-loading cold function reads nothing else. The cold figure is the first invocation of the
 * imported handler: the snapshot's GET from the local S3 server, loading it, reading the counter, applying
 * the changes since the watermark, and the search. Module loading is not in it (here it includes
 * TypeScript compilation by tsx; `coldStart.*` measures bundled init): the SDK's code is loaded beforehand
 * by clients of the bench's own, and the handler's clients start without open connections.
 * `source: 'table'`: the table holds every article and the cold function builds its index from it, as
 * before snapshots.
 */

export interface KbLambdaBenchmarkOptions {
  readonly articles?: number;
  readonly rounds?: number;
  readonly editEveryMs?: number;
  readonly source?: 'snapshot' | 'table';
  /** A snapshot of the generated corpus of `articles` already made (e.g. by `bench/kb.ts`), else made here. */
  readonly snapshot?: Uint8Array;
}

const HOTLINE = '1414';
/** Edits published after the snapshot's watermark, which the cold function applies before answering. */
const EDITS_AFTER_SNAPSHOT = 3;
async function loadTable(documents: DynamoDBDocumentClient, table: string, articles: readonly KbArticle[]) {
  const at = new Date().toISOString();
  const items = articles.map((article) =>
    articleHeadItem({
      id: article.id,
      latestVersion: 1,
      publishedVersion: 1,
      published: { ...article, hotlines: [HOTLINE] },
      updatedAt: at,
      updatedBy: 'bench',
    }),
  );
  const batches: Array<Record<string, unknown>[]> = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let batch = batches.shift(); batch; batch = batches.shift()) {
        let pending = batch.map((Item) => ({ PutRequest: { Item } }));
        while (pending.length > 0) {
          const answer = await documents.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
          pending = (answer.UnprocessedItems?.[table] ?? []) as typeof pending;
        }
      }
    }),
  );
}

function searchEvent(query: string) {
  return {
    version: '2.0',
    routeKey: 'GET /kb/search',
    rawPath: '/kb/search',
    rawQueryString: '',
    headers: {},
    queryStringParameters: { q: query, limit: '10' },
    requestContext: {
      requestId: 'bench',
      routeKey: 'GET /kb/search',
      http: { method: 'GET', path: '/kb/search' },
    },
    isBase64Encoded: false,
  };
}

export async function runKbLambdaBenchmark(options: KbLambdaBenchmarkOptions = {}) {
  const count = options.articles ?? 10_000;
  const source = options.source ?? 'snapshot';
  const [model] = (await synthesizeStacks()).filter((stack) => stack.hotline === HOTLINE);
  const names = new PhysicalNames(model!);
  const tableEntry = resourcesOfType(model!.template, 'AWS::DynamoDB::Table').find(([id]) =>
    id.startsWith('KnowledgeBaseTable'),
  )!;
  const bucketEntry = resourcesOfType(model!.template, 'AWS::S3::Bucket').find(([id]) =>
    id.startsWith('KnowledgeBaseSnapshotsBucket'),
  )!;
  const table = names.ref(tableEntry[0]);
  const bucket = names.ref(bucketEntry[0]);
  const keys = {
    accessKeyId: `QBENCH${randomBytes(6).toString('hex')}`,
    secretAccessKey: randomBytes(24).toString('hex'),
  };
  const s3Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoldau-kb-bench-'));
  const dynamo = await startDynamo(undefined, names.region);
  // In a process of its own, as S3 is not on the function's machine (see startS3Process).
  const s3 = await startS3Process(s3Dir, [bucket], keys);
  try {
    const definition = names.resolve(tableEntry[1].Properties) as Omit<TableDefinition, 'TableName'>;
    await ensureTable(dynamo.client, { ...definition, TableName: table });
    const documents = DynamoDBDocumentClient.from(dynamo.client, {
      marshallOptions: { removeUndefinedValues: true },
    });
    Object.assign(process.env, {
      [ENV.knowledgeTable]: table,
      [ENV.kbSnapshotBucket]: bucket,
      [ENV.hotline]: HOTLINE,
      [ENV.languages]: 'kk,ru,en',
      AWS_REGION: names.region,
      AWS_ACCESS_KEY_ID: keys.accessKeyId,
      AWS_SECRET_ACCESS_KEY: keys.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
      POWERTOOLS_LOG_LEVEL: 'ERROR',
    });
    const { CatalogStore } = await import('../functions/knowledge-base/adapters/catalog-store');
    const { SnapshotStore } = await import('../functions/knowledge-base/adapters/snapshot-store');
    const catalog = new CatalogStore(table, documents);
    const snapshots = new SnapshotStore(bucket, new S3Client({ forcePathStyle: true }));
    const corpus = generateCorpus(SEED_ARTICLES, count);
    const published = (article: KbArticle, edit: number) => ({
      ...article,
      body: `${article.body} Правка ${edit}.`,
    });
    const loadStarted = performance.now();
    let snapshotBytes = 0;
    let snapshotGetMs = 0;
    if (source === 'table') await loadTable(documents, table, corpus);
    else {
      const bytes =
        options.snapshot ??
        writeSnapshot(
          buildIndex({ articles: corpus.map((a) => ({ ...a, hotlines: [HOTLINE] })) }),
          0,
          new Date(),
        );
      snapshotBytes = bytes.length;
      await snapshots.put(bytes, readSnapshotHeader(bytes).watermark);
      for (let edit = 0; edit < EDITS_AFTER_SNAPSHOT; edit++) {
        const article = corpus[edit]!;
        await loadTable(documents, table, [published(article, edit)]);
        await catalog.appendChange({ articles: [article.id], referrals: [] }, new Date());
      }
    }
    const loadMs = performance.now() - loadStarted;

    // Load the SDK's code paths (as a Lambda's init does) with clients of the bench's own: the handler's
    // clients start without connections, and the file is read once, as S3 would have it cached.
    const getStarted = performance.now();
    await snapshots.get();
    snapshotGetMs = performance.now() - getStarted;
    await catalog.version();
    const { handler } = await import('../functions/knowledge-base/read-handler');
    const { logger } = await import('../functions/shared/logger');
    let ready: unknown;
    const info = logger.info.bind(logger);
    logger.info = ((message: string, ...rest: unknown[]) => {
      if (message === 'Search index ready') ready = rest[0];
      return (info as (...args: unknown[]) => void)(message, ...rest);
    }) as typeof logger.info;
    const invoke = (query: string) => handler(searchEvent(query) as never, {} as never);

    const coldStarted = performance.now();
    await invoke('ЭЦП');
    const coldMs = performance.now() - coldStarted;

    // An editor at work: one published edit every `editEveryMs`, recorded as the indexer records it.
    let edits = EDITS_AFTER_SNAPSHOT;
    let editing = true;
    const editor = (async () => {
      while (editing) {
        await new Promise((resolve) => setTimeout(resolve, options.editEveryMs ?? 250));
        const article = corpus[edits % corpus.length]!;
        await loadTable(documents, table, [published(article, edits)]);
        await catalog.appendChange({ articles: [article.id], referrals: [] }, new Date());
        edits++;
      }
    })();

    const queries = KB_QUERIES.filter((query) => query.hotline === HOTLINE).map((query) => query.query);
    const samples: number[] = [];
    let results = 0;
    const rounds = options.rounds ?? 30;
    for (let round = 0; round < rounds; round++) {
      for (const query of queries) {
        const before = performance.now();
        const response = await invoke(query);
        samples.push(performance.now() - before);
        const { statusCode, body } = response as { statusCode: number; body: string };
        if (statusCode !== 200) throw new Error(`search failed: ${query}`);
        results += (JSON.parse(body) as { results: unknown[] }).results.length;
      }
      // Let the editor's writes and the 2-second freshness checks fall inside the measurement.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    editing = false;
    await editor;
    return {
      articles: corpus.length,
      source,
      loadMs: round(loadMs, 0),
      coldSearchMs: round(coldMs, 1),
      snapshotBytes,
      /** One GET of the snapshot from the local S3 server by a client of the bench's own (before the cold run). */
      snapshotGetMs: round(snapshotGetMs, 1),
      /** What the cold function's log line said: where the index came from and the changes applied. */
      coldIndex: ready,
      warm: {
        p50Ms: round(percentile(samples, 0.5), 3),
        p99Ms: round(percentile(samples, 0.99), 3),
        maxMs: round(Math.max(...samples), 3),
        samples: samples.length,
      },
      meanResults: round(results / samples.length, 1),
      editsDuringMeasurement: edits - EDITS_AFTER_SNAPSHOT,
    };
  } finally {
    await s3.stop();
    await dynamo.stop();
    fs.rmSync(s3Dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const articles = Number(process.argv[2] ?? 10_000);
  const source = process.argv[3] === 'table' ? 'table' : 'snapshot';
  // Optional: a snapshot file made by `bench/kb.ts` of the same corpus, and the rounds of warm queries.
  const snapshot = process.argv[4] ? new Uint8Array(fs.readFileSync(process.argv[4])) : undefined;
  const rounds = process.argv[5] ? Number(process.argv[5]) : undefined;
  console.log(
    JSON.stringify(
      await runKbLambdaBenchmark({
        articles,
        source,
        ...(snapshot ? { snapshot } : {}),
        ...(rounds ? { rounds } : {}),
      }),
    ),
  );
  // The handler's SDK clients keep connections open; the measurement is done.
  process.exit(0);
}
