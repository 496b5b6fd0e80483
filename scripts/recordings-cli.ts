import { parseArgs } from 'node:util';
import { type HotlineId, HotlineIdSchema } from '../contracts/hotlines';
import { type ApiResponse, callApi } from './lib/api-client';
import {
  CliError,
  type CliResult,
  EXIT_FAILED,
  EXIT_OK,
  EXIT_USAGE,
  isParseArgsError,
  UsageError,
} from './lib/cli';

/**
 * `npm run recordings -- ...`: call recordings for the authorized body, from the command line. It signs its
 * requests with the local identity of the hotline's `authority` role (or `supervisor` for the audit log), or
 * with the AWS credentials in the environment against a deployed stack. Logic lives here, printing in
 * `scripts/recordings.ts`, so tests run the very command developers do.
 */

export interface RecordingsCliOptions {
  /** How long `request` waits for fulfilment. @default 20 s (`QOLDAU_RECORDINGS_WAIT_SECONDS`) */
  readonly waitMs?: number;
  /** Pause between two looks at a waiting request. @default 500 ms */
  readonly pollMs?: number;
}

/** A request as the API answers it. */
export interface RequestAnswer {
  readonly requestId: string;
  readonly hotline: string;
  readonly status: string;
  readonly date: string;
  readonly deadline: string;
  readonly deadlineMet?: boolean;
  readonly recordings: ReadonlyArray<{
    readonly contactId: string;
    readonly url: string;
    readonly expiresAt: string;
    readonly initiatedAt: string;
  }>;
  readonly missing?: readonly string[];
}

const FINAL_STATUSES = ['fulfilled', 'no_recordings'];

const USAGE = `Usage:
  npm run recordings -- request --hotline 1414|111 --date YYYY-MM-DD --phone +7XXXXXXXXXX
                                [--deadline ISO-8601] [--reason TEXT] [--json]
      Registers a request of the authorized body for the recordings of that number on that day (Almaty),
      waits briefly for fulfilment and prints the status and, once fulfilled, a URL per recording
      (valid 15 minutes). 111 requires --deadline; for 1414 it may only shorten the 4 hours.
  npm run recordings -- status --hotline 1414|111 --id <requestId> [--json]
      The request's status; once fulfilled, fresh URLs (each issue is written to the audit log).
  npm run recordings -- audit --hotline 1414|111 --from YYYY-MM-DD [--to YYYY-MM-DD] [--json]
      The audit log of recording requests (as supervisor), by Almaty day, at most 31 days.
`;

function required(value: string | undefined, option: string, example: string): string {
  if (value === undefined || value === '')
    throw new UsageError(`missing --${option} (e.g. --${option} ${example})`);
  return value;
}

function hotlineOf(value: string | undefined): HotlineId {
  const parsed = HotlineIdSchema.safeParse(required(value, 'hotline', '1414'));
  if (!parsed.success) throw new UsageError(`--hotline must be 1414 or 111, got ${JSON.stringify(value)}`);
  return parsed.data;
}

