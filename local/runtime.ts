import { EventEmitter } from 'node:events';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import type { HotlineId } from '../contracts/hotlines';
import { REPO_ROOT } from '../infra/constructs/core/qoldau-function';
import { loadOrCreateIdentities, writeCredentialsFile } from './auth/identities';
import type { LocalContext, LocalService, LocalStack } from './context';
import { type DynamoEngine, ensureTable, startDynamo, type TableDefinition } from './engines/dynamodb';
import { loadOrCreateEngineKeys } from './engines/engine-keys';
import { dynamoFaultAnswer, FaultDice, type FaultPlan, s3FaultAnswer } from './engines/fault-plan';
import { dynamoOperation, s3Operation, startRequestCounter } from './engines/request-counter';
import { type S3Engine, startS3 } from './engines/s3';
import { Gateway, json } from './gateway/server';
import { PhysicalNames } from './intrinsics';
import { parkedEvents } from './lambda/failure-queue';
import { LambdaHost } from './lambda/host';
import { localServices } from './services';
import { resourcesOfType, synthesizeStacks } from './template-model';

export interface RuntimeOptions {
  /** @default 3000 (`PORT`); 0 picks a free port. */
  readonly port?: number;
  /** Where data is kept across restarts. @default `.local/data` (`QOLDAU_DATA_DIR`) */
  readonly dataDir?: string;
  /** A throw-away run: nothing is kept. */
  readonly inMemory?: boolean;
  /** Load sample content into a fresh data folder. @default true */
  readonly seed?: boolean;
  /** Where the command-line tools find the local identities. @default `.local/credentials.json` */
  readonly credentialsFile?: string;
  readonly stage?: string;
  /**
   * Run the templates' rate schedules (the recording-request sweep every minute). The test runtime turns
   * them off, since its tests run those functions themselves. @default true
   */
  readonly schedules?: boolean;
  readonly log?: (message: string) => void;
  /**
   * Echo the functions' log lines to this console. They are always kept in `<data folder>/logs/functions.log`
   * (the local CloudWatch Logs). @default true
   */
  readonly echoFunctionLogs?: boolean;
  /**
   * Put a counting pass-through in front of DynamoDB Local and the S3 server, read at `GET /_local/requests`
   * (and reset with `DELETE`): how many round trips the functions make. @default false
   */
  readonly countRequests?: boolean;
  /**
   * Fail some of the functions' DynamoDB and S3 requests on purpose (throttling, lost replies), seeded, to
   * show that every path retries or parks what fails (`local/engines/fault-plan.ts`). Injected faults are
   * listed at `GET /_local/requests` under `faults`. Implies the pass-through of `countRequests`.
   */
  readonly faults?: FaultPlan;
}

export interface Runtime {
  readonly url: string;
  readonly context: LocalContext;
  stop(): Promise<void>;
}

export const DEFAULT_DATA_DIR = path.join(REPO_ROOT, '.local', 'data');
export const DEFAULT_CREDENTIALS_FILE = path.join(REPO_ROOT, '.local', 'credentials.json');

/**
 * Starts both hotlines locally: synthesizes the CDK app, starts DynamoDB Local and the S3 server, creates the
 * tables and buckets the templates define, and serves the templates' HTTP routes with the same Lambda
 * handlers, authorized with SigV4 and the synthesized IAM policies.
 */
