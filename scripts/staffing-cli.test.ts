import { describe, expect, it } from 'vitest';
import { runStaffingCli } from './staffing-cli';

describe('npm run staffing (offline plan)', () => {
  it('prints the Erlang C plan as JSON with the fields the issue names', async () => {
    const result = await runStaffingCli(['--calls-per-hour', '200', '--aht', '180', '--json']);

    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      model: 'erlang-c',
      offeredErlangs: 10,
      agents: 13,
      probabilityOfWaiting: 0.2853,
      averageWaitSeconds: 17.12,
      serviceLevel20s: 0.7956,
      occupancy: 0.7692,
      scheduled: 19,
    });
  });

  it('honours --target-wait and --shrinkage', async () => {
    const result = await runStaffingCli([
      '--calls-per-hour',
      '200',
      '--aht',
      '180',
      '--target-wait',
      '41',
      '--shrinkage',
      '0',
      '--json',
    ]);

    expect(JSON.parse(result.stdout)).toMatchObject({ agents: 12, scheduled: 12, targetWaitSeconds: 41 });
  });

  it('says in words which model it used', async () => {
    const c = await runStaffingCli(['--calls-per-hour', '200', '--aht', '180']);
    const a = await runStaffingCli([
      '--calls-per-hour',
      '200',
      '--aht',
      '180',
      '--model',
      'erlang-a',
      '--patience',
      '90',
    ]);

    expect(c.stdout).toContain('Model: Erlang C (assumes nobody hangs up)');
    expect(c.stdout).toContain('Operators to schedule: 19');
    expect(a.stdout).toContain('Model: Erlang A (callers hang up after 90 s on average)');
    expect(a.stdout).toContain('Hang up while waiting:');
  });

  it.each([
    [['--calls-per-hour', '0', '--aht', '180'], 'calls per hour must be a number above 0'],
    [['--calls-per-hour', '-10', '--aht', '180'], 'calls per hour must be a number above 0'],
    [['--calls-per-hour', '100', '--aht', '0'], 'average handle time (seconds) must be a number above 0'],
    [
      ['--calls-per-hour', '100', '--aht', '180', '--target-wait', '-1'],
      'the target wait must be 0 seconds or more',
    ],
    [['--calls-per-hour', '100', '--aht', '180', '--shrinkage', '1.2'], 'shrinkage is a share'],
    [['--calls-per-hour', 'many', '--aht', '180'], '--calls-per-hour must be a number'],
    [['--calls-per-hour', '100'], 'give --calls-per-hour and --aht'],
    [
      ['--calls-per-hour', '100', '--aht', '180', '--model', 'erlang-b'],
      '--model must be erlang-c or erlang-a',
    ],
    [
      ['--calls-per-hour', '100', '--aht', '180', '--model', 'erlang-a'],
      'Erlang A needs the callers’ mean patience',
    ],
    [['--calls', '100'], "Unknown option '--calls'"],
  ])('refuses %j clearly with exit code 2', async (argv, message) => {
    const result = await runStaffingCli(argv);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });
});
