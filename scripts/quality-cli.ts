import { parseArgs } from 'node:util';
import { type HotlineId, HotlineIdSchema } from '../contracts/hotlines';
import { formInForce, formQuestions } from '../functions/quality/domain/form';
import { EVALUATION_FORMS } from '../functions/quality/domain/forms';
import { scorePractice } from '../functions/quality/domain/practice';
import type { Answer } from '../functions/quality/domain/scoring';
import { isIsoWeek } from '../functions/quality/domain/week';
import { scenarioById, scenariosOf } from '../functions/quality/scenarios';
import { almatyDayOf } from '../functions/sla/domain/almaty-time';
import { placeLocalCall } from './call-cli';
import { callApi, DEFAULT_API_URL, expectOk } from './lib/api-client';
import { asJson, CliError, type CliResult, EXIT_USAGE, isParseArgsError, ok, UsageError } from './lib/cli';

export const QUALITY_USAGE = `Usage:
  npm run quality -- evaluate --hotline 1414|111 [--week 2026-W49] [--json]
      The week's answered calls: operator, rating, why sampled (random, low-rating, low-rating-transferred),
      and the score of those already evaluated. As a supervisor.
  npm run quality -- evaluate --hotline H --week W --contact <contactId> --answer <question>=<value> ...
                     [--comment TEXT] [--json]
      Scores a call against the form in force: <value> is yes, no, na or 1-5, one --answer per question.
  npm run quality -- evaluate --hotline H --form [--json]
      The evaluation form in force and its question ids.
  npm run quality -- scorecard --hotline H [--week W] [--weeks N] [--csv] [--json]
      Per operator and the team: ratings (transferred calls apart), evaluations, practice, handle time,
      appeals registered and their SLA outcomes, with the change against the week before; --csv prints
      the CSV export.
  npm run quality -- practice --hotline H [--json]
      The practice scenarios of the hotline.
  npm run quality -- practice --hotline H --scenario <id> [--play [--desktop]] [--article <id> ...]
                     [--referral <body>] [--register] [--urgent] [--transfer] [--json]
      --play places the scenario's call through the flow simulator as a practice call (not recorded,
      never counted in statistics or scorecards, no alert or rating stored; --desktop: it rings an
      available operator's desktop, marked as practice, for the Practice tab) and prints what the caller
      says; the answer options score a self-check against the scenario and form (results of record come
      from the desktop's Practice tab, which knows the trainee and can ring them alone).
`;

