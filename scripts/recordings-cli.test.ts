import { describe, expect, it } from 'vitest';
import { runRecordingsCli } from './recordings-cli';

describe('npm run recordings (command line)', () => {
  it('explains itself with --help', async () => {
    const result = await runRecordingsCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('request --hotline 1414|111 --date YYYY-MM-DD --phone +7XXXXXXXXXX');
  });

  it.each([
    [['request', '--hotline', '1414', '--date', '2026-11-23'], /missing --phone/],
    [['request', '--hotline', '1414', '--phone', '+77012345678'], /missing --date/],
    [
      ['request', '--hotline', '112', '--date', '2026-11-23', '--phone', '+77012345678'],
      /--hotline must be 1414 or 111/,
    ],
    [
      ['request', '--hotline', '1414', '--date', '2026-11-23', '--phone', '+7701', '--colour', 'red'],
      /colour/,
    ],
    [['status', '--hotline', '1414'], /missing --id/],
    [['audit', '--hotline', '1414'], /missing --from/],
    [['replay'], /unknown command "replay"/],
    [[], /missing command/],
  ])('refuses %j with a usage error (exit code 2)', async (argv, message) => {
    const result = await runRecordingsCli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('--help');
  });
});
