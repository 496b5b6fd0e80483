import * as path from 'node:path';
import { SLA_TIMER_METADATA } from '../../infra/constructs/sla/sla-timers';
import type { LocalContext, LocalService } from '../context';
import { json, type LocalRequest, type LocalResponse } from '../gateway/server';
import { resourcesOfType } from '../template-model';
import {
  type ExecutionRecord,
  type ExecutionStatus,
  StatesApiError,
  StepFunctionsEngine,
} from './step-functions/engine';

/**
 * Step Functions stand-in. Serves `${url}/_aws/states` with the AWS JSON 1.0 protocol, so
 * `@aws-sdk/client-sfn` works against it unchanged (StartExecution, StopExecution, DescribeExecution,
 * ListExecutions), and runs every state machine of the synthesized templates.
 *
 * Waits run in real time; `POST ${url}/_local/states/advance` with `{"to": "<ISO-8601>"}` or `{"all": true}`
 * (optionally `executionArn` or `stateMachineArn`) skips time for waiting executions and answers once
 * they have caught up. `GET ${url}/_local/states/executions` lists executions with where they wait, and
 * `GET ${url}/_local/states/machines` the state machines by hotline.
 */
export function stepFunctionsService(): LocalService {
  let engine: StepFunctionsEngine | undefined;
  return {
    name: 'step-functions',
    async start(context: LocalContext) {
      const current = new StepFunctionsEngine(
        (arn, event) => context.lambdas.invoke(arn, event),
        path.join(context.dataDir, 'step-functions', 'executions.json'),
        context.log,
      );
      engine = current;
      const machines: MachineSummary[] = [];
      for (const { model, names } of context.stacks.values()) {
        for (const [logicalId, resource] of resourcesOfType(
          model.template,
          'AWS::StepFunctions::StateMachine',
        )) {
          const arn = names.arn(logicalId);
          current.addMachine(
            arn,
            readDefinition(resource.Properties ?? {}, (value) => names.resolve(value)),
          );
          const timer = resource.Metadata?.[SLA_TIMER_METADATA];
          machines.push({
            hotline: model.hotline,
            logicalId,
            arn,
            ...(typeof timer === 'string' ? { slaTimer: timer } : {}),
          });
        }
      }
      current.resume();
      context.gateway.addEndpoint({
        prefix: '/_aws/states',
        handle: (request) => handleApi(current, request),
      });
      context.gateway.addEndpoint({
        prefix: '/_local/states',
        handle: (request) => handleControl(current, machines, request),
      });
    },
    async stop() {
      engine?.stopAll();
    },
  };
}

/** The definition as deployed: DefinitionString (or Definition) with intrinsics and substitutions resolved. */
function readDefinition(
  properties: Record<string, unknown>,
  resolve: (value: unknown) => unknown,
): Record<string, unknown> {
  if (properties['Definition'] !== undefined)
    return resolve(properties['Definition']) as Record<string, unknown>;
  let text = String(resolve(properties['DefinitionString']));
  const substitutions = (resolve(properties['DefinitionSubstitutions'] ?? {}) ?? {}) as Record<
    string,
    unknown
  >;
  for (const [key, value] of Object.entries(substitutions))
    text = text.split(`\${${key}}`).join(String(value));
  return JSON.parse(text) as Record<string, unknown>;
}

const seconds = (ms: number | undefined) => (ms === undefined ? undefined : ms / 1000);

function listItem(record: ExecutionRecord) {
  return {
    executionArn: record.executionArn,
    stateMachineArn: record.stateMachineArn,
    name: record.name,
    status: record.status,
    startDate: seconds(record.startDate),
    ...(record.stopDate ? { stopDate: seconds(record.stopDate) } : {}),
  };
}

function amzJson(status: number, body: unknown): LocalResponse {
  return { status, headers: { 'content-type': 'application/x-amz-json-1.0' }, body: JSON.stringify(body) };
}

