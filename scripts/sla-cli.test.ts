import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { yearData } from '../test/support/sla/calendar-fixtures';
import { runSlaCli, runSlaCliWithHotline } from './sla-cli';

const RECEIVED_FRIDAY = '2026-11-20T15:00:00+05:00';

describe('sla deadline', () => {
  it('prints the deadline with the +05:00 offset', () => {
    const result = runSlaCli(['deadline', '--received', RECEIVED_FRIDAY, '--working-days', '2']);

    expect(result).toEqual({ code: 0, stdout: '2026-11-24T23:59:59+05:00\n', stderr: '' });
  });

  it('prints one line of JSON with --json', () => {
    // Saturday: the count starts on Monday, so day 2 is Tuesday.
    const result = runSlaCli(['deadline', '--received=2026-11-21T07:00:00Z', '--working-days=2', '--json']);

    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toEqual({ deadline: '2026-11-24T23:59:59+05:00' });
  });

  it.each([
    ['no --received', ['deadline', '--working-days', '2'], '--received'],
    ['no --working-days', ['deadline', '--received', RECEIVED_FRIDAY], '--working-days'],
    [
      'a date without offset',
      ['deadline', '--received', '2026-11-20', '--working-days', '2'],
      '"2026-11-20"',
    ],
    [
      'zero working days',
      ['deadline', '--received', RECEIVED_FRIDAY, '--working-days', '0'],
      'working days 0',
    ],
    [
      'negative working days',
      ['deadline', '--received', RECEIVED_FRIDAY, '--working-days', '-5'],
      '--working-days must be a whole number of 1 or more, got "-5"',
    ],
    [
      'fractional working days',
      ['deadline', '--received', RECEIVED_FRIDAY, '--working-days', '2.5'],
      '"2.5"',
    ],
    [
      'an unknown option',
      ['deadline', '--received', RECEIVED_FRIDAY, '--working-days', '2', '--tz', 'x'],
      '--tz',
    ],
    ['a stray argument', ['deadline', 'tomorrow'], 'tomorrow'],
    [
      'a year without data',
      ['deadline', '--received', '2024-06-03T10:00:00Z', '--working-days', '2'],
      '2024',
    ],
    ['no command', [], 'missing command'],
    ['an unknown command', ['deadlines'], '"deadlines"'],
  ])('%s: exit code 2 and a message on stderr', (_label, argv, mentioned) => {
    const result = runSlaCli(argv);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(mentioned);
  });

  it('--help prints the usage', () => {
    const result = runSlaCli(['--help']);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('deadline --received');
  });
});

describe('sla calendar', () => {
  it('lists the days off of a year with its count of working days', () => {
    const result = runSlaCli(['calendar', '--year', '2026']);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('247 working days');
    expect(result.stdout).toMatch(/^2026-03-24 Tue {2}day off {2}substitute day off for Nauryz/m);
  });

  it('names holidays in the language asked for', () => {
    expect(runSlaCli(['calendar', '--year', '2026', '--lang', 'ru']).stdout).toContain('Наурыз мейрамы');
  });

  it('marks a decreed working weekend day as working', () => {
    expect(runSlaCli(['calendar', '--year', '2025']).stdout).toMatch(/^2025-01-05 Sun {2}working/m);
  });

  it('prints the year as one line of JSON with --json', () => {
    const result = runSlaCli(['calendar', '--year', '2027', '--json']);
    const parsed = JSON.parse(result.stdout) as {
      year: number;
      specialDays: { date: string; working: boolean }[];
    };

    expect(parsed.year).toBe(2027);
    expect(parsed.specialDays).toContainEqual(
      expect.objectContaining({ date: '2027-03-15', working: false }),
    );
  });

  it.each([
    ['a year without data', ['calendar', '--year', '2031'], '2031'],
    ['a malformed year', ['calendar', '--year', '26'], '--year'],
    ['neither --year nor --file', ['calendar'], '--year'],
    ['an unknown language', ['calendar', '--year', '2026', '--lang', 'de'], '--lang'],
  ])('%s: exit code 2', (_label, argv, mentioned) => {
    const result = runSlaCli(argv);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(mentioned);
  });

  describe('checking a year file before ops upload it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sla-cli-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    function writeYear(name: string, content: string): string {
      const path = join(folder, name);
      writeFileSync(path, content);
      return path;
    }

    it('shows a valid file', () => {
      const path = writeYear('kz-2030.json', JSON.stringify(yearData(2030)));

      const result = runSlaCli(['calendar', '--file', path]);

      expect(result.code).toBe(0);
      expect(result.stdout).toContain('calendar 2030, version 2030.test');
    });

    it('rejects a file that breaks the rules with exit code 1, saying why', () => {
      const holidayOnSaturday = {
        date: '2030-06-08',
        name: { kk: 'x', ru: 'x', en: 'x' },
        religious: false,
      };
      const path = writeYear(
        'kz-2030-bad.json',
        JSON.stringify(yearData(2030, { holidays: [holidayOnSaturday] })),
      );

      const result = runSlaCli(['calendar', '--file', path]);

      expect(result.code).toBe(1);
      expect(result.stderr).toContain('missing 2030-06-10');
    });

    it('rejects a file that is not JSON with exit code 1', () => {
      const path = writeYear('kz-broken.json', '{ "year": 2030,');

      expect(runSlaCli(['calendar', '--file', path]).code).toBe(1);
    });

    it('a missing file is a bad argument: exit code 2', () => {
      const result = runSlaCli(['calendar', '--file', join(folder, 'nope.json')]);

      expect(result.code).toBe(2);
      expect(result.stderr).toContain('nope.json');
    });
  });
});

describe('sla with --hotline (the calendar in force at a hotline, read through its API)', () => {
  it('without --hotline answers from the shipped calendar, as runSlaCli does', async () => {
    const argv = ['deadline', '--received', RECEIVED_FRIDAY, '--working-days', '2'];

    expect(await runSlaCliWithHotline(argv)).toEqual(runSlaCli(argv));
  });

  it('refuses an unknown hotline with a usage error', async () => {
    const result = await runSlaCliWithHotline([
      'deadline',
      '--received',
      RECEIVED_FRIDAY,
      '--working-days',
      '2',
      '--hotline=112',
    ]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--hotline must be 1414 or 111');
  });

  it('refuses --hotline with --file, which checks a file rather than the calendar in force', async () => {
    const result = await runSlaCliWithHotline(['calendar', '--file', 'kz-2030.json', '--hotline', '1414']);

    expect(result.code).toBe(2);
  });

  it('says how to reach the API when nothing listens there (exit code 3)', async () => {
    process.env['QOLDAU_API_URL'] = 'http://127.0.0.1:9';
    process.env['AWS_ACCESS_KEY_ID'] = 'AKIDLOCAL';
    process.env['AWS_SECRET_ACCESS_KEY'] = 'secret';

    const result = await runSlaCliWithHotline([
      'deadline',
      '--received',
      RECEIVED_FRIDAY,
      '--working-days',
      '2',
      '--hotline',
      '1414',
    ]);

    expect(result.code).toBe(3);
    expect(result.stderr).toContain('npm start');
  });
});
