import { parseArgs } from 'node:util';
import { type HotlineId, HotlineIdSchema } from '../contracts/hotlines';
import {
  type AppealBacklog,
  hasUrgentClock,
  type QualityReport,
  type RatingSummary,
  type SlaSummary,
  type WaitSummary,
} from '../functions/sla/domain/quality';
import { callApi, expectOk } from './lib/api-client';
import { CliError, type CliResult, isParseArgsError, UsageError } from './lib/cli';

/**
 * `npm run report -- quality [--from D --to D] [--hotline 1414|111] [--json]`: the quality figures of the
 * dashboard (calls, average wait against the target, appeals open and overdue, SLA met %, ratings per
 * operator, queue and day), from
 * `GET /reports/quality` as supervisor. Logic here, printing in `scripts/report.ts`.
 */

const USAGE = `Usage:
  npm run report -- quality [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--hotline 1414|111] [--json]
      Calls and average wait against the target, appeals open and overdue now, SLA met % and post-call
      ratings per day, operator and queue, for Almaty days from..to (default: the last 7 days; at most
      92). Both hotlines unless --hotline is given. Signs as the hotline's supervisor.
`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const number = (value: number | null, digits: number, suffix = '') =>
  value === null ? '-' : `${value.toFixed(digits)}${suffix}`;

function slaLine(label: string, sla: SlaSummary): string {
  const late = sla.late > 0 ? `, ${sla.late} answered late` : '';
  return `${label} ${number(sla.metPercent, 1, ' %')} (${sla.met} met, ${sla.breached} breached${late})`;
}

function waitLine(calls: WaitSummary, target: number): string {
  const verdict = calls.withinTarget === null ? 'no answered calls' : calls.withinTarget ? 'met' : 'NOT met';
  return `Calls: ${calls.queued} queued, ${calls.answered} answered, ${calls.abandoned} abandoned, ${calls.callbacks} callbacks (${calls.callbacksAnswered} taken); average wait ${number(calls.averageWaitSeconds, 1, ' s')} (target ${target} s: ${verdict}), ${number(calls.averageWaitWithoutCallbacksSeconds, 1, ' s')} without callbacks`;
}

function backlogLine(backlog: AppealBacklog): string {
  return `Appeals now: ${backlog.open} open, ${backlog.overdue} overdue (counted ${backlog.countedAt})`;
}

function ratingLine(ratings: RatingSummary): string {
  return `Ratings: ${number(ratings.average, 2)} average of ${ratings.rated} rated, ${ratings.declined} declined`;
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const widths = header.map((cell, index) =>
    Math.max(cell.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!)))
      .join('  ');
  return [line(header), ...rows.map(line)];
}

/** The report as people read it in a terminal. */
export function formatQualityReport(report: QualityReport): string {
  const { totals } = report;
  const lines = [
    `Quality report ${report.hotline}, ${report.from} .. ${report.to} (Almaty days)`,
    waitLine(totals.calls, report.averageWaitTargetSeconds),
    backlogLine(report.backlog),
    `SLA met: ${[
      slaLine('appeals', totals.sla.appeals),
      slaLine('recordings', totals.sla.recordings),
      ...(hasUrgentClock(report) ? [slaLine('urgent acknowledgements', totals.sla.urgentAcks)] : []),
    ].join('; ')}`,
    ratingLine(totals.ratings),
    '',
    ...table(
      [
        'Day',
        'Queued',
        'Answered',
        'Abandoned',
        'Callbacks',
        'Avg wait',
        'No callbacks',
        'Appeals SLA',
        'Rating',
      ],
      report.days.map((day) => [
        day.day,
        String(day.calls.queued),
        String(day.calls.answered),
        String(day.calls.abandoned),
        String(day.calls.callbacks),
        number(day.calls.averageWaitSeconds, 1, ' s'),
        number(day.calls.averageWaitWithoutCallbacksSeconds, 1, ' s'),
        number(day.sla.appeals.metPercent, 1, ' %'),
        number(day.ratings.average, 2),
      ]),
    ),
  ];
  if (report.operators.length > 0) {
    lines.push(
      '',
      ...table(
        ['Operator', 'Rated', 'Declined', 'Average'],
        report.operators.map((entry) => [
          entry.operator,
          String(entry.rated),
          String(entry.declined),
          number(entry.average, 2),
        ]),
      ),
    );
  }
  if (report.queues.length > 0) {
    lines.push(
      '',
      ...table(
        ['Queue', 'Rated', 'Declined', 'Average'],
        report.queues.map((entry) => [
          entry.queue,
          String(entry.rated),
          String(entry.declined),
          number(entry.average, 2),
        ]),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

async function qualityCommand(args: string[]): Promise<CliResult> {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      hotline: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  for (const option of ['from', 'to'] as const) {
    const value = values[option];
    if (value !== undefined && !DAY.test(value)) {
      throw new UsageError(`--${option} must be a day like 2026-11-23, got ${JSON.stringify(value)}`);
    }
  }
  let hotlines: HotlineId[] = [...HotlineIdSchema.options];
  if (values.hotline !== undefined) {
    const parsed = HotlineIdSchema.safeParse(values.hotline);
    if (!parsed.success)
      throw new UsageError(`--hotline must be 1414 or 111, got ${JSON.stringify(values.hotline)}`);
    hotlines = [parsed.data];
  }
  const query = new URLSearchParams({
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
  }).toString();
  const reports: QualityReport[] = [];
  for (const hotline of hotlines) {
    const response = await callApi<QualityReport>({
      hotline,
      role: 'supervisor',
      method: 'GET',
      path: `/reports/quality${query ? `?${query}` : ''}`,
    });
    reports.push(expectOk(response, `Quality report of ${hotline}`));
  }
  const stdout = values.json
    ? `${JSON.stringify(hotlines.length === 1 ? reports[0] : reports, null, 2)}\n`
    : reports.map(formatQualityReport).join('\n');
  return { code: 0, stdout, stderr: '' };
}

/** Runs one `report` command line (the arguments after `npm run report --`). */
export async function runReportCli(argv: readonly string[]): Promise<CliResult> {
  const [command, ...rest] = argv;
  const fail = (code: number, message: string, hint = false): CliResult => ({
    code,
    stdout: '',
    stderr: `report: ${message}${hint ? '\nRun `npm run report -- --help` for usage.' : ''}\n`,
  });
  try {
    switch (command) {
      case 'quality':
        return await qualityCommand(rest);
      case 'help':
      case '--help':
      case '-h':
        return { code: 0, stdout: USAGE, stderr: '' };
      case undefined:
        return fail(2, 'missing command: quality', true);
      default:
        return fail(2, `unknown command ${JSON.stringify(command)}: expected quality`, true);
    }
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) return fail(2, error.message, true);
    if (error instanceof CliError) return fail(error.exitCode, error.message);
    throw error;
  }
}
