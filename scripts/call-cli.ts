import { parseArgs } from 'node:util';
import { isE164 } from '../contracts/phone';
import type { CallRequest, CallTranscript } from '../local/services/connect/contract';
import { CALLS_PATH } from '../local/services/connect/contract';
import { formatCall, printedCall } from './call-format';
import { DEFAULT_API_URL } from './lib/api-client';
import { CliError, type CliResult, EXIT_FAILED, EXIT_UNREACHABLE, EXIT_USAGE, UsageError } from './lib/cli';

/**
 * `npm run call -- --hotline 1414|111 [--from +77011234567] [--input DIGITS]... [--queue-wait SECONDS] [--queue-size N] [--agent-hangup [--agent USERNAME]] [--json]`:
 * places a simulated call on the running local runtime (its telephone network, `POST /_local/connect/calls`,
 * unauthenticated like a phone line). Each `--input` answers the next prompt that collects digits; a missing
 * one is a timeout (`--input ''` is a timeout in the middle). Parsing and printing live here so they can be
 * tested; `scripts/call.ts` only runs it.
 */

export const CALL_USAGE = `Usage:
  npm run call -- --hotline 1414|111 [--from +77011234567] [--input DIGITS]... [--queue-wait SECONDS]
                  [--queue-size N] [--agent-hangup [--agent USERNAME]] [--json]

  --hotline       the number dialled: 1414 or 111
  --from          the caller's number (E.164)
  --input         answers the next prompt that collects digits, e.g. --input 2 --input 4 --input 1415229720358#;
                  when they run out the caller stays silent; --input '' is silence in the middle
  --queue-wait    the queue's expected wait in seconds, as the flow reads it (above the hotline's threshold,
                  40 s by default, 1414 offers a callback: --input 1 accepts, then 1 confirms the number or
                  2 and a ten-digit number ending in # gives another)
  --queue-size    how many calls the queue reports waiting
  --agent-hangup  an operator answers the queued call (or the callback) and hangs up; later --input values
                  answer the survey
  --agent         the Connect user name of that operator (default operator), as the post-call rating records it
  --json          print one JSON object instead of the readable transcript
`;

export function parseCallArgs(argv: readonly string[]): { request: CallRequest; json: boolean } | 'help' {
  let values: {
    hotline?: string;
    from?: string;
    input?: string[];
    'agent-hangup'?: boolean;
    agent?: string;
    'queue-wait'?: string;
    'queue-size'?: string;
    json?: boolean;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        hotline: { type: 'string' },
        from: { type: 'string' },
        input: { type: 'string', multiple: true },
        'agent-hangup': { type: 'boolean' },
        agent: { type: 'string' },
        'queue-wait': { type: 'string' },
        'queue-size': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  if (values.hotline !== '1414' && values.hotline !== '111') {
    throw new UsageError(
      values.hotline === undefined ? 'missing --hotline 1414|111' : `unknown hotline ${values.hotline}`,
    );
  }
  if (values.from !== undefined && !isE164(values.from)) {
    throw new UsageError(`--from must be an E.164 number such as +77011234567, not ${values.from}`);
  }
  const inputs = (values.input ?? []).map((input) => {
    if (input === '') return null;
    if (!/^[0-9*#]{1,30}$/.test(input)) {
      const shown = input.length > 40 ? `${input.slice(0, 20)}… (${input.length} characters)` : input;
      throw new UsageError(`--input takes 1 to 30 keypad digits (0-9, *, #), not ${shown}`);
    }
    return input;
  });
  if (values.agent !== undefined) {
    if (!values['agent-hangup']) throw new UsageError('--agent names the operator of --agent-hangup; add it');
    if (!/^[A-Za-z0-9._@+-]{1,64}$/.test(values.agent))
      throw new UsageError(`--agent takes a Connect user name such as aigerim.s, not ${values.agent}`);
  }
  const count = (flag: 'queue-wait' | 'queue-size', max: number, what: string) => {
    const value = values[flag];
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value) || Number(value) > max) {
      throw new UsageError(`--${flag} takes ${what} from 0 to ${max}, not ${value}`);
    }
    return Number(value);
  };
  const queueWaitSeconds = count('queue-wait', 86_400, 'whole seconds');
  const queueSize = count('queue-size', 100_000, 'a number of calls');
  return {
    request: {
      hotline: values.hotline,
      ...(queueWaitSeconds === undefined ? {} : { queueWaitSeconds }),
      ...(queueSize === undefined ? {} : { queueSize }),
      ...(values.from === undefined ? {} : { from: values.from }),
      inputs,
      agentHangup: values['agent-hangup'] ?? false,
      ...(values.agent === undefined ? {} : { agent: { username: values.agent } }),
    },
    json: values.json ?? false,
  };
}

/** Places the call on the local runtime at `apiUrl` and returns its transcript. */
export async function placeLocalCall(apiUrl: string, request: CallRequest): Promise<CallTranscript> {
  const url = `${apiUrl.replace(/\/$/, '')}${CALLS_PATH}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
  } catch (error) {
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    const code = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new CliError(
      `Cannot reach the local runtime at ${new URL(url).origin} (${code}). Is \`npm start\` running? Set QOLDAU_API_URL to point elsewhere.`,
      EXIT_UNREACHABLE,
    );
  }
  const text = await response.text();
  if (response.status === 404 && !text.includes('contact center')) {
    throw new CliError(
      `${new URL(url).origin} has no local telephone network (${CALLS_PATH}): is it the local runtime?`,
      EXIT_UNREACHABLE,
    );
  }
  const body = JSON.parse(text || 'null') as CallTranscript | { message?: string } | null;
  if (!response.ok) {
    throw new CliError(
      `The call failed (HTTP ${response.status}): ${(body as { message?: string } | null)?.message ?? text}`,
      EXIT_FAILED,
    );
  }
  return body as CallTranscript;
}

export async function runCallCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<CliResult> {
  try {
    const parsed = parseCallArgs(argv);
    if (parsed === 'help') return { code: 0, stdout: CALL_USAGE, stderr: '' };
    const call = await placeLocalCall(env['QOLDAU_API_URL'] ?? DEFAULT_API_URL, parsed.request);
    const stdout = parsed.json ? `${JSON.stringify(printedCall(call), null, 2)}\n` : formatCall(call);
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    if (error instanceof UsageError) {
      return { code: EXIT_USAGE, stdout: '', stderr: `call: ${error.message}\n\n${CALL_USAGE}` };
    }
    if (error instanceof CliError)
      return { code: error.exitCode, stdout: '', stderr: `call: ${error.message}\n` };
    throw error;
  }
}
