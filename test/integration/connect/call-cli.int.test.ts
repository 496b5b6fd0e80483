import { beforeAll, describe, expect, it } from 'vitest';
import { runCallCli } from '../../../scripts/call-cli';
import { useTestRuntime } from '../../support/runtime';

let env: Record<string, string>;
beforeAll(() => {
  env = { QOLDAU_API_URL: useTestRuntime().apiUrl };
});

describe('npm run call against the local runtime', () => {
  it('prints one JSON object with the contract’s fields', async () => {
    const result = await runCallCli(
      [
        '--hotline',
        '1414',
        '--from',
        '+77011234567',
        '--input',
        '2',
        '--input',
        '1',
        '--agent-hangup',
        '--input',
        '4',
        '--json',
      ],
      env,
    );

    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(printed).toMatchObject({
      hotline: '1414',
      contactId: expect.any(String),
      language: 'ru',
      attributes: expect.objectContaining({ lang: 'ru', topic: 'egov' }),
      outcome: { kind: 'queue', queue: 'ucc-ru', priority: 5 },
      rating: 4,
    });
    const steps = printed['steps'] as Array<{ type: string }>;
    expect(steps.map((step) => step.type)).toEqual(
      expect.arrayContaining(['prompt', 'input', 'lambda', 'queue']),
    );
  });

  it('prints a readable transcript by default', async () => {
    const result = await runCallCli(['--hotline', '111', '--input', '1', '--input', '4'], env);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('caller keys in 4');
    expect(result.stdout).toMatch(/Outcome: +transferred to 1414/);
  });
});
