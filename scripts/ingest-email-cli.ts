import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { formatDeadline } from '../functions/appeals/domain/acknowledgement';
import { DEFAULT_API_URL } from './lib/api-client';
import { type CliResult, EXIT_FAILED, EXIT_UNREACHABLE, EXIT_USAGE } from './lib/cli';

/**
 * `npm run ingest-email -- FILE.eml [--received ISO-8601] [--spam PASS|FAIL] [--virus PASS|FAIL] [--json]`:
 * hands a raw message to the local SES stand-in exactly as SES receiving would (the raw message stored in
 * the inbound bucket, the receiving function invoked with an SES event built from it) and prints what the
 * register did. The recipient address picks the hotline. Logic here, printing in `scripts/ingest-email.ts`.
 */

/** Exactly the fields the command-line contract names. */
export interface IngestOutput {
  readonly outcome: 'registered' | 'threaded' | 'duplicate' | 'ignored' | 'quarantined';
  readonly registrationNumber?: string;
  readonly hotline: string;
  readonly subject: string;
  readonly attachments: number;
  /** Attachments left in the raw message by the attachment limits; absent when none. */
  readonly attachmentsNotUnpacked?: number;
  readonly deadline?: string;
  readonly acknowledged: boolean;
  readonly reason?: string;
  /** The appeal whose number a message from someone other than its applicant carried (a new appeal refers to it). */
  readonly relatedTo?: string;
}

const USAGE = `Usage: npm run ingest-email -- FILE.eml [--received ISO-8601] [--spam PASS|FAIL] [--virus PASS|FAIL] [--json]
  Delivers a raw e-mail (RFC 5322) to the local runtime's SES receiving path, as mail to the hotline's
  address would arrive, and prints the outcome: registered, threaded, duplicate, ignored or quarantined.
  --received  when SES received it (default: now); the answer deadline counts from it
  --spam      SES spam verdict (default PASS)     --virus  SES virus verdict (default PASS)
  --json      one JSON object instead of a line of text
`;

const usage = (message: string): CliResult => ({
  code: EXIT_USAGE,
  stdout: '',
  stderr: `${message}\n\n${USAGE}`,
});

export async function runIngestEmailCli(argv: readonly string[]): Promise<CliResult> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, stdout: USAGE, stderr: '' };
  if (positionals.length !== 1)
    return usage('Give exactly one message file, e.g. functions/appeals/fixtures/ru-plain-utf8.eml');
  const file = positionals[0]!;
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    return { code: EXIT_USAGE, stdout: '', stderr: `No such file: ${file}\n` };
  }
  if (
    values.received !== undefined &&
    (!/^\d{4}-\d{2}-\d{2}T/u.test(values.received) || Number.isNaN(Date.parse(values.received)))
  ) {
    return usage(
      `--received must be an ISO-8601 date-time such as 2026-11-23T10:00:00+05:00, got ${JSON.stringify(values.received)}`,
    );
  }
  for (const name of ['spam', 'virus'] as const) {
    const verdict = values[name];
    if (verdict !== undefined && !['PASS', 'FAIL'].includes(verdict.toUpperCase())) {
      return usage(`--${name} must be PASS or FAIL, got ${JSON.stringify(verdict)}`);
    }
  }
  const query = new URLSearchParams();
  if (values.received) query.set('received', values.received);
  if (values.spam) query.set('spam', values.spam.toUpperCase());
  if (values.virus) query.set('virus', values.virus.toUpperCase());
  const base = (process.env['QOLDAU_API_URL'] ?? DEFAULT_API_URL).replace(/\/$/u, '');
  const url = `${base}/_local/ses/receive?${query}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'message/rfc822' },
      body: fs.readFileSync(file),
    });
  } catch (error) {
    const code = (error as Error & { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    return {
      code: EXIT_UNREACHABLE,
      stdout: '',
      stderr: `Cannot reach the local runtime at ${base} (${code}). Is \`npm start\` running? Set QOLDAU_API_URL to point elsewhere.\n`,
    };
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    return {
      code: EXIT_FAILED,
      stdout: '',
      stderr: `${String(body['message'] ?? `HTTP ${response.status}`)}\n`,
    };
  }
  const output = outputOf(body);
  return {
    code: 0,
    stdout: values.json ? `${JSON.stringify(output)}\n` : `${describe(output)}\n`,
    stderr: '',
  };
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      received: { type: 'string' },
      spam: { type: 'string' },
      virus: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

function outputOf(body: Record<string, unknown>): IngestOutput {
  const optional = (key: string) => (typeof body[key] === 'string' ? { [key]: body[key] as string } : {});
  return {
    outcome: body['outcome'] as IngestOutput['outcome'],
    ...optional('registrationNumber'),
    hotline: String(body['hotline'] ?? ''),
    subject: String(body['subject'] ?? ''),
    attachments: Number(body['attachments'] ?? 0),
    ...(typeof body['attachmentsNotUnpacked'] === 'number'
      ? { attachmentsNotUnpacked: body['attachmentsNotUnpacked'] }
      : {}),
    ...optional('deadline'),
    acknowledged: body['acknowledged'] === true,
    ...optional('reason'),
    ...optional('relatedTo'),
  };
}

/** `registered 1415-2297-2035-8 (hotline 1414): "Subject" — 2 attachments, answer due 25.11.2026 23:59, acknowledged`. */
export function describe(output: IngestOutput): string {
  const subject = output.subject ? `"${output.subject}"` : '(no subject)';
  const number = output.registrationNumber ? ` ${output.registrationNumber}` : '';
  const details = [
    `${output.attachments} attachment${output.attachments === 1 ? '' : 's'}`,
    ...(output.attachmentsNotUnpacked
      ? [`${output.attachmentsNotUnpacked} more left in the raw message (attachment limits)`]
      : []),
    ...(output.deadline ? [`answer due ${formatDeadline(output.deadline)} (Astana time)`] : []),
    ...(output.reason ? [`reason: ${output.reason}`] : []),
    ...(output.relatedTo ? [`refers to ${output.relatedTo}`] : []),
    output.acknowledged ? 'acknowledgement sent' : 'no acknowledgement',
  ];
  return `${output.outcome}${number} (hotline ${output.hotline}): ${subject} — ${details.join(', ')}`;
}
