import type { HotlineId } from '../../contracts/hotlines';
import type { LocalContext, LocalService } from '../context';
import { json, jsonBody, type LocalRequest, type LocalResponse } from '../gateway/server';
import { resourcesOfType } from '../template-model';
import { type QueueRecord, queueMetrics, SUPPORTED_METRICS } from './connect-metrics/ctr-metrics';

/** Contact records kept per hotline: a day of a busy hotline, enough for local reports. */
const MAX_RECORDS = 20_000;

interface QueueSummary {
  readonly Id: string;
  readonly Arn: string;
  readonly Name: string;
  readonly QueueType: 'STANDARD';
}

/**
 * The metrics side of Amazon Connect, locally: `GetMetricDataV2` (`POST ${url}/_aws/connect/metrics/data`)
 * and `ListQueues` (`GET ${url}/_aws/connect/queues-summary/{InstanceId}`), computed from the contact trace
 * records the Connect simulator emits on `context.events` (`'contact-record'`, `{ hotline, record }`).
 * Other Connect operations are left to other stand-ins (the answer is "not mine": undefined).
 *
 * Records live in memory. `POST ${url}/_local/connect-metrics/contact-records` with
 * `{ "hotline": "1414", "records": [<CTR>, ...] }` adds records directly (tests, demos) without replaying
 * them to the other consumers of contact records.
 */
export function connectMetricsService(): LocalService {
  return {
    name: 'connect-metrics',
    async start(context: LocalContext) {
      const records = new Map<HotlineId, QueueRecord[]>();
      const add = (hotline: HotlineId, record: QueueRecord) => {
        const list = records.get(hotline) ?? [];
        list.push(record);
        if (list.length > MAX_RECORDS) list.shift();
        records.set(hotline, list);
      };
      context.events.on('contact-record', (event: { hotline: HotlineId; record: QueueRecord }) =>
        add(event.hotline, event.record),
      );
      const instances = connectInstances(context);
      const hotlineOf = (instance: string) =>
        instances.get(instance) ?? instances.get(instance.split('/').pop() ?? '');

      context.gateway.addEndpoint({
        prefix: '/_aws/connect',
        handle: async (request) => {
          const listQueues = /^\/_aws\/connect\/queues-summary\/([^/]+)$/.exec(request.path);
          if (request.method === 'GET' && listQueues) {
            const instanceId = decodeURIComponent(listQueues[1]!);
            const hotline = hotlineOf(instanceId);
            if (!hotline) return connectError(404, 'ResourceNotFoundException', `No instance ${instanceId}`);
            return json(200, {
              QueueSummaryList: queuesOf(context, hotline, instanceId, records.get(hotline) ?? []),
            });
          }
          if (request.method === 'POST' && request.path === '/_aws/connect/metrics/data') {
            return metricData(request, hotlineOf, records);
          }
          return undefined;
        },
      });
      context.gateway.addEndpoint({
        prefix: '/_local/connect-metrics',
        handle: async (request) => {
          if (request.method !== 'POST' || request.path !== '/_local/connect-metrics/contact-records')
            return undefined;
          const body = jsonBody<{ hotline?: HotlineId; records?: QueueRecord[] }>(request);
          if (!body.hotline || !context.stacks.has(body.hotline) || !Array.isArray(body.records)) {
            return json(400, {
              message: 'Send {"hotline": "1414", "records": [<contact trace record>, ...]}',
            });
          }
          for (const record of body.records) add(body.hotline, record);
          return json(200, { added: body.records.length });
        },
      });
    },
  };
}

/** Connect instances of the templates (created or imported) by ARN and by id, with their hotline. */
function connectInstances(context: LocalContext): Map<string, HotlineId> {
  const instances = new Map<string, HotlineId>();
  const remember = (arn: string, hotline: HotlineId) => {
    instances.set(arn, hotline);
    instances.set(arn.split('/').pop() ?? arn, hotline);
  };
  for (const { model, names } of context.stacks.values()) {
    for (const [logicalId] of resourcesOfType(model.template, 'AWS::Connect::Instance')) {
      remember(names.arn(logicalId), model.hotline);
    }
    const configured = model.config.connect.instance;
    if (configured.source === 'import') remember(configured.instanceArn, model.hotline);
    // Whatever instance the metrics function was given (the template may pass it in any form).
    for (const [, fn] of resourcesOfType(model.template, 'AWS::Lambda::Function')) {
      const variables = (
        fn.Properties?.['Environment'] as { Variables?: Record<string, unknown> } | undefined
      )?.Variables;
      const arn = variables?.['CONNECT_INSTANCE_ARN'];
      if (arn !== undefined) remember(String(names.resolve(arn)), model.hotline);
    }
  }
  return instances;
}

