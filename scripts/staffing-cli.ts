import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import {
  planStaffing,
  STAFFING_MODELS,
  StaffingInputError,
  type StaffingModel,
  type StaffingPlan,
} from '../functions/staffing/domain/plan';
import {
  planWeek,
  type StaffingRecord,
  validateRange,
  type WeekPlan,
} from '../functions/staffing/domain/week-plan';
import { CliError } from './lib/cli';
import { readContactRecords } from './staffing-records';

/**
 * `npm run staffing -- --calls-per-hour N --aht SECONDS [--target-wait 40] [--shrinkage 0.3]
 * [--model erlang-c|erlang-a] [--patience SECONDS] [--max-abandonment 0.05] [--json]`: the operators one
 * hour needs, offline. Logic here, printing in `scripts/staffing.ts`.
 */

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export const USAGE = `Usage:
  npm run staffing -- --calls-per-hour N --aht SECONDS [--target-wait 40] [--shrinkage 0.3]
                      [--model erlang-c|erlang-a] [--patience SECONDS] [--max-abandonment 0.05] [--json]
      Operators one hour needs for an average wait at or under the target (Erlang C by default; Erlang A
      adds callers who hang up after --patience seconds on average and holds abandonment under the limit).
  npm run staffing -- --hotline 1414|111 --from YYYY-MM-DD --to YYYY-MM-DD [--records FILE] [--model ...] [--json]
      Per hour of the week (Asia/Almaty): calls offered, average handle time and operators needed, and the
      week's operator-hours, from the contact records of those days (at most 92), read through the API
      (GET /contact-records, signed as the hotline's supervisor) or, offline, from FILE (a JSON array or
      one record per line, as Connect streams them).
`;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function isParseArgsError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/** A flag that must be a number; `undefined` when absent. */
export function numberFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed)) {
    throw new UsageError(`--${name} must be a number, got ${JSON.stringify(value)}`);
  }
  return parsed;
}

export function modelFlag(value: string | undefined): StaffingModel | undefined {
  if (value === undefined) return undefined;
  if (!(STAFFING_MODELS as readonly string[]).includes(value)) {
    throw new UsageError(`--model must be ${STAFFING_MODELS.join(' or ')}, got ${JSON.stringify(value)}`);
  }
  return value as StaffingModel;
}

const round = (value: number, digits: number) =>
  Number.isFinite(value) ? Number(value.toFixed(digits)) : value;

/** The plan as printed with `--json`: ratios to 4 decimals, seconds to 2. */
export function planJson(plan: StaffingPlan) {
  return {
    model: plan.model,
    callsPerHour: plan.callsPerHour,
    ahtSeconds: plan.ahtSeconds,
    targetWaitSeconds: plan.targetWaitSeconds,
    shrinkage: plan.shrinkage,
    patienceSeconds: plan.patienceSeconds === null ? null : round(plan.patienceSeconds, 1),
    maxAbandonment: plan.maxAbandonment,
    offeredErlangs: round(plan.offeredErlangs, 4),
    agents: plan.agents,
    probabilityOfWaiting: round(plan.probabilityOfWaiting, 4),
    averageWaitSeconds: round(plan.averageWaitSeconds, 2),
    serviceLevel20s: round(plan.serviceLevel20s, 4),
    occupancy: round(plan.occupancy, 4),
    abandonment: round(plan.abandonment, 4),
    scheduled: plan.scheduled,
  };
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

export function modelName(plan: Pick<StaffingPlan, 'model' | 'patienceSeconds'>): string {
  return plan.model === 'erlang-a'
    ? `Erlang A (callers hang up after ${plan.patienceSeconds?.toFixed(0)} s on average)`
    : 'Erlang C (assumes nobody hangs up)';
}

export function formatPlan(plan: StaffingPlan): string {
  const lines = [
    `Model: ${modelName(plan)}`,
    `Offered load: ${plan.offeredErlangs.toFixed(2)} Erlangs (${plan.callsPerHour} calls/hour × ${plan.ahtSeconds} s)`,
    `Operators on the phones: ${plan.agents} (average wait ${plan.averageWaitSeconds.toFixed(1)} s, target ${plan.targetWaitSeconds} s)`,
    `Probability of waiting: ${percent(plan.probabilityOfWaiting)}`,
    `Answered within 20 s: ${percent(plan.serviceLevel20s)}`,
    `Occupancy: ${percent(plan.occupancy)}`,
    ...(plan.model === 'erlang-a'
      ? [`Hang up while waiting: ${percent(plan.abandonment)} (limit ${percent(plan.maxAbandonment ?? 0)})`]
      : []),
    `Operators to schedule: ${plan.scheduled} (shrinkage ${percent(plan.shrinkage)})`,
  ];
  return `${lines.join('\n')}\n`;
}

/** One-hour plan from the command line: no runtime needed. */
export function offlinePlan(values: {
  'calls-per-hour'?: string | undefined;
  aht?: string | undefined;
  'target-wait'?: string | undefined;
  shrinkage?: string | undefined;
  model?: string | undefined;
  patience?: string | undefined;
  'max-abandonment'?: string | undefined;
  json?: boolean | undefined;
}): CliResult {
  const callsPerHour = numberFlag('calls-per-hour', values['calls-per-hour']);
  const ahtSeconds = numberFlag('aht', values.aht);
  if (callsPerHour === undefined || ahtSeconds === undefined) {
    throw new UsageError('give --calls-per-hour and --aht (or --hotline with --from and --to)');
  }
  const model = modelFlag(values.model);
  const plan = planStaffing({
    callsPerHour,
    ahtSeconds,
    targetWaitSeconds: numberFlag('target-wait', values['target-wait']),
    shrinkage: numberFlag('shrinkage', values.shrinkage),
    model,
    patienceSeconds: numberFlag('patience', values.patience),
    maxAbandonment: numberFlag('max-abandonment', values['max-abandonment']),
  });
  const stdout = values.json ? `${JSON.stringify(planJson(plan), null, 2)}\n` : formatPlan(plan);
  return { code: 0, stdout, stderr: '' };
}

function readRecords(file: string): StaffingRecord[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`--records: cannot read ${file}`);
  }
  try {
    const trimmed = text.trim();
    if (trimmed.startsWith('[')) return JSON.parse(trimmed) as StaffingRecord[];
    return trimmed
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as StaffingRecord);
  } catch {
    throw new UsageError(`--records: ${file} is neither a JSON array nor one JSON record per line`);
  }
}

