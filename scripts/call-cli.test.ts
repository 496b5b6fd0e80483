import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { CallTranscript } from '../local/services/connect/contract';
import { parseCallArgs, runCallCli } from './call-cli';
import { formatCall } from './call-format';

describe('npm run call arguments', () => {
  it('turns every --input into the next answer, in order, with an empty one as silence', () => {
    const parsed = parseCallArgs(['--hotline', '1414', '--input', '2', '--input', '', '--input', '1414#']);

    expect(parsed).toEqual({
      request: { hotline: '1414', inputs: ['2', null, '1414#'], agentHangup: false },
      json: false,
    });
  });

  it('reads the caller number, the operator hang-up and --json', () => {
    const parsed = parseCallArgs(['--hotline', '111', '--from', '+77011234567', '--agent-hangup', '--json']);

    expect(parsed).toEqual({
      request: { hotline: '111', from: '+77011234567', inputs: [], agentHangup: true },
      json: true,
    });
  });

  it('names the operator who answers with --agent, for the post-call rating', () => {
    const parsed = parseCallArgs(['--hotline', '1414', '--agent-hangup', '--agent', 'aigerim.s']);

    expect(parsed).toEqual({
      request: { hotline: '1414', inputs: [], agentHangup: true, agent: { username: 'aigerim.s' } },
      json: false,
    });
  });

  it.each([
    ['no hotline', []],
    ['an operator with no one answering', ['--hotline', '1414', '--agent', 'aigerim.s']],
    ['an operator name with spaces', ['--hotline', '1414', '--agent-hangup', '--agent', 'Aigerim S']],
    ['an unknown hotline', ['--hotline', '112']],
    ['letters as input', ['--hotline', '1414', '--input', '2a']],
    ['a caller number that is not E.164', ['--hotline', '1414', '--from', '87011234567']],
    ['an unknown option', ['--hotline', '1414', '--operator']],
  ])('rejects %s with the usage and exit code 2', async (_, argv) => {
    const result = await runCallCli(argv, {});

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage:');
  });

  it('says the digit limit for an overlong --input instead of echoing it whole', async () => {
    const result = await runCallCli(['--hotline', '1414', '--input', '1'.repeat(10_000)], {});

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--input takes 1 to 30 keypad digits');
    expect(result.stderr).toContain('(10000 characters)');
    expect(result.stderr.length).toBeLessThan(3_000);
  });

  it('says the runtime is not running, with exit code 3, when nothing answers', async () => {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));

    const result = await runCallCli(['--hotline', '1414'], { QOLDAU_API_URL: `http://127.0.0.1:${port}` });

    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/Cannot reach the local runtime.*npm start/);
  });
});

describe('the readable transcript', () => {
  const call: CallTranscript = {
    hotline: '1414',
    contactId: 'c-1',
    language: 'ru',
    steps: [
      { type: 'prompt', text: 'Для русского языка нажмите 2.', language: 'multilingual', action: 'menu' },
      { type: 'input', digits: '2', action: 'menu' },
      { type: 'timeout', action: 'main-menu-ru' },
      {
        type: 'lambda',
        name: 'appealStatus',
        parameters: { number: '123', lang: 'ru' },
        error: 'Task timed out',
        action: 'lookup',
      },
      { type: 'queue', queue: 'ucc-ru', priority: 5, action: 'queue' },
      { type: 'whisper', text: 'ucc-ru', language: 'ru', action: 'say-queue' },
    ],
    attributes: { lang: 'ru' },
    outcome: { kind: 'queue', queue: 'ucc-ru', priority: 5 },
    rating: 4,
    recording: 'bucket/connect/x/CallRecordings/2025/03/03/c-1_20250303T09:00_UTC.wav',
    contactRecords: [],
    waitingCallback: null,
  };

  it('tells what the caller heard and keyed, what failed, and how the call ended', () => {
    const text = formatCall(call);

    expect(text).toContain('caller hears [multilingual]: Для русского языка нажмите 2.');
    expect(text).toContain('caller keys in 2');
    expect(text).toContain('caller keys in nothing (timeout)');
    expect(text).toContain('λ appealStatus(number=123, lang=ru) failed: Task timed out');
    expect(text).toMatch(/Outcome: +queued in ucc-ru at priority 5/);
    expect(text).toMatch(/Rating: +4/);
  });

  it('shows what only the operator heard apart from what the caller heard', () => {
    expect(formatCall(call)).toContain('operator alone hears [ru]: ucc-ru');
  });
});

describe('npm run call: queue figures and callbacks', () => {
  it('passes --queue-wait and --queue-size on as what the flow reads', () => {
    const parsed = parseCallArgs(['--hotline', '1414', '--queue-wait', '90', '--queue-size', '12']);

    expect(parsed).toMatchObject({ request: { queueWaitSeconds: 90, queueSize: 12 } });
  });

  it.each([
    [['--hotline', '1414', '--queue-wait', 'long'], '--queue-wait takes whole seconds'],
    [['--hotline', '1414', '--queue-wait', '1.5'], '--queue-wait takes whole seconds'],
    [['--hotline', '1414', '--queue-size', '100001'], '--queue-size takes a number of calls'],
  ])('refuses %j with a usage error', async (argv, message) => {
    const result = await runCallCli(argv, {});

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('prints a booked callback with the number masked', () => {
    const text = formatCall({
      hotline: '1414',
      contactId: 'c-2',
      language: 'ru',
      steps: [{ type: 'callback', queue: 'ucc-ru', number: '+7701***2233', action: 'cb-create-ru' }],
      attributes: { callback: 'requested' },
      outcome: { kind: 'callback', queue: 'ucc-ru', callbackNumber: '+77011112233' },
      rating: null,
      recording: null,
      contactRecords: [],
      waitingCallback: null,
    });

    expect(text).toContain('callback booked in ucc-ru to +7701***2233');
    expect(text).toContain('Outcome:   callback in ucc-ru to +7701***2233');
    expect(text).not.toContain('+77011112233');
  });
});
