import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
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

describe('npm run staffing per hour of the week', () => {
  const file = path.join(os.tmpdir(), `staffing-${process.pid}.jsonl`);
  // 200 calls queued on Monday 2026-11-23 between 10:00 and 11:00 in Almaty, 150 s talk + 30 s after-call work.
  const records = Array.from({ length: 200 }, (_, index) => ({
    InitiationMethod: 'INBOUND',
    Queue: { EnqueueTimestamp: new Date(Date.parse('2026-11-23T05:00:00Z') + index * 15_000).toISOString() },
    Agent: { AgentInteractionDuration: 150, AfterContactWorkDuration: 30 },
  }));
  fs.writeFileSync(file, records.map((record) => JSON.stringify(record)).join('\n'));

  it('gives calls, handle time and operators per Almaty hour, and the week’s operator-hours', async () => {
    const args = ['--hotline', '1414', '--from', '2026-11-23', '--to', '2026-11-29', '--records', file];

    const json = JSON.parse((await runStaffingCli([...args, '--json'])).stdout);
    const text = (await runStaffingCli(args)).stdout;

    expect(
      json.hours.find((hour: { day: string; hour: number }) => hour.day === 'Mon' && hour.hour === 10),
    ).toMatchObject({ callsOffered: 200, ahtSeconds: 180, agents: 13 });
    expect(json).toMatchObject({
      hotline: '1414',
      model: 'erlang-c',
      operatorHours: 13,
      scheduledOperatorHours: 19,
    });
    expect(text).toContain('Week: 13 operator-hours on the phones, 19 to roster');
  });

  it.each([
    [
      ['--hotline', '1414', '--from', '2026-13-01', '--to', '2026-11-29', '--records', file],
      '--from must be a day',
    ],
    [['--hotline', '1414', '--from', '2026-11-29', '--to', '2026-11-23', '--records', file], 'is after --to'],
    [['--hotline', '112', '--from', '2026-11-23', '--to', '2026-11-29'], '--hotline must be 1414 or 111'],
    [['--hotline', '1414', '--from', '2026-11-23'], '--hotline needs --from and --to'],
    [
      ['--hotline', '1414', '--from', '2026-11-23', '--to', '2026-11-29', '--records', '/nonexistent'],
      'cannot read',
    ],
  ])('refuses %j with exit code 2', async (argv, message) => {
    const result = await runStaffingCli(argv);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('reads the records through the API without --records, and says how to reach it when nothing listens (exit 3)', async () => {
    process.env['QOLDAU_API_URL'] = 'http://127.0.0.1:9';
    process.env['AWS_ACCESS_KEY_ID'] = 'AKIDLOCAL';
    process.env['AWS_SECRET_ACCESS_KEY'] = 'secret';

    const result = await runStaffingCli(['--hotline', '1414', '--from', '2026-11-23', '--to', '2026-11-29']);

    expect(result.code).toBe(3);
    expect(result.stderr).toContain('Cannot reach the qoldau API');
    expect(result.stderr).toContain('npm start');
  });
});
