import { describe, expect, it } from 'vitest';
import { type AlarmRule, evaluateAlarm, toDataPoint } from './metric-store';

const rule: AlarmRule = {
  name: 'AverageWait',
  namespace: 'Qoldau',
  metricName: 'AverageQueueAnswerTime',
  dimensions: { Hotline: '1414' },
  statistic: 'Average',
  periodSeconds: 900,
  threshold: 40,
  comparison: 'GreaterThanThreshold',
};

const at = (iso: string) => Date.parse(iso) / 1000;

function wait(iso: string, answered: number, averageSeconds: number, hotline = '1414') {
  return toDataPoint(
    'Qoldau',
    {
      MetricName: 'AverageQueueAnswerTime',
      Dimensions: [{ Name: 'Hotline', Value: hotline }],
      Timestamp: at(iso),
      StatisticValues: {
        SampleCount: answered,
        Sum: answered * averageSeconds,
        Minimum: averageSeconds,
        Maximum: averageSeconds,
      },
    },
    0,
  );
}

describe('the local wait-time alarm', () => {
  it('goes off when the call-weighted average over the last 15 minutes passes 40 s', () => {
    const points = [wait('2026-11-23T10:00:00Z', 1, 20), wait('2026-11-23T10:05:00Z', 9, 50)];

    expect(evaluateAlarm(rule, points)).toEqual({ state: 'ALARM', value: 47 });
  });

  it('forgets windows older than the period', () => {
    const points = [wait('2026-11-23T09:00:00Z', 50, 90), wait('2026-11-23T10:05:00Z', 3, 30)];

    expect(evaluateAlarm(rule, points).state).toBe('OK');
  });

  it('looks only at its own hotline', () => {
    expect(evaluateAlarm(rule, [wait('2026-11-23T10:05:00Z', 3, 90, '111')]).state).toBe('INSUFFICIENT_DATA');
  });
});