function ensureOk<T>(response: ApiResponse<T>, what: string): T {
  if (response.status >= 200 && response.status < 300) return response.body;
  const message = (response.body as { message?: string } | null)?.message ?? JSON.stringify(response.body);
  throw new CliError(`${what} failed (HTTP ${response.status}): ${message}`, EXIT_FAILED);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function getRequest(hotline: HotlineId, requestId: string): Promise<RequestAnswer> {
  const response = await callApi<RequestAnswer>({
    hotline,
    role: 'authority',
    method: 'GET',
    path: `/recordings/requests/${encodeURIComponent(requestId)}`,
  });
  return ensureOk(response, 'Reading the request');
}

function render(answer: RequestAnswer, json: boolean): string {
  if (json) {
    const { requestId, status, deadline, recordings } = answer;
    const links = recordings.map(({ contactId, url, expiresAt }) => ({ contactId, url, expiresAt }));
    return `${JSON.stringify({ requestId, status, deadline, recordings: links })}\n`;
  }
  const lines = [`Request ${answer.requestId} (${answer.hotline}, ${answer.date}): ${answer.status}`];
  lines.push(`  deadline ${answer.deadline}${answer.deadlineMet === false ? ' (missed)' : ''}`);
  for (const recording of answer.recordings) {
    lines.push(
      `  contact ${recording.contactId}, call at ${recording.initiatedAt}, URL valid until ${recording.expiresAt}:`,
    );
    lines.push(`    ${recording.url}`);
  }
  if (answer.missing?.length) lines.push(`  recordings never uploaded: ${answer.missing.join(', ')}`);
  if (answer.status === 'no_recordings') lines.push('  no recorded call from that number on that day');
  if (!FINAL_STATUSES.includes(answer.status)) {
    lines.push(
      `  still open: check again with  npm run recordings -- status --hotline ${answer.hotline} --id ${answer.requestId}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function requestCommand(args: string[], options: RecordingsCliOptions): Promise<CliResult> {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      hotline: { type: 'string' },
      date: { type: 'string' },
      phone: { type: 'string' },
      deadline: { type: 'string' },
      reason: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const hotline = hotlineOf(values.hotline);
  const body = {
    date: required(values.date, 'date', '2026-11-23'),
    phone: required(values.phone, 'phone', '+77012345678'),
    reason: values.reason ?? 'Written request of the authorized body',
    ...(values.deadline === undefined ? {} : { deadline: values.deadline }),
  };
  const created = ensureOk(
    await callApi<RequestAnswer>({
      hotline,
      role: 'authority',
      method: 'POST',
      path: '/recordings/requests',
      body,
    }),
    'Registering the request',
  );
  const waitMs = options.waitMs ?? Number(process.env['QOLDAU_RECORDINGS_WAIT_SECONDS'] ?? 20) * 1000;
  const until = Date.now() + waitMs;
  let answer = await getRequest(hotline, created.requestId);
  while (!FINAL_STATUSES.includes(answer.status) && Date.now() < until) {
    await sleep(options.pollMs ?? 500);
    answer = await getRequest(hotline, created.requestId);
  }
  return { code: EXIT_OK, stdout: render(answer, values.json), stderr: '' };
}

async function statusCommand(args: string[]): Promise<CliResult> {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      hotline: { type: 'string' },
      id: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const hotline = hotlineOf(values.hotline);
  const answer = await getRequest(hotline, required(values.id, 'id', '<requestId>'));
  return { code: EXIT_OK, stdout: render(answer, values.json), stderr: '' };
}

interface AuditAnswer {
  readonly events: ReadonlyArray<{
    readonly action: string;
    readonly at: string;
    readonly actor: { readonly session: string };
    readonly requestId?: string;
    readonly contactId?: string;
  }>;
}

async function auditCommand(args: string[]): Promise<CliResult> {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      hotline: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const hotline = hotlineOf(values.hotline);
  const from = required(values.from, 'from', '2026-11-23');
  const query = new URLSearchParams({ from, to: values.to ?? from });
  const answer = ensureOk(
    await callApi<AuditAnswer>({
      hotline,
      role: 'supervisor',
      method: 'GET',
      path: `/recordings/audit?${query}`,
    }),
    'Reading the audit log',
  );
  if (values.json) return { code: EXIT_OK, stdout: `${JSON.stringify(answer)}\n`, stderr: '' };
  const lines = answer.events.map((event) =>
    `${event.at}  ${event.action.padEnd(22)} ${event.actor.session.padEnd(20)} ${event.requestId ?? ''} ${event.contactId ?? ''}`.trimEnd(),
  );
  return { code: EXIT_OK, stdout: `${lines.join('\n')}${lines.length ? '\n' : ''}`, stderr: '' };
}

/** Runs one `recordings` command line (the arguments after `npm run recordings --`). */
export async function runRecordingsCli(
  argv: readonly string[],
  options: RecordingsCliOptions = {},
): Promise<CliResult> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'request':
        return await requestCommand(rest, options);
      case 'status':
        return await statusCommand(rest);
      case 'audit':
        return await auditCommand(rest);
      case 'help':
      case '--help':
      case '-h':
        return { code: EXIT_OK, stdout: USAGE, stderr: '' };
      case undefined:
        throw new UsageError('missing command: request, status or audit');
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}: expected request, status or audit`);
    }
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      return {
        code: EXIT_USAGE,
        stdout: '',
        stderr: `recordings: ${error.message}\nRun \`npm run recordings -- --help\` for usage.\n`,
      };
    }
    if (error instanceof CliError)
      return { code: error.exitCode, stdout: '', stderr: `recordings: ${error.message}\n` };
    throw error;
  }
}
