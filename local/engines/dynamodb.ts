import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { spawnLoopbackDynamoDB } from './dynamodb-launcher';
import { freePort } from './free-port';

/**
 * What DynamoDB Local clients sign with: it checks no signature (one shared database), so any pair does; it
 * is reachable on 127.0.0.1 only. The S3 server takes the data folder's own keys (`engine-keys.ts`).
 */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

export interface DynamoEngine {
  readonly endpoint: string;
  readonly client: DynamoDBClient;
  stop(): Promise<void>;
}

/**
 * Starts Amazon's DynamoDB Local (Java) on a free port of 127.0.0.1 (never another interface: it checks no
 * credentials), persisting to `directory` unless it is undefined.
 */
export async function startDynamo(directory: string | undefined, region: string): Promise<DynamoEngine> {
  if (directory) fs.mkdirSync(directory, { recursive: true });
  const port = await freePort();
  const child: ChildProcess = spawnLoopbackDynamoDB({ port, directory });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stdout?.on('data', () => {});
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ endpoint, region, credentials: LOCAL_CREDENTIALS });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`DynamoDB Local exited early (is Java 17 installed?): ${output}`);
    try {
      await client.send(new ListTablesCommand({}));
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`DynamoDB Local did not start within 90 s: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
  return {
    endpoint,
    client,
    async stop() {
      client.destroy();
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

/** The subset of `AWS::DynamoDB::Table` properties DynamoDB Local understands, already resolved. */
export interface TableDefinition {
  readonly TableName: string;
  readonly KeySchema: CreateTableCommandInput['KeySchema'];
  readonly AttributeDefinitions: CreateTableCommandInput['AttributeDefinitions'];
  readonly GlobalSecondaryIndexes?: Array<Record<string, unknown>>;
  readonly LocalSecondaryIndexes?: Array<Record<string, unknown>>;
  readonly StreamSpecification?: { StreamViewType: string };
  readonly TimeToLiveSpecification?: { AttributeName: string; Enabled: boolean };
}

/** Creates a table as the template defines it, unless it already exists (data kept across restarts). */
export async function ensureTable(client: DynamoDBClient, table: TableDefinition): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: table.TableName }));
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const stripBilling = (index: Record<string, unknown>) => {
    const { ProvisionedThroughput: _p, ContributorInsightsSpecification: _c, ...rest } = index;
    return rest;
  };
  await client.send(
    new CreateTableCommand({
      TableName: table.TableName,
      KeySchema: table.KeySchema,
      AttributeDefinitions: table.AttributeDefinitions,
      BillingMode: 'PAY_PER_REQUEST',
      GlobalSecondaryIndexes: table.GlobalSecondaryIndexes?.map(
        stripBilling,
      ) as CreateTableCommandInput['GlobalSecondaryIndexes'],
      LocalSecondaryIndexes: table.LocalSecondaryIndexes as CreateTableCommandInput['LocalSecondaryIndexes'],
      StreamSpecification: table.StreamSpecification
        ? {
            StreamEnabled: true,
            StreamViewType: table.StreamSpecification.StreamViewType as 'NEW_AND_OLD_IMAGES',
          }
        : undefined,
    }),
  );
  if (table.TimeToLiveSpecification?.Enabled) {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: table.TableName,
        TimeToLiveSpecification: {
          AttributeName: table.TimeToLiveSpecification.AttributeName,
          Enabled: true,
        },
      }),
    );
  }
}