const HOURS_HEADER = Array.from({ length: 24 }, (_, hour) => String(hour).padStart(3)).join('');

export function formatWeekPlan(hotline: string, plan: WeekPlan): string {
  const rows = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map(
    (day) =>
      `${day}  ${plan.hours
        .filter((hour) => hour.day === day)
        .map((hour) => String(hour.agents).padStart(3))
        .join('')}`,
  );
  return `${[
    `Staffing plan ${hotline}, contact records ${plan.from} .. ${plan.to} (Almaty hours)`,
    `Model: ${modelName(plan)}; target wait ${plan.targetWaitSeconds} s; shrinkage ${percent(plan.shrinkage)}`,
    'Operators on the phones per hour of the week:',
    `    ${HOURS_HEADER}`,
    ...rows,
    `Week: ${plan.operatorHours} operator-hours on the phones, ${plan.scheduledOperatorHours} to roster`,
  ].join('\n')}\n`;
}

async function weekPlan(values: Record<string, string | boolean | undefined>): Promise<CliResult> {
  const hotline = values.hotline as string;
  if (hotline !== '1414' && hotline !== '111') {
    throw new UsageError(`--hotline must be 1414 or 111, got ${JSON.stringify(hotline)}`);
  }
  const from = values.from as string | undefined;
  const to = values.to as string | undefined;
  if (from === undefined || to === undefined) throw new UsageError('--hotline needs --from and --to');
  const file = values.records as string | undefined;
  // Bad days fail here, before any request, with the flags' own names.
  validateRange(from, to);
  const model = modelFlag(values.model as string | undefined);
  const target = numberFlag('target-wait', values['target-wait'] as string | undefined);
  const shrinkage = numberFlag('shrinkage', values.shrinkage as string | undefined);
  const patience = numberFlag('patience', values.patience as string | undefined);
  const records = file === undefined ? await readContactRecords(hotline, from, to) : readRecords(file);
  const plan = planWeek(records, {
    from,
    to,
    ...(model === undefined ? {} : { model }),
    ...(target === undefined ? {} : { targetWaitSeconds: target }),
    ...(shrinkage === undefined ? {} : { shrinkage }),
    ...(patience === undefined ? {} : { patienceSeconds: patience }),
  });
  const stdout = values.json
    ? `${JSON.stringify({ hotline, ...plan }, null, 2)}\n`
    : formatWeekPlan(hotline, plan);
  return { code: 0, stdout, stderr: '' };
}

export const PLAN_OPTIONS = {
  hotline: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  records: { type: 'string' },
  'calls-per-hour': { type: 'string' },
  aht: { type: 'string' },
  'target-wait': { type: 'string' },
  shrinkage: { type: 'string' },
  model: { type: 'string' },
  patience: { type: 'string' },
  'max-abandonment': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

/**
 * parseArgs takes `--aht -5` for a missing value followed by an option; joining a negative number to its
 * flag lets the planner say what is actually wrong with it.
 */
export function joinNegativeNumbers(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    const next = argv[index + 1];
    if (arg.startsWith('--') && !arg.includes('=') && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      index += 1;
    } else joined.push(arg);
  }
  return joined;
}

/** Runs one `staffing` command line (the arguments after `npm run staffing --`). */
export async function runStaffingCli(argv: readonly string[]): Promise<CliResult> {
  const fail = (message: string): CliResult => ({
    code: 2,
    stdout: '',
    stderr: `staffing: ${message}\nRun \`npm run staffing -- --help\` for usage.\n`,
  });
  try {
    const { values } = parseArgs({
      args: joinNegativeNumbers(argv),
      strict: true,
      allowPositionals: false,
      options: PLAN_OPTIONS,
    });
    if (values.help) return { code: 0, stdout: USAGE, stderr: '' };
    if (values.hotline !== undefined) return await weekPlan(values);
    return offlinePlan(values);
  } catch (error) {
    if (error instanceof UsageError || error instanceof StaffingInputError || isParseArgsError(error)) {
      return fail(error.message);
    }
    if (error instanceof CliError)
      return { code: error.exitCode, stdout: '', stderr: `staffing: ${error.message}\n` };
    throw error;
  }
}
