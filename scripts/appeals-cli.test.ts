import { describe, expect, it } from 'vitest';
import { runAppealsCli } from './appeals-cli';

// Usage mistakes are caught before any request is signed, so these need no runtime.

describe('npm run appeals -- acknowledge', () => {
  it('needs who acknowledged', async () => {
    const result = await runAppealsCli(['acknowledge', '1195-5899-0742-6']);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('acknowledge needs --by');
  });

  it('refuses a --hotline the registration number contradicts', async () => {
    const result = await runAppealsCli([
      'acknowledge',
      '1195-5899-0742-6',
      '--by',
      'Duty officer',
      '--hotline',
      '1414',
    ]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('1195-5899-0742-6 is an appeal of hotline 111, not 1414');
  });

  it('says a mistyped number is not valid when no --hotline is given', async () => {
    const result = await runAppealsCli(['acknowledge', '1195-5899-0742-7', '--by', 'Duty officer']);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a valid registration number');
  });

  it('lists the command in the usage', async () => {
    const result = await runAppealsCli(['--help']);

    expect(result.stdout).toContain('acknowledge NUMBER --by NAME [--hotline 111]');
  });
});
