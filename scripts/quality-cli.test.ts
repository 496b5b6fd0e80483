import { describe, expect, it } from 'vitest';
import { parseAnswer, runQualityCli } from './quality-cli';

describe('npm run quality', () => {
  it.each([
    [[], 'name a command'],
    [['grade'], 'unknown command grade'],
    [['evaluate', '--hotline', '1515'], '--hotline must be 1414 or 111'],
    [['scorecard', '--hotline', '1414', '--week', '2026-49'], 'expected an ISO week like 2026-W49'],
    [['scorecard', '--hotline', '1414', '--weeks', '40'], 'expected a whole number 1 to 26'],
    [['evaluate', '--hotline', '1414', '--week', '2026-W49', '--contact', 'c1'], 'one --answer'],
    [['evaluate', '--hotline', '1414', '--contact', 'c1', '--answer', 'clarity=4'], '--contact needs --week'],
    [
      ['evaluate', '--hotline', '1414', '--week', '2026-W49', '--contact', 'c', '--answer', 'clarity=7'],
      'expected <question>=yes|no|na|1-5',
    ],
    [['practice', '--hotline', '1414', '--bogus'], "Unknown option '--bogus'"],
  ])('%j is a usage error (exit 2) that says what is wrong', async (argv, message) => {
    const result = await runQualityCli(argv);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage:');
  });

  it('lists the practice scenarios of a hotline without the API', async () => {
    const result = await runQualityCli(['practice', '--hotline', '111', '--json']);

    expect(result.code).toBe(0);
    const scenarios = JSON.parse(result.stdout) as Array<{ id: string; hotline: string }>;
    expect(scenarios.length).toBeGreaterThanOrEqual(10);
    expect(scenarios.every((scenario) => scenario.hotline === '111')).toBe(true);
  });

  it('scores a practice self-check against the scenario', async () => {
    const result = await runQualityCli([
      'practice',
      '--hotline',
      '111',
      '--scenario',
      '111-domestic-violence-ru',
      '--article',
      '111-domestic-violence-ru',
      '--referral',
      'police-102',
      '--register',
    ]);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Self-check: 0% (critical fail)');
    expect(result.stdout).toContain('NOT met  urgent-escalation: expected yes, got no');
  });

  it('an unknown scenario is not found (exit 4)', async () => {
    const result = await runQualityCli(['practice', '--hotline', '1414', '--scenario', '111-divorce-ru']);

    expect(result.code).toBe(4);
  });

  it('prints the form in force with its question ids', async () => {
    const result = await runQualityCli(['evaluate', '--hotline', '111', '--form']);

    expect(result.stdout).toContain('confidentiality');
    expect(result.stdout).toContain('critical');
  });

  it('reads answers as yes, no, na or 1-5', () => {
    expect(parseAnswer('referral=na')).toEqual(['referral', 'na']);
    expect(parseAnswer('clarity=4')).toEqual(['clarity', 4]);
    expect(parseAnswer('greeting-language=no')).toEqual(['greeting-language', false]);
  });
});
