import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  type DynamoEngine,
  ensureTable,
  startDynamo,
  type TableDefinition,
} from '../../local/engines/dynamodb';
import { PhysicalNames } from '../../local/intrinsics';
import { resourcesOfType, type StackModel, synthesizeStacks } from '../../local/template-model';

/** One table of a hotline's synthesized template, created in a throw-away DynamoDB Local. */
export interface TemplateTable {
  readonly model: StackModel;
  readonly names: PhysicalNames;
  readonly table: string;
  readonly dynamo: DynamoEngine;
  readonly documents: DynamoDBDocumentClient;
  /** Writes the items 25 to a request (BatchWriteItem), retrying what DynamoDB leaves unprocessed. */
  putAll(items: readonly Record<string, unknown>[]): Promise<void>;
  stop(): Promise<void>;
}

/** Starts DynamoDB Local in memory with the table whose logical id starts with `logicalIdPrefix`. */
export async function startTemplateTable(hotline: string, logicalIdPrefix: string): Promise<TemplateTable> {
  const model = (await synthesizeStacks()).find((stack) => stack.hotline === hotline);
  if (!model) throw new Error(`No stack for hotline ${hotline}`);
  const names = new PhysicalNames(model);
  const entry = resourcesOfType(model.template, 'AWS::DynamoDB::Table').find(([id]) =>
    id.startsWith(logicalIdPrefix),
  );
  if (!entry) throw new Error(`No table ${logicalIdPrefix}* in the ${hotline} template`);
  const table = names.ref(entry[0]);
  const dynamo = await startDynamo(undefined, names.region);
  const definition = names.resolve(entry[1].Properties) as Omit<TableDefinition, 'TableName'>;
  await ensureTable(dynamo.client, { ...definition, TableName: table });
  const documents = DynamoDBDocumentClient.from(dynamo.client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const putAll = async (items: readonly Record<string, unknown>[]) => {
    for (let start = 0; start < items.length; start += 25) {
      let pending = items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } }));
      while (pending.length > 0) {
        const answer = await documents.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
        pending = (answer.UnprocessedItems?.[table] ?? []) as typeof pending;
      }
    }
  };
  return { model, names, table, dynamo, documents, putAll, stop: () => dynamo.stop() };
}
