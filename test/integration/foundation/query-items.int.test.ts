import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTemplateTable, type TemplateTable } from '../../../bench/lib/template-table';
import { queryItems } from '../../../functions/shared/query-items';
import { LOCAL_CREDENTIALS } from '../../../local/engines/dynamodb';

/**
 * Reports and timers that walk the register (open appeals by status, appeals registered in a week) read every
 * page of a query: a page ends at 1 MB or at `Limit`, and an item left on a later page would be a timer never
 * rescheduled or an appeal missing from a scorecard.
 */
let table: TemplateTable;
const ENV_NAMES = ['AWS_REGION', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_ENDPOINT_URL_DYNAMODB'];
const saved = Object.fromEntries(ENV_NAMES.map((name) => [name, process.env[name]]));

beforeAll(async () => {
  table = await startTemplateTable('1414', 'AppealStoreTable');
  Object.assign(process.env, {
    AWS_REGION: table.names.region,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: table.dynamo.endpoint,
  });
});
afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await table?.stop();
});

describe('a query read to its end', () => {
  it('yields every matching item across pages, in key order', async () => {
    const pk = `TEST#${randomUUID()}`;
    await table.putAll(Array.from({ length: 7 }, (_, i) => ({ pk, sk: `item#${i}`, n: i })));

    const read: unknown[] = [];
    const items = queryItems({
      TableName: table.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
      // Pages of two: four requests for seven items.
      Limit: 2,
    });
    for await (const item of items) read.push(item['n']);

    expect(read).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('yields nothing when nothing matches', async () => {
    const items = queryItems({
      TableName: table.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `TEST#${randomUUID()}` },
    });
    const read: unknown[] = [];
    for await (const item of items) read.push(item);
    expect(read).toEqual([]);
  });
});
