import { gunzipSync } from 'node:zlib';
import type { LocalContext, LocalService } from '../context';
import { json, jsonBody, type LocalRequest, type LocalResponse } from '../gateway/server';
import { resourcesOfType } from '../template-model';
import {
  type AlarmRule,
  type AlarmState,
  type DataPoint,
  evaluateAlarm,
  type MetricDatum,
  matches,
  toDataPoint,
} from './monitoring/metric-store';
import { readRateSchedules, runEvery, scheduledEvent } from './schedules';

/** Data points kept: a few days of the hotlines' 5-minute metrics. */
const MAX_POINTS = 50_000;

interface LocalAlarm {
  readonly rule: AlarmRule;
  readonly hotline: string;
  readonly alarmActions: string[];
  readonly okActions: string[];
  state: AlarmState;
  value?: number;
}

/**
 * CloudWatch, locally: `PutMetricData` at `${url}/_aws/monitoring` (the JSON protocol the SDK speaks, or the
 * older Query form), data points kept in memory and listed at `GET ${url}/_local/monitoring/metrics`, and the
 * templates' alarms judged as points arrive; a state change is published to the alarm's topics through the
 * SNS stand-in, and shown at `GET ${url}/_local/monitoring/alarms`.
 *
 * It also runs the metric schedules of the templates (EventBridge rules marked `qoldau:metrics-schedule`) at
 * their rate (unless the runtime runs no schedules, as in tests), and at once on `POST ${url}/_local/monitoring/collect` (optional body `{"time": "<ISO-8601>"}`,
 * the scheduled event's time), which answers with what each function returned.
 */
export function monitoringService(options: { readonly runSchedules: boolean }): LocalService {
  let stopTimers = () => {};
  return {
    name: 'monitoring',
    async start(context: LocalContext) {
      const points: DataPoint[] = [];
      const alarms = readAlarms(context);
      const schedules = readRateSchedules(context).filter((schedule) => schedule.metrics);

      const record = async (namespace: string, data: readonly MetricDatum[]) => {
        const added = data.map((datum) => toDataPoint(namespace, datum, Date.now()));
        points.push(...added);
        if (points.length > MAX_POINTS) points.splice(0, points.length - MAX_POINTS);
        for (const alarm of alarms) {
          if (!added.some((point) => matches(alarm.rule, point))) continue;
          const judged = evaluateAlarm(alarm.rule, points);
          alarm.value = judged.value;
          if (judged.state === alarm.state) continue;
          alarm.state = judged.state;
          context.log(
            `alarm ${alarm.rule.name} (${alarm.hotline}): ${judged.state} (${judged.value?.toFixed(1) ?? '-'})`,
          );
          const topics =
            judged.state === 'ALARM' ? alarm.alarmActions : judged.state === 'OK' ? alarm.okActions : [];
          for (const topic of topics) await publishAlarm(context, topic, alarm);
        }
      };

      context.gateway.addEndpoint({
        prefix: '/_aws/monitoring',
        handle: async (request) => {
          const put = readPutMetricData(request);
          if (!put) {
            return awsJson(400, {
              __type: 'InvalidAction',
              message: 'The local CloudWatch stand-in supports PutMetricData only',
            });
          }
          await record(put.namespace, put.data);
          return request.headers['content-type']?.includes('x-www-form-urlencoded')
            ? { status: 200, headers: { 'content-type': 'text/xml' }, body: '<PutMetricDataResponse/>' }
            : awsJson(200, {});
        },
      });

      const runSchedules = (time: string) =>
        Promise.all(
          schedules.map(async (schedule) => ({
            hotline: schedule.hotline,
            functionArn: schedule.functionArn,
            result: await context.lambdas
              .invoke(schedule.functionArn, scheduledEvent(schedule, time))
              .catch((error: Error) => ({ error: error.message })),
          })),
        );

      context.gateway.addEndpoint({
        prefix: '/_local/monitoring',
        handle: async (request) => {
          if (request.method === 'GET' && request.path === '/_local/monitoring/metrics') {
            const name = request.query.get('name');
            const hotline = request.query.get('hotline');
            const selected = points.filter(
              (point) =>
                (!name || point.name === name) && (!hotline || point.dimensions['Hotline'] === hotline),
            );
            return json(200, {
              points: selected.map((point) => ({
                ...point,
                timestamp: new Date(point.timestampMs).toISOString(),
              })),
            });
          }
          if (request.method === 'GET' && request.path === '/_local/monitoring/alarms') {
            return json(200, {
              alarms: alarms.map((alarm) => ({
                ...alarm.rule,
                hotline: alarm.hotline,
                state: alarm.state,
                value: alarm.value,
              })),
            });
          }
          if (request.method === 'POST' && request.path === '/_local/monitoring/collect') {
            const body = jsonBody<{ time?: string }>(request);
            const time =
              body.time && !Number.isNaN(Date.parse(body.time)) ? body.time : new Date().toISOString();
            return json(200, { time, runs: await runSchedules(time) });
          }
          return undefined;
        },
      });

      if (options.runSchedules) stopTimers = runEvery(context, schedules);
    },
    async stop() {
      stopTimers();
    },
  };
}

