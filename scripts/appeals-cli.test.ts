import { describe, expect, it } from 'vitest';
import { formatAppeal, runAppealsCli } from './appeals-cli';

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

  it.each(['show', 'status', 'move'])(
    'says a short number is not a registration number rather than asking for --hotline (%s)',
    async (command) => {
      const result = await runAppealsCli([command, '1234']);

      expect(result.code).toBe(2);
      expect(result.stderr).toContain('1234 is not a valid registration number');
      expect(result.stderr).not.toContain('--hotline must be');
    },
  );

  it('lists the command in the usage', async () => {
    const result = await runAppealsCli(['--help']);

    expect(result.stdout).toContain('acknowledge NUMBER --by NAME [--hotline 111]');
  });
});

describe('npm run appeals -- show', () => {
  it('tells the answer clock from the urgent acknowledgement clock in the history', () => {
    const text = formatAppeal({
      appeal: {
        registrationNumber: '1192-7416-8772-0',
        status: 'registered',
        deadline: '2026-12-14T23:59:59+05:00',
      },
      history: [
        {
          at: '2026-11-23T14:03:01Z',
          type: 'sla_started',
          clock: 'answer',
          deadline: '2026-12-14T23:59:59+05:00',
        },
        {
          at: '2026-11-23T14:03:02Z',
          type: 'sla_started',
          clock: 'urgent-ack',
          deadline: '2026-11-23T19:18:02+05:00',
        },
        { at: '2026-11-23T14:03:03Z', type: 'urgent_acknowledged', by: 'Duty officer 102' },
        { at: '2026-11-23T14:04:00Z', type: 'status_changed', to: 'in_progress' },
      ],
    });

    expect(text).toContain('sla_started [answer] due 2026-12-14T23:59:59+05:00');
    expect(text).toContain('sla_started [urgent-ack] due 2026-11-23T19:18:02+05:00');
    expect(text).toContain('urgent_acknowledged by Duty officer 102');
    expect(text).toContain('status_changed -> in_progress');
  });
});

describe('npm run appeals -- refer', () => {
  it('needs the body’s id in the referral directory', async () => {
    const result = await runAppealsCli(['refer', '--hotline', '1414', '1415-2297-2035-8']);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('refer needs --body-id');
  });
});