async function handleApi(engine: StepFunctionsEngine, request: LocalRequest): Promise<LocalResponse> {
  const operation = (request.headers['x-amz-target'] ?? '').replace(/^AWSStepFunctions\./, '');
  let body: Record<string, unknown>;
  try {
    body =
      request.body.length === 0 ? {} : (JSON.parse(request.body.toString('utf8')) as Record<string, unknown>);
  } catch {
    return amzJson(400, { __type: 'SerializationException', message: 'Body is not JSON' });
  }
  const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : undefined);
  try {
    switch (operation) {
      case 'StartExecution': {
        const stateMachineArn = text('stateMachineArn') ?? '';
        const name = text('name');
        const input = text('input');
        const record = engine.start({
          stateMachineArn,
          ...(name !== undefined ? { name } : {}),
          ...(input !== undefined ? { input } : {}),
        });
        return amzJson(200, { executionArn: record.executionArn, startDate: seconds(record.startDate) });
      }
      case 'StopExecution': {
        const record = engine.stop(text('executionArn') ?? '', text('error'), text('cause'));
        return amzJson(200, { stopDate: seconds(record.stopDate ?? Date.now()) });
      }
      case 'DescribeExecution': {
        const record = engine.describe(text('executionArn') ?? '');
        return amzJson(200, {
          ...listItem(record),
          input: record.input,
          ...(record.output !== undefined ? { output: record.output } : {}),
          ...(record.error !== undefined ? { error: record.error } : {}),
          ...(record.cause !== undefined ? { cause: record.cause } : {}),
        });
      }
      case 'ListExecutions': {
        const all = engine.list(
          text('stateMachineArn') ?? '',
          text('statusFilter') as ExecutionStatus | undefined,
        );
        const start = Number(text('nextToken') ?? 0);
        const size =
          typeof body['maxResults'] === 'number' && body['maxResults'] > 0 ? body['maxResults'] : 100;
        const page = all.slice(start, start + size);
        return amzJson(200, {
          executions: page.map(listItem),
          ...(start + size < all.length ? { nextToken: String(start + size) } : {}),
        });
      }
      default:
        return amzJson(400, {
          __type: 'UnknownOperationException',
          message: `The local Step Functions stand-in does not support ${operation || 'this request'}`,
        });
    }
  } catch (error) {
    if (error instanceof StatesApiError) return amzJson(400, { __type: error.type, message: error.message });
    throw error;
  }
}

/** A state machine of the templates, for developers and tests (`GET /_local/states/machines`). */
interface MachineSummary {
  readonly hotline: string;
  readonly logicalId: string;
  readonly arn: string;
  /** `appeal` or `recording` for the SLA timers. */
  readonly slaTimer?: string;
}

async function handleControl(
  engine: StepFunctionsEngine,
  machines: readonly MachineSummary[],
  request: LocalRequest,
): Promise<LocalResponse | undefined> {
  if (request.method === 'GET' && request.path === '/_local/states/machines') return json(200, { machines });
  if (request.method === 'GET' && request.path === '/_local/states/executions') {
    const executions = engine.machineArns().flatMap((arn) => engine.list(arn));
    return json(200, { executions: executions.map((record) => describeForPeople(engine, record)) });
  }
  if (request.method === 'POST' && request.path === '/_local/states/advance') {
    let body: { to?: unknown; all?: unknown; executionArn?: unknown; stateMachineArn?: unknown };
    try {
      body = JSON.parse(request.body.toString('utf8') || '{}') as typeof body;
    } catch {
      return json(400, { message: 'Body is not JSON: send {"to": "2026-11-25T18:00:00Z"} or {"all": true}' });
    }
    const toMs = typeof body.to === 'string' ? Date.parse(body.to) : undefined;
    if ((toMs === undefined || Number.isNaN(toMs)) && body.all !== true) {
      return json(400, { message: 'Send {"to": "<ISO-8601 instant>"} or {"all": true}' });
    }
    const affected = await engine.advance(
      {
        ...(toMs !== undefined && !Number.isNaN(toMs) ? { toMs } : {}),
        ...(body.all === true ? { all: true } : {}),
      },
      {
        ...(typeof body.executionArn === 'string' ? { executionArn: body.executionArn } : {}),
        ...(typeof body.stateMachineArn === 'string' ? { stateMachineArn: body.stateMachineArn } : {}),
      },
    );
    return json(200, { executions: affected.map((record) => describeForPeople(engine, record)) });
  }
  return undefined;
}

function describeForPeople(engine: StepFunctionsEngine, record: ExecutionRecord) {
  const until = engine.waitingUntil(record.executionArn);
  return {
    executionArn: record.executionArn,
    name: record.name,
    status: record.status,
    startDate: new Date(record.startDate).toISOString(),
    ...(record.stopDate ? { stopDate: new Date(record.stopDate).toISOString() } : {}),
    ...(until !== undefined && Number.isFinite(until) ? { waitingUntil: new Date(until).toISOString() } : {}),
    ...(record.error ? { error: record.error, cause: record.cause } : {}),
  };
}
