import { parseArgs } from 'node:util';
import { type HotlineId, HotlineIdSchema } from '../contracts/hotlines';
import { parseRegistrationNumber } from '../functions/appeals/domain/registration-number';
import { type ApiResponse, type CliRole, callApi } from './lib/api-client';
import {
  CliError,
  type CliResult,
  EXIT_FAILED,
  EXIT_NOT_FOUND,
  EXIT_USAGE,
  isParseArgsError,
  UsageError,
} from './lib/cli';

/**
 * `npm run appeals -- register|show|status|move|refer|acknowledge ...`: the operator's tool for the appeal register,
 * signing requests as the hotline's operator (or `--role supervisor`). Logic here, printing in
 * `scripts/appeals.ts`.
 */

const USAGE = `Usage:
  npm run appeals -- register --hotline 1414|111 --lang kk|ru|en --text TEXT [--topic T] [--email E] [--phone P] [--urgent]
  npm run appeals -- show     --hotline 1414|111 NUMBER          (the appeal and its history)
  npm run appeals -- status   --hotline 1414|111 NUMBER          (status and dates only)
  npm run appeals -- move     --hotline 1414|111 NUMBER --to in_progress|answered|closed [--reason TEXT]
  npm run appeals -- refer    --hotline 1414|111 NUMBER --body-id ID [--note TEXT] [--body-name NAME] [--contacts TEXT]
                               (the body's name and contacts come from the referral directory, in the
                                appeal's language; --body-name and --contacts say otherwise)
  npm run appeals -- acknowledge NUMBER --by NAME [--hotline 111] [--body-id ID] [--note TEXT]
                               (a state body acknowledged an urgent appeal; the number names its hotline)
Options: --role operator|supervisor (default operator), --json (print the API's answer as JSON)
`;

export async function runAppealsCli(argv: readonly string[]): Promise<CliResult> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        hotline: { type: 'string' },
        role: { type: 'string', default: 'operator' },
        lang: { type: 'string' },
        text: { type: 'string' },
        topic: { type: 'string' },
        email: { type: 'string' },
        phone: { type: 'string' },
        urgent: { type: 'boolean', default: false },
        to: { type: 'string' },
        reason: { type: 'string' },
        'body-id': { type: 'string' },
        'body-name': { type: 'string' },
        contacts: { type: 'string' },
        note: { type: 'string' },
        by: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const [command, number] = positionals;
    if (values.help || command === undefined)
      return { code: command ? 0 : 2, stdout: values.help ? USAGE : '', stderr: values.help ? '' : USAGE };
    const hotline = HotlineIdSchema.safeParse(
      command === 'register' ? values.hotline : hotlineOfNumber(command, number, values.hotline),
    );
    if (!hotline.success) throw new UsageError('--hotline must be 1414 or 111');
    if (values.role !== 'operator' && values.role !== 'supervisor')
      throw new UsageError('--role must be operator or supervisor');
    const call: Call = (method, path, body) =>
      callApi({
        hotline: hotline.data as HotlineId,
        role: values.role as CliRole,
        method,
        path,
        ...(body ? { body } : {}),
      });
    const needNumber = () => {
      if (!number) throw new UsageError(`${command} needs the registration number`);
      return encodeURIComponent(number);
    };
    let response: ApiResponse;
    switch (command) {
      case 'register':
        if (!values.lang || !values.text) throw new UsageError('register needs --lang and --text');
        response = await call('POST', '/appeals', {
          lang: values.lang,
          text: values.text,
          channel: 'phone',
          ...(values.topic ? { topic: values.topic } : {}),
          ...(values.email ? { email: values.email } : {}),
          ...(values.phone ? { phone: values.phone } : {}),
          ...(values.urgent ? { urgent: true } : {}),
        });
        break;
      case 'show':
        response = await call('GET', `/appeals/${needNumber()}`);
        break;
      case 'status':
        response = await call('GET', `/appeals/${needNumber()}/status`);
        break;
      case 'move':
        if (!values.to) throw new UsageError('move needs --to');
        response = await call('POST', `/appeals/${needNumber()}/transitions`, {
          to: values.to,
          ...(values.reason ? { reason: values.reason } : {}),
        });
        break;
      case 'refer': {
        const bodyId = values['body-id'];
        if (!bodyId)
          throw new UsageError(
            'refer needs --body-id: an id of the referral directory (npm run kb -- search "..." --kind referral)',
          );
        // The API names the body from the directory, in the appeal's language; the options replace that.
        response = await call('POST', `/appeals/${needNumber()}/transitions`, {
          to: 'referred',
          referral: {
            bodyId,
            ...(values['body-name'] ? { name: values['body-name'] } : {}),
            ...(values.contacts ? { contacts: values.contacts } : {}),
            ...(values.note ? { note: values.note } : {}),
          },
        });
        if (response.status === 404 && messageOf(response).includes('referral directory'))
          return {
            code: 4,
            stdout: '',
            stderr: `${messageOf(response)}; find its id with npm run kb -- search "..." --kind referral\n`,
          };
        break;
      }
      case 'acknowledge':
        if (!values.by?.trim())
          throw new UsageError('acknowledge needs --by: who acknowledged, e.g. the duty officer');
        response = await call('POST', `/appeals/${needNumber()}/acknowledgement`, {
          by: values.by,
          ...(values['body-id'] ? { bodyId: values['body-id'] } : {}),
          ...(values.note ? { note: values.note } : {}),
        });
        break;
      default:
        throw new UsageError(`Unknown command ${command}`);
    }
    if (response.status >= 400) return failure(response);
    const text = command === 'acknowledge' ? acknowledgementSummary : formatAppeal;
    return {
      code: 0,
      stdout: values.json ? `${JSON.stringify(response.body)}\n` : text(response.body),
      stderr: '',
    };
  } catch (error) {
    if (error instanceof CliError) return { code: error.exitCode, stdout: '', stderr: `${error.message}\n` };
    if (error instanceof UsageError || isParseArgsError(error)) {
      return { code: EXIT_USAGE, stdout: '', stderr: `${error.message}\n\n${USAGE}` };
    }
    throw error;
  }
}