function awsJson(status: number, body: unknown): LocalResponse {
  return { status, headers: { 'content-type': 'application/x-amz-json-1.0' }, body: JSON.stringify(body) };
}

/** PutMetricData in either protocol (the SDK gzips large bodies). */
function readPutMetricData(request: LocalRequest): { namespace: string; data: MetricDatum[] } | undefined {
  const raw = request.headers['content-encoding'] === 'gzip' ? gunzipSync(request.body) : request.body;
  const text = raw.toString('utf8');
  if ((request.headers['x-amz-target'] ?? '').endsWith('.PutMetricData')) {
    const body = JSON.parse(text || '{}') as { Namespace?: string; MetricData?: MetricDatum[] };
    return { namespace: body.Namespace ?? '', data: body.MetricData ?? [] };
  }
  const form = new URLSearchParams(text);
  if (form.get('Action') !== 'PutMetricData') return undefined;
  const data: MetricDatum[] = [];
  for (let index = 1; form.has(`MetricData.member.${index}.MetricName`); index += 1) {
    const prefix = `MetricData.member.${index}`;
    const dimensions: Array<{ Name: string; Value: string }> = [];
    for (let d = 1; form.has(`${prefix}.Dimensions.member.${d}.Name`); d += 1) {
      dimensions.push({
        Name: form.get(`${prefix}.Dimensions.member.${d}.Name`)!,
        Value: form.get(`${prefix}.Dimensions.member.${d}.Value`) ?? '',
      });
    }
    const value = form.get(`${prefix}.Value`);
    const count = form.get(`${prefix}.StatisticValues.SampleCount`);
    data.push({
      MetricName: form.get(`${prefix}.MetricName`)!,
      Dimensions: dimensions,
      ...(form.get(`${prefix}.Timestamp`) ? { Timestamp: form.get(`${prefix}.Timestamp`)! } : {}),
      ...(value !== null ? { Value: Number(value) } : {}),
      ...(count !== null
        ? {
            StatisticValues: {
              SampleCount: Number(count),
              Sum: Number(form.get(`${prefix}.StatisticValues.Sum`)),
              Minimum: Number(form.get(`${prefix}.StatisticValues.Minimum`)),
              Maximum: Number(form.get(`${prefix}.StatisticValues.Maximum`)),
            },
          }
        : {}),
    });
  }
  return { namespace: form.get('Namespace') ?? '', data };
}

function readAlarms(context: LocalContext): LocalAlarm[] {
  const alarms: LocalAlarm[] = [];
  for (const { model, names } of context.stacks.values()) {
    for (const [logicalId, resource] of resourcesOfType(model.template, 'AWS::CloudWatch::Alarm')) {
      const props = names.resolve(resource.Properties ?? {}) as Record<string, unknown>;
      if (typeof props['MetricName'] !== 'string') continue; // metric-math alarms are not judged locally
      alarms.push({
        hotline: model.hotline,
        rule: {
          name: logicalId,
          namespace: String(props['Namespace']),
          metricName: props['MetricName'],
          dimensions: Object.fromEntries(
            ((props['Dimensions'] ?? []) as Array<{ Name: string; Value: string }>).map((entry) => [
              entry.Name,
              entry.Value,
            ]),
          ),
          statistic: (props['Statistic'] ?? 'Average') as AlarmRule['statistic'],
          periodSeconds: Number(props['Period'] ?? 300),
          threshold: Number(props['Threshold']),
          comparison: String(props['ComparisonOperator']),
        },
        alarmActions: ((props['AlarmActions'] ?? []) as unknown[]).map(String),
        okActions: ((props['OKActions'] ?? []) as unknown[]).map(String),
        state: 'INSUFFICIENT_DATA',
      });
    }
  }
  return alarms;
}

async function publishAlarm(context: LocalContext, topicArn: string, alarm: LocalAlarm): Promise<void> {
  const subject = `${alarm.state}: ${alarm.rule.metricName} of hotline ${alarm.hotline}`.slice(0, 100);
  const message = `${alarm.rule.statistic} ${alarm.rule.metricName} over ${alarm.rule.periodSeconds / 60} minutes is ${alarm.value?.toFixed(1)} (threshold ${alarm.rule.threshold}).`;
  const body = new URLSearchParams({
    Action: 'Publish',
    TopicArn: topicArn,
    Subject: subject,
    Message: message,
  });
  await fetch(`${context.url}/_aws/sns`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  }).catch((error: Error) => context.log(`alarm ${alarm.rule.name}: could not publish: ${error.message}`));
}
