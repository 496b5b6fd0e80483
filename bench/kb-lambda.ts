import { pathToFileURL } from 'node:url';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENV } from '../contracts/env-names';
import { articleHeadItem } from '../functions/knowledge-base/adapters/kb-items';
import type { KbArticle } from '../functions/knowledge-base/domain/types';
import { SEED_ARTICLES } from '../functions/knowledge-base/seed/articles';
import { KB_QUERIES } from '../functions/knowledge-base/seed/queries';
import { ensureTable, LOCAL_CREDENTIALS, startDynamo, type TableDefinition } from '../local/engines/dynamodb';
import { PhysicalNames } from '../local/intrinsics';
import { resourcesOfType, synthesizeStacks } from '../local/template-model';
import { generateCorpus } from './lib/corpus';
import { percentile, round } from './lib/stats';

/**
 * Knowledge-base search through the real read handler (middy, validation, warm index, freshness check,
 * JSON answer) against DynamoDB Local holding `articles` published articles, while an editor publishes an
 * edit every `editEveryMs` (recorded in the change log as the indexer does), so the warm index applies
 * changes during the measurement. Prints the first (cold) search and warm latency percentiles.
 */

export interface KbLambdaBenchmarkOptions {
  readonly articles?: number;
  readonly rounds?: number;
  readonly editEveryMs?: number;
}

const HOTLINE = '1414';

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
  const [model] = (await synthesizeStacks()).filter((stack) => stack.hotline === HOTLINE);
  const names = new PhysicalNames(model!);
  const tableEntry = resourcesOfType(model!.template, 'AWS::DynamoDB::Table').find(([id]) =>
    id.startsWith('KnowledgeBaseTable'),
  )!;
  const table = names.ref(tableEntry[0]);
  const dynamo = await startDynamo(undefined, names.region);
  try {
    const definition = names.resolve(tableEntry[1].Properties) as Omit<TableDefinition, 'TableName'>;
    await ensureTable(dynamo.client, { ...definition, TableName: table });
    const documents = DynamoDBDocumentClient.from(dynamo.client, {
      marshallOptions: { removeUndefinedValues: true },
    });
    const corpus = generateCorpus(SEED_ARTICLES, count);
    const loadStarted = performance.now();
    await loadTable(documents, table, corpus);
    const loadMs = performance.now() - loadStarted;

    Object.assign(process.env, {
      [ENV.knowledgeTable]: table,
      [ENV.hotline]: HOTLINE,
      AWS_REGION: names.region,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      POWERTOOLS_LOG_LEVEL: 'ERROR',
    });
    const { handler } = await import('../functions/knowledge-base/read-handler');
    const { CatalogStore } = await import('../functions/knowledge-base/adapters/catalog-store');
    const invoke = (query: string) => handler(searchEvent(query) as never, {} as never);

    const coldStarted = performance.now();
    await invoke('ЭЦП');
    const coldMs = performance.now() - coldStarted;

    // An editor at work: one published edit every `editEveryMs`, recorded as the indexer records it.
    const catalog = new CatalogStore(table);
    let edits = 0;
    let editing = true;
    const editor = (async () => {
      while (editing) {
        await new Promise((resolve) => setTimeout(resolve, options.editEveryMs ?? 250));
        const article = corpus[edits % corpus.length]!;
        await loadTable(documents, table, [{ ...article, body: `${article.body} Правка ${edits}.` }]);
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
      loadMs: round(loadMs, 0),
      coldSearchMs: round(coldMs, 1),
      warm: {
        p50Ms: round(percentile(samples, 0.5), 3),
        p99Ms: round(percentile(samples, 0.99), 3),
        maxMs: round(Math.max(...samples), 3),
        samples: samples.length,
      },
      meanResults: round(results / samples.length, 1),
      editsDuringMeasurement: edits,
    };
  } finally {
    await dynamo.stop();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const articles = Number(process.argv[2] ?? 10_000);
  console.log(JSON.stringify(await runKbLambdaBenchmark({ articles })));
}