export async function startRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  const log = options.log ?? (() => {});
  const stopTasks: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const task of stopTasks.reverse()) await task().catch(() => {});
    stopTasks.length = 0;
  };
  try {
    const dataDir = options.inMemory
      ? fs.mkdtempSync(path.join(os.tmpdir(), 'qoldau-'))
      : path.resolve(options.dataDir ?? DEFAULT_DATA_DIR);
    if (options.inMemory) stopTasks.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    fs.mkdirSync(dataDir, { recursive: true });
    const fresh = !fs.existsSync(path.join(dataDir, 'seeded.json'));

    const models = await synthesizeStacks(options.stage ? { stage: options.stage } : {});
    const stacks = new Map<HotlineId, LocalStack>(
      models.map((model) => [model.hotline, { model, names: new PhysicalNames(model) }]),
    );
    const region = models[0]!.config.env.region;

    const dynamo: DynamoEngine = await startDynamo(
      options.inMemory ? undefined : path.join(dataDir, 'dynamodb'),
      region,
    );
    stopTasks.push(() => dynamo.stop());
    for (const { model, names } of stacks.values()) {
      for (const [logicalId, table] of resourcesOfType(model.template, 'AWS::DynamoDB::Table')) {
        const resolved = names.resolve(table.Properties) as Omit<TableDefinition, 'TableName'>;
        await ensureTable(dynamo.client, { ...resolved, TableName: names.ref(logicalId) });
      }
    }
    const buckets = [...stacks.values()].flatMap(({ model, names }) =>
      resourcesOfType(model.template, 'AWS::S3::Bucket').map(([logicalId]) => names.ref(logicalId)),
    );
    const engineKeys = loadOrCreateEngineKeys(dataDir);
    const s3: S3Engine = await startS3(path.join(dataDir, 's3'), buckets, engineKeys);
    stopTasks.push(() => s3.stop());
    const faults = options.faults;
    const counters =
      options.countRequests || faults
        ? [
            await startRequestCounter(
              dynamo.endpoint,
              dynamoOperation,
              faults?.dynamodb && {
                dice: new FaultDice(faults.dynamodb, faults.seed),
                answer: dynamoFaultAnswer,
              },
            ),
            await startRequestCounter(
              s3.endpoint,
              s3Operation,
              faults?.s3 && { dice: new FaultDice(faults.s3, (faults.seed ?? 1) + 1), answer: s3FaultAnswer },
            ),
          ]
        : undefined;
    for (const counter of counters ?? []) stopTasks.push(() => counter.stop());

    const credentials = loadOrCreateIdentities(dataDir);
    writeCredentialsFile(options.credentialsFile ?? DEFAULT_CREDENTIALS_FILE, credentials);

    const baseEnv: Record<string, string> = {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? os.homedir(),
      TZ: 'UTC',
      AWS_REGION: region,
      AWS_DEFAULT_REGION: region,
      AWS_ACCESS_KEY_ID: engineKeys.accessKeyId,
      AWS_SECRET_ACCESS_KEY: engineKeys.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: counters?.[0]?.endpoint ?? dynamo.endpoint,
      AWS_ENDPOINT_URL_S3: counters?.[1]?.endpoint ?? s3.endpoint,
      AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
      AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
      POWERTOOLS_LOG_LEVEL: process.env['POWERTOOLS_LOG_LEVEL'] ?? 'WARN',
      POWERTOOLS_DEV: 'true',
      QOLDAU_LOCAL: '1',
      // The functions run on this machine's Node 20 here, on Node 24 in Lambda: the SDK's Node 20 notice
      // would be printed once per function and says nothing about the deployed code.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    };
    const lambdas = new LambdaHost(REPO_ROOT, baseEnv, {
      file: functionLogFile(dataDir),
      console: options.echoFunctionLogs !== false,
    });
    stopTasks.push(() => lambdas.stop());
    const gateway = new Gateway(lambdas, credentials.identities);
    const url = await gateway.listen(options.port ?? 3000);
    stopTasks.push(() => gateway.close());
    // Local stand-ins of AWS services are served by the gateway itself.
    Object.assign(baseEnv, {
      AWS_ENDPOINT_URL_SFN: `${url}/_aws/states`,
      AWS_ENDPOINT_URL_SESV2: `${url}/_aws/ses`,
      AWS_ENDPOINT_URL_SNS: `${url}/_aws/sns`,
      AWS_ENDPOINT_URL_LAMBDA: `${url}/_aws/lambda`,
      AWS_ENDPOINT_URL_CLOUDWATCH: `${url}/_aws/monitoring`,
      AWS_ENDPOINT_URL_CONNECT: `${url}/_aws/connect`,
      // The local user pools' keys (`<endpoint>/<hotline>/.well-known/jwks.json`), for IdToken checks.
      AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: `${url}/_local/cognito-idp`,
    });
    for (const { model, names } of stacks.values()) {
      registerFunctions(lambdas, model.template.Resources, names);
      gateway.addStack(model, names);
    }

    const context: LocalContext = {
      url,
      dataDir,
      stacks,
      lambdas,
      gateway,
      dynamo: dynamo.client,
      dynamoEndpoint: dynamo.endpoint,
      s3Endpoint: s3.endpoint,
      engineKeys,
      credentials,
      functionBaseEnv: baseEnv,
      events: new EventEmitter(),
      log,
    };
    gateway.addEndpoint({
      prefix: '/health',
      handle: async () => {
        await dynamo.client.send(new ListTablesCommand({ Limit: 1 }));
        return json(200, {
          status: 'ok',
          hotlines: [...stacks.values()].map(({ model }) => ({ id: model.hotline, stack: model.stackName })),
          routes: gateway.routes().length,
          functions: lambdas.list().length,
          dataDir: options.inMemory ? null : dataDir,
        });
      },
    });
    gateway.addEndpoint({
      prefix: '/_local/requests',
      handle: async (request) => {
        if (!counters)
          return json(404, { message: 'Start the runtime with countRequests to count requests' });
        if (request.method === 'DELETE') for (const counter of counters) counter.reset();
        return json(200, {
          ...Object.assign({}, ...counters.map((counter) => counter.counts())),
          ...(faults ? { faults: Object.assign({}, ...counters.map((counter) => counter.faults())) } : {}),
        });
      },
    });
    gateway.addEndpoint({
      // Without the trailing slash: the gateway matches `<prefix>/...`.
      prefix: '/_local/queues',
      handle: async (request) => {
        if (request.method !== 'GET') return undefined;
        const queue = decodeURIComponent(request.path.slice('/_local/queues/'.length));
        if (!/^[\w-]{1,80}$/u.test(queue)) return json(400, { message: 'Give a queue name' });
        return json(200, { queue, messages: parkedEvents(context, queue) });
      },
    });
    gateway.addEndpoint({
      prefix: '/_local/resources',
      handle: async () => json(200, describeResources(context, region)),
    });
    const services: LocalService[] = localServices({ schedules: options.schedules !== false });
    for (const service of services) {
      await service.start(context);
      if (service.stop) stopTasks.push(() => service.stop!());
    }
    if (fresh && options.seed !== false) {
      for (const service of services) await service.seed?.(context);
    }
    fs.writeFileSync(
      path.join(dataDir, 'seeded.json'),
      JSON.stringify({ at: new Date().toISOString(), seed: options.seed !== false }),
    );
    return { url, context, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function registerFunctions(
  lambdas: LambdaHost,
  resources: Record<
    string,
    { Type: string; Properties?: Record<string, unknown>; Metadata?: Record<string, unknown> }
  >,
  names: PhysicalNames,
): void {
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (resource.Type !== 'AWS::Lambda::Function') continue;
    const entry = resource.Metadata?.['qoldau:entry'];
    // Functions CDK adds itself (custom-resource providers) only matter in AWS.
    if (typeof entry !== 'string') continue;
    const props = resource.Properties ?? {};
    const environment = (names.resolve(
      (props['Environment'] as { Variables?: unknown } | undefined)?.Variables,
    ) ?? {}) as Record<string, string>;
    const handler = String(props['Handler'] ?? 'index.handler');
    lambdas.register({
      key: `${names.ref(logicalId)}`,
      name: names.ref(logicalId),
      arn: names.arn(logicalId),
      entry,
      handlerName: handler.split('.').pop() ?? 'handler',
      timeoutMs: Number(props['Timeout'] ?? 3) * 1000,
      memorySize: Number(props['MemorySize'] ?? 128),
      environment: Object.fromEntries(Object.entries(environment).map(([k, v]) => [k, String(v)])),
    });
  }
}

/** Physical names of tables and buckets by logical id: for developers inspecting data, and for tests. */
function describeResources(context: LocalContext, region: string) {
  const hotlines: Record<string, { tables: Record<string, string>; buckets: Record<string, string> }> = {};
  for (const [hotline, { model, names }] of context.stacks) {
    const pick = (type: string) =>
      Object.fromEntries(
        resourcesOfType(model.template, type).map(([logicalId]) => [logicalId, names.ref(logicalId)]),
      );
    hotlines[hotline] = { tables: pick('AWS::DynamoDB::Table'), buckets: pick('AWS::S3::Bucket') };
  }
  return { dynamoEndpoint: context.dynamoEndpoint, s3Endpoint: context.s3Endpoint, region, hotlines };
}

/** Where the functions' log lines are kept: the local stand-in for their CloudWatch log groups. */
export function functionLogFile(dataDir: string): string {
  return path.join(dataDir, 'logs', 'functions.log');
}