/** The hotline's queues: those of the template, and any a contact record names. */
function queuesOf(
  context: LocalContext,
  hotline: HotlineId,
  instance: string,
  seen: readonly QueueRecord[],
): QueueSummary[] {
  const queues = new Map<string, QueueSummary>();
  const stack = context.stacks.get(hotline)!;
  for (const [logicalId, queue] of resourcesOfType(stack.model.template, 'AWS::Connect::Queue')) {
    const arn = stack.names.arn(logicalId);
    queues.set(arn, {
      Id: arn.split('/').pop() ?? logicalId,
      Arn: arn,
      Name: String(queue.Properties?.['Name'] ?? logicalId),
      QueueType: 'STANDARD',
    });
  }
  for (const record of seen) {
    const arn = record.Queue?.ARN;
    if (arn && !queues.has(arn)) {
      queues.set(arn, {
        Id: arn.split('/').pop() ?? arn,
        Arn: arn,
        Name: record.Queue?.Name ?? arn,
        QueueType: 'STANDARD',
      });
    }
  }
  if (queues.size === 0) {
    // Connect always has a BasicQueue; without one the metrics function would have nothing to ask for.
    const arn = `${instance.startsWith('arn:') ? instance : `arn:aws:connect:local:000000000000:instance/${instance}`}/queue/basic`;
    queues.set(arn, { Id: 'basic', Arn: arn, Name: 'BasicQueue', QueueType: 'STANDARD' });
  }
  return [...queues.values()];
}

function metricData(
  request: LocalRequest,
  hotlineOf: (instance: string) => HotlineId | undefined,
  records: ReadonlyMap<HotlineId, QueueRecord[]>,
): LocalResponse {
  const body = jsonBody<{
    ResourceArn?: string;
    StartTime?: number;
    EndTime?: number;
    Filters?: Array<{ FilterKey?: string; FilterValues?: string[] }>;
    Groupings?: string[];
    Metrics?: Array<{ Name?: string }>;
  }>(request);
  const groupings = body.Groupings ?? [];
  if (groupings.some((grouping) => grouping !== 'INITIATION_METHOD')) {
    return connectError(
      400,
      'InvalidRequestException',
      `The local stand-in groups by INITIATION_METHOD only, not ${groupings.join(', ')}`,
    );
  }
  const hotline = hotlineOf(body.ResourceArn ?? '');
  if (!hotline)
    return connectError(404, 'ResourceNotFoundException', `No instance ${body.ResourceArn ?? ''}`);
  const queueValues = (body.Filters ?? []).find((filter) => filter.FilterKey === 'QUEUE')?.FilterValues ?? [];
  if (queueValues.length === 0) {
    return connectError(
      400,
      'InvalidRequestException',
      'GetMetricDataV2 needs a QUEUE, ROUTING_PROFILE or AGENT filter',
    );
  }
  const unsupported = (body.Metrics ?? [])
    .map((metric) => metric.Name ?? '')
    .filter((name) => !(SUPPORTED_METRICS as readonly string[]).includes(name));
  if (unsupported.length > 0) {
    return connectError(
      400,
      'InvalidRequestException',
      `The local stand-in does not compute ${unsupported.join(', ')}`,
    );
  }
  const all = records.get(hotline) ?? [];
  const filter = new Set(queueValues);
  // The stand-in's own BasicQueue stands for every queue of the hotline.
  const matching = queueValues.some((value) => value.endsWith('/queue/basic') || value === 'basic')
    ? undefined
    : filter;
  const byMethod = groupings.includes('INITIATION_METHOD');
  const groups = new Map<string, QueueRecord[]>();
  for (const record of all) {
    const key = byMethod ? (record.InitiationMethod ?? 'INBOUND') : '';
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  const results = [...groups].flatMap(([method, group]) => {
    const values = queueMetrics(group, (body.StartTime ?? 0) * 1000, (body.EndTime ?? 0) * 1000, matching);
    if (values.CONTACTS_QUEUED === 0) return [];
    return [
      {
        Dimensions: byMethod ? { INITIATION_METHOD: method } : {},
        Collections: (body.Metrics ?? []).map((metric) => ({
          Metric: { Name: metric.Name },
          ...(values[metric.Name as keyof typeof values] === undefined
            ? {}
            : { Value: values[metric.Name as keyof typeof values] }),
        })),
      },
    ];
  });
  return json(200, { MetricResults: results });
}

function connectError(status: number, type: string, message: string): LocalResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': type },
    body: JSON.stringify({ message }),
  };
}
