import { describe, expect, it } from 'vitest';
import type { LocalContext } from '../context';
import { PhysicalNames } from '../intrinsics';
import { synthesizeStacks } from '../template-model';
import { readRateSchedules } from './schedules';

describe('local schedules read from the templates', () => {
  it('run the recording-request sweep of each hotline every minute, apart from the metric schedules', async () => {
    const models = await synthesizeStacks();
    const context = {
      stacks: new Map(models.map((model) => [model.hotline, { model, names: new PhysicalNames(model) }])),
    } as unknown as LocalContext;

    const schedules = readRateSchedules(context);
    const sweeps = schedules.filter((schedule) => /RecordingsSweeper/.test(schedule.functionArn));

    expect(sweeps.map((sweep) => [sweep.hotline, sweep.everyMs, sweep.metrics]).sort()).toEqual([
      ['111', 60_000, false],
      ['1414', 60_000, false],
    ]);
    const metricRates = schedules.filter((schedule) => schedule.metrics).map((schedule) => schedule.everyMs);
    expect(new Set(metricRates)).toEqual(new Set([300_000]));
  }, 60_000);
});
