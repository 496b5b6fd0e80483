/**
 * CloudWatch metric data points as the local stand-in keeps them, and the one alarm rule it evaluates:
 * a statistic over the last period compared with a threshold.
 */

export interface DataPoint {
  readonly namespace: string;
  readonly name: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly timestampMs: number;
  readonly unit?: string;
  /** A single value is stored as one sample (count 1, sum = min = max = value). */
  readonly sampleCount: number;
  readonly sum: number;
  readonly minimum: number;
  readonly maximum: number;
}

export interface AlarmRule {
  readonly name: string;
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly statistic: 'Average' | 'Sum' | 'Minimum' | 'Maximum' | 'SampleCount';
  readonly periodSeconds: number;
  readonly threshold: number;
  readonly comparison: string;
}

export type AlarmState = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

/** The raw PutMetricData entry (JSON protocol field names). */
export interface MetricDatum {
  readonly MetricName?: string;
  readonly Dimensions?: Array<{ Name?: string; Value?: string }>;
  readonly Timestamp?: number | string;
  readonly Value?: number;
  readonly StatisticValues?: { SampleCount?: number; Sum?: number; Minimum?: number; Maximum?: number };
  readonly Unit?: string;
}

export function toDataPoint(namespace: string, datum: MetricDatum, nowMs: number): DataPoint {
  const timestampMs =
    datum.Timestamp === undefined
      ? nowMs
      : typeof datum.Timestamp === 'number'
        ? datum.Timestamp * 1000
        : Date.parse(datum.Timestamp);
  const stats = datum.StatisticValues;
  const value = datum.Value ?? 0;
  return {
    namespace,
    name: datum.MetricName ?? '',
    dimensions: Object.fromEntries(
      (datum.Dimensions ?? []).map((entry) => [entry.Name ?? '', entry.Value ?? '']),
    ),
    timestampMs,
    ...(datum.Unit ? { unit: datum.Unit } : {}),
    sampleCount: stats?.SampleCount ?? 1,
    sum: stats?.Sum ?? value,
    minimum: stats?.Minimum ?? value,
    maximum: stats?.Maximum ?? value,
  };
}

function sameDimensions(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

export function matches(rule: AlarmRule, point: DataPoint): boolean {
  return (
    point.namespace === rule.namespace &&
    point.name === rule.metricName &&
    sameDimensions(point.dimensions, rule.dimensions)
  );
}

/** The alarm's state judged on the period that ends with the newest matching data point. */
export function evaluateAlarm(
  rule: AlarmRule,
  points: readonly DataPoint[],
): { state: AlarmState; value?: number } {
  const matching = points.filter((point) => matches(rule, point));
  if (matching.length === 0) return { state: 'INSUFFICIENT_DATA' };
  const endMs = Math.max(...matching.map((point) => point.timestampMs));
  const inPeriod = matching.filter((point) => point.timestampMs > endMs - rule.periodSeconds * 1000);
  const count = inPeriod.reduce((total, point) => total + point.sampleCount, 0);
  const sum = inPeriod.reduce((total, point) => total + point.sum, 0);
  const value = {
    Average: count === 0 ? 0 : sum / count,
    Sum: sum,
    SampleCount: count,
    Minimum: Math.min(...inPeriod.map((point) => point.minimum)),
    Maximum: Math.max(...inPeriod.map((point) => point.maximum)),
  }[rule.statistic];
  const breaching = {
    GreaterThanThreshold: value > rule.threshold,
    GreaterThanOrEqualToThreshold: value >= rule.threshold,
    LessThanThreshold: value < rule.threshold,
    LessThanOrEqualToThreshold: value <= rule.threshold,
  }[rule.comparison];
  return { state: breaching ? 'ALARM' : 'OK', value };
}