const OPTIONS = {
  hotline: { type: 'string' },
  week: { type: 'string' },
  weeks: { type: 'string' },
  contact: { type: 'string' },
  answer: { type: 'string', multiple: true },
  comment: { type: 'string' },
  form: { type: 'boolean' },
  csv: { type: 'boolean' },
  scenario: { type: 'string' },
  play: { type: 'boolean' },
  desktop: { type: 'boolean' },
  article: { type: 'string', multiple: true },
  referral: { type: 'string' },
  register: { type: 'boolean' },
  urgent: { type: 'boolean' },
  transfer: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function hotlineOf(values: Values): HotlineId {
  const parsed = HotlineIdSchema.safeParse(values.hotline);
  if (!parsed.success) throw new UsageError('--hotline must be 1414 or 111');
  return parsed.data;
}

function weekOf(values: Values): string | undefined {
  if (values.week !== undefined && !isIsoWeek(values.week))
    throw new UsageError(`--week ${values.week}: expected an ISO week like 2026-W49`);
  return values.week;
}

/** `greeting-language=yes` -> ['greeting-language', true]. */
export function parseAnswer(text: string): [string, Answer] {
  const match = /^([a-z0-9-]+)=(yes|no|na|[1-5])$/.exec(text);
  if (!match) throw new UsageError(`--answer ${text}: expected <question>=yes|no|na|1-5`);
  const value = match[2]!;
  const answer: Answer =
    value === 'yes'
      ? true
      : value === 'no'
        ? false
        : value === 'na'
          ? 'na'
          : (Number(value) as 1 | 2 | 3 | 4 | 5);
  return [match[1]!, answer];
}

interface WeekCallView {
  contactId: string;
  operator: string;
  day: string;
  rating: number | null;
  sampled: string | null;
  transferred: boolean;
  evaluation: { percent: number; criticalFail: boolean } | null;
}

async function evaluate(values: Values): Promise<string> {
  const hotline = hotlineOf(values);
  if (values.form) {
    const form = formInForce(EVALUATION_FORMS, hotline, almatyDayOf(Date.now()));
    if (values.json) return asJson(form, 2);
    return `Form ${hotline} v${form.version} (from ${form.effectiveFrom})\n${formQuestions(form)
      .map(
        (q) =>
          `  ${q.id.padEnd(20)} ${q.kind === 'yesNo' ? 'yes/no' : '1-5   '} weight ${q.weight}${q.allowNa ? ', may be na' : ''}${q.critical ? ', critical' : ''}  ${q.text.en}`,
      )
      .join('\n')}\n`;
  }
  const week = weekOf(values);
  if (values.contact === undefined) {
    if (values.answer?.length) throw new UsageError('--answer needs --contact <contactId>');
    const body = expectOk(
      await callApi<{ week: string; calls: WeekCallView[] }>({
        hotline,
        role: 'supervisor',
        method: 'GET',
        path: `/quality/calls${week ? `?week=${week}` : ''}`,
      }),
      'Reading the week’s calls',
    );
    if (values.json) return asJson(body, 2);
    const lines = body.calls.map(
      (call) =>
        `${call.contactId}  ${call.operator.padEnd(16)} ${call.day}  rating ${call.rating ?? '-'}  ${(call.sampled ?? '').padEnd(22)} ${call.evaluation ? `${call.evaluation.percent}%${call.evaluation.criticalFail ? ' critical' : ''}` : ''}`,
    );
    return `Week ${body.week}: ${body.calls.length} answered calls\n${lines.join('\n')}\n`;
  }
  if (!week) throw new UsageError('--contact needs --week (the week of the call)');
  if (!values.answer?.length)
    throw new UsageError('--contact needs one --answer <question>=<value> per question');
  const answers = Object.fromEntries(values.answer.map(parseAnswer));
  const evaluation = expectOk(
    await callApi<{
      operator: string;
      score: { percent: number; criticalFail: boolean; failedCritical: string[] };
    }>({
      hotline,
      role: 'supervisor',
      method: 'PUT',
      path: `/quality/evaluations/${encodeURIComponent(values.contact)}`,
      body: { week, answers, comment: values.comment ?? '' },
    }),
    'Evaluating the call',
  );
  if (values.json) return asJson(evaluation, 2);
  const score = evaluation.score;
  return `Evaluated ${values.contact} (${evaluation.operator}): ${score.percent}%${score.criticalFail ? ` — critical fail: ${score.failedCritical.join(', ')}` : ''}\n`;
}

async function scorecard(values: Values): Promise<string> {
  const hotline = hotlineOf(values);
  const week = weekOf(values);
  const weeks = values.weeks === undefined ? undefined : Number(values.weeks);
  if (weeks !== undefined && !(Number.isInteger(weeks) && weeks >= 1 && weeks <= 26))
    throw new UsageError(`--weeks ${values.weeks}: expected a whole number 1 to 26`);
  const query = new URLSearchParams({
    ...(week ? { week } : {}),
    ...(weeks ? { weeks: String(weeks) } : {}),
    ...(values.csv ? { format: 'csv' } : {}),
  });
  const body = expectOk(
    await callApi<unknown>({
      hotline,
      role: 'supervisor',
      method: 'GET',
      path: `/quality/scorecard?${query}`,
    }),
    'Reading the scorecard',
  );
  if (values.csv) return String(body);
  if (values.json) return asJson(body, 2);
  const view = body as {
    week: string;
    rows: Array<{
      operator: string;
      calls: number;
      ratings: { average: number | null; low: number };
      transferredRatings: { count: number };
      evaluations: { count: number; average: number | null };
      practice: { count: number; average: number | null };
      appeals: { registered: number; slaMet: number; slaBreached: number; slaOpen: number };
    }>;
  };
  return `Scorecard ${hotline} ${view.week}\n${view.rows
    .map(
      (row) =>
        `  ${row.operator.padEnd(16)} calls ${row.calls}  rating ${row.ratings.average ?? '-'} (${row.ratings.low} low, ${row.transferredRatings.count} transferred apart)  evaluations ${row.evaluations.count}: ${row.evaluations.average ?? '-'}%  practice ${row.practice.count}: ${row.practice.average ?? '-'}%  appeals ${row.appeals.registered} (${row.appeals.slaMet} in time, ${row.appeals.slaBreached} late, ${row.appeals.slaOpen} open)`,
    )
    .join('\n')}\n`;
}

async function practice(values: Values): Promise<string> {
  const hotline = hotlineOf(values);
  if (values.scenario === undefined) {
    const scenarios = scenariosOf(hotline);
    if (values.json) return asJson(scenarios, 2);
    return `${scenarios.map((s) => `  ${s.id.padEnd(42)} ${s.language}  keys ${s.menu.join(' ')}  ${s.title.en}`).join('\n')}\n`;
  }
  const scenario = scenarioById(values.scenario);
  if (!scenario || scenario.hotline !== hotline)
    throw new CliError(
      `No practice scenario ${values.scenario} on ${hotline}; see npm run quality -- practice --hotline ${hotline}`,
      4,
    );
  const out: string[] = [];
  const result: Record<string, unknown> = { scenario };
  if (values.play) {
    const played = await placeLocalCall(process.env['QOLDAU_API_URL'] ?? DEFAULT_API_URL, {
      hotline,
      inputs: [...scenario.menu],
      practice: scenario.id,
      ...(values.desktop ? { desktop: true } : {}),
    });
    result['call'] = { contactId: played.contactId, outcome: played.outcome };
    out.push(
      `Placed ${played.contactId} (keys ${scenario.menu.join(' ')}). The caller says:`,
      `  ${scenario.callerSays}`,
    );
  }
  const answered =
    values.article?.length || values.referral || values.register || values.urgent || values.transfer;
  if (answered) {
    const form = formInForce(EVALUATION_FORMS, hotline, almatyDayOf(Date.now()));
    const scored = scorePractice(form, scenario, {
      articlesOpened: values.article ?? [],
      referral: values.referral ?? null,
      registered: values.register === true,
      urgent: values.urgent === true,
      transferredTo1414: values.transfer === true,
    });
    result['result'] = scored;
    out.push(
      `Self-check: ${scored.score.percent}%${scored.score.criticalFail ? ' (critical fail)' : ''}`,
      ...scored.checks.map(
        (c) =>
          `  ${c.met === true ? 'met' : c.met === 'na' ? 'n/a' : 'NOT met'}  ${c.question}: expected ${c.expected}, got ${c.actual}`,
      ),
    );
  }
  if (!values.play && !answered)
    out.push(`${scenario.id}: ${scenario.title.en}`, `  The caller says: ${scenario.callerSays}`);
  return values.json ? asJson(result, 2) : `${out.join('\n')}\n`;
}

export async function runQualityCli(argv: readonly string[]): Promise<CliResult> {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true });
    if (values.help) return ok(QUALITY_USAGE);
    const [command, ...rest] = positionals;
    if (rest.length > 0) throw new UsageError(`unexpected arguments: ${rest.join(' ')}`);
    switch (command) {
      case 'evaluate':
        return ok(await evaluate(values));
      case 'scorecard':
        return ok(await scorecard(values));
      case 'practice':
        return ok(await practice(values));
      default:
        throw new UsageError(
          command ? `unknown command ${command}` : 'name a command: evaluate, scorecard or practice',
        );
    }
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error))
      return { code: EXIT_USAGE, stdout: '', stderr: `quality: ${error.message}\n\n${QUALITY_USAGE}` };
    if (error instanceof CliError)
      return { code: error.exitCode, stdout: '', stderr: `quality: ${error.message}\n` };
    throw error;
  }
}
