import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTemplateTable, type TemplateTable } from '../../../bench/lib/template-table';
import { appealKeys } from '../../../contracts/keys/appeal-keys';
import { ivrAppealTable } from '../../../functions/connect/adapters/ivr-appeal-table';
import { lookupBucket } from '../../../functions/connect/domain/lookup-limit';
import { DynamoDBError, LeanDynamoDB } from '../../../functions/shared/lean-dynamodb';
import { LOCAL_CREDENTIALS } from '../../../local/engines/dynamodb';

let table: TemplateTable;
let dynamo: LeanDynamoDB;
beforeAll(async () => {
  table = await startTemplateTable('1414', 'AppealStoreTable');
  dynamo = new LeanDynamoDB({
    AWS_REGION: table.names.region,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: table.dynamo.endpoint,
  });
});
afterAll(async () => {
  await table?.stop();
});

describe('the lean DynamoDB client of the IVR functions, against DynamoDB Local', () => {
  it('reads only the status and dates of an appeal, and nothing for an unknown number', async () => {
    const number = `1414${Math.floor(Math.random() * 1e9)}`;
    await dynamo.putItem({
      TableName: table.table,
      Item: {
        ...appealKeys.appeal(number),
        status: 'in_progress',
        receivedAt: '2026-12-01T05:00:00Z',
        text: 'secret',
      },
    });
    const ivr = ivrAppealTable(table.table, dynamo);

    expect(await ivr.readAppeal(number)).toEqual({
      status: 'in_progress',
      receivedAt: '2026-12-01T05:00:00Z',
    });
    expect(await ivr.readAppeal(`${number}9`)).toBeUndefined();
  });

  it('counts a caller’s lookups atomically and says when the hour’s limit is passed', async () => {
    const ivr = ivrAppealTable(table.table, dynamo);
    const bucket = lookupBucket(
      `+7701${Math.floor(Math.random() * 1e7)}`,
      Date.now(),
      await ivr.hashSecret(),
    );

    const answers = await Promise.all(
      Array.from({ length: bucket.limit + 1 }, () => ivr.countLookup(bucket)),
    );

    expect(answers.filter((allowed) => allowed)).toHaveLength(bucket.limit);
    expect(answers.filter((allowed) => !allowed)).toHaveLength(1);
  });

  it('creates the rate secret once when two cold starts race, and both get the same one', async () => {
    const tableName = table.table;
    const [first, second] = await Promise.all([
      ivrAppealTable(tableName, dynamo).hashSecret(),
      ivrAppealTable(tableName, dynamo).hashSecret(),
    ]);

    expect(first).toHaveLength(32);
    expect(second.equals(first)).toBe(true);
  });

  it('reports DynamoDB’s own error type, so a conditional failure or a missing table is told apart', async () => {
    const key = { pk: `TEST#${randomUUID()}`, sk: 'A' };
    await dynamo.putItem({ TableName: table.table, Item: key });

    await expect(
      dynamo.putItem({ TableName: table.table, Item: key, ConditionExpression: 'attribute_not_exists(pk)' }),
    ).rejects.toMatchObject({ name: 'ConditionalCheckFailedException', status: 400 });
    await expect(dynamo.getItem({ TableName: 'no-such-table', Key: key })).rejects.toBeInstanceOf(
      DynamoDBError,
    );
  });
});