type Call = (method: 'GET' | 'POST', path: string, body?: unknown) => Promise<ApiResponse>;

function messageOf(response: ApiResponse): string {
  return (response.body as { message?: string } | null)?.message ?? `HTTP ${response.status}`;
}

function failure(response: ApiResponse): CliResult {
  return {
    code: response.status === 404 ? EXIT_NOT_FOUND : EXIT_FAILED,
    stdout: '',
    stderr: `${messageOf(response)}\n`,
  };
}

/**
 * A command about one appeal needs no `--hotline`: a registration number names its hotline. A `--hotline`
 * that contradicts the number is a mistake worth stopping for (the wrong hotline's credentials would sign),
 * and a number that is not one is said to be so before anything else.
 */
function hotlineOfNumber(
  command: string,
  number: string | undefined,
  given: string | undefined,
): string | undefined {
  if (!number) throw new UsageError(`${command} needs the registration number`);
  const parsed = parseRegistrationNumber(number);
  if (!parsed.ok) {
    if (given === undefined)
      throw new UsageError(`${number} is not a valid registration number (a digit mistyped?)`);
    return given;
  }
  if (given !== undefined && given !== parsed.hotline)
    throw new UsageError(`${number} is an appeal of hotline ${parsed.hotline}, not ${given}`);
  return parsed.hotline;
}

function acknowledgementSummary(body: unknown): string {
  const answer = body as {
    registrationNumber: string;
    acknowledgedAt: string;
    by: string;
    deadline?: string;
    sla: 'met' | 'late' | null;
    alreadyAcknowledged: boolean;
  };
  const timeliness =
    answer.sla === null
      ? ''
      : `, ${answer.sla === 'met' ? 'in time' : 'LATE'} (due ${String(answer.deadline)})`;
  const lead = answer.alreadyAcknowledged ? 'already acknowledged' : 'acknowledged';
  return `${answer.registrationNumber}: ${lead} by ${answer.by} at ${answer.acknowledgedAt}${timeliness}\n`;
}

/** An appeal and its history as people read it in a terminal. */
export function formatAppeal(body: unknown): string {
  const value = body as Record<string, unknown>;
  const appeal = (value['appeal'] as Record<string, unknown> | undefined) ?? value;
  const number = appeal['registrationNumber'] ?? appeal['number'];
  const lines = [
    `${String(number)}: ${String(appeal['status'])}${appeal['deadline'] ? `, answer due ${String(appeal['deadline'])}` : ''}`,
  ];
  for (const event of (value['history'] as Array<Record<string, unknown>> | undefined) ?? []) {
    lines.push(`  ${String(event['at'])}  ${[String(event['type']), ...eventDetails(event)].join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** What a person needs to tell history events apart: the new status, which SLA clock and its due time, who. */
function eventDetails(event: Record<string, unknown>): string[] {
  const text = (key: string) => (typeof event[key] === 'string' ? (event[key] as string) : undefined);
  const details: string[] = [];
  if (text('to')) details.push(`-> ${text('to')}`);
  if (text('clock')) details.push(`[${text('clock')}]`);
  if (String(event['type']).startsWith('sla_') && text('deadline')) details.push(`due ${text('deadline')}`);
  if (text('by')) details.push(`by ${text('by')}`);
  return details;
}
