import * as z from 'zod';
import { ENV, readEnv } from '../shared/env';
import { BadRequestError, ForbiddenError, NotFoundError } from '../shared/errors';
import { type ApiEvent, callerOf, httpHandler, jsonResult, parseJsonBody, parseWith } from '../shared/http';
import { IdTokenError, signedInUsername } from '../shared/id-token';
import { almatyDayOf } from '../sla/domain/almaty-time';
import { getCall, putEvaluation, putPractice } from './adapters/quality-store';
import { formInForce, InvalidFormError } from './domain/form';
import { EVALUATION_FORMS } from './domain/forms';
import { scorePractice } from './domain/practice';
import { type Answers, InvalidAnswersError, scoreAnswers } from './domain/scoring';
import { isIsoWeek, isoWeekOf } from './domain/week';
import { readScorecardEnvironment } from './environment';
import { evaluationRecordings } from './recording-link';
import type { StoredEvaluation, StoredPractice } from './records';
import { scenarioById, scenariosOf } from './scenarios';
import { scorecardView } from './scorecard-view';
import { readWeek } from './week-view';

const env = readScorecardEnvironment();
const extra = readEnv([ENV.recordingsBucket, ENV.auditTable, ENV.userPoolJwksUrl]);
const now = () => Date.now();

// Numbers are checked by the scoring (`1 to 5`), which names the question in its message.
const AnswerSchema = z.union([z.boolean(), z.literal('na'), z.number()]);
const EvaluationBody = z.object({
  week: z.string(),
  answers: z.record(z.string().max(64), AnswerSchema),
  comment: z.string().max(4000).default(''),
});
const PracticeBody = z.object({
  scenarioId: z.string().max(120),
  answer: z.object({
    articlesOpened: z.array(z.string().max(160)).max(50),
    referral: z.string().max(120).nullable(),
    registered: z.boolean(),
    urgent: z.boolean(),
    transferredTo1414: z.boolean(),
  }),
});
const WeekQuery = z.object({
  week: z.string().refine(isIsoWeek, 'must be an ISO week like 2026-W49').optional(),
  operator: z.string().max(128).optional(),
  weeks: z.coerce.number().int().min(1).max(26).optional(),
  format: z.enum(['json', 'csv']).optional(),
});

const thisWeek = () => isoWeekOf(almatyDayOf(now()));
const query = (event: ApiEvent) => parseWith(WeekQuery, event.queryStringParameters ?? {});
const noStore = { 'cache-control': 'no-store' };

/** The signed-in operator, from their IdToken, bound to the Cognito identity that signed the request. */
async function operatorOf(event: ApiEvent): Promise<string> {
  try {
    return await signedInUsername(event, { jwksUrl: extra[ENV.userPoolJwksUrl], hotline: env.hotline });
  } catch (error) {
    if (error instanceof IdTokenError) throw new ForbiddenError(error.message);
    throw error;
  }
}

async function evaluate(event: ApiEvent, contactId: string) {
  const body = parseJsonBody(event, EvaluationBody);
  if (!isIsoWeek(body.week)) throw new BadRequestError('week: must be an ISO week like 2026-W49');
  const call = await getCall(env.table, body.week, contactId);
  if (!call) throw new NotFoundError(`No answered call ${contactId.slice(0, 64)} in ${body.week}`);
  const form = formInForce(EVALUATION_FORMS, env.hotline, call.day);
  const answers = body.answers as Answers;
  const score = scoreAnswers(form, answers);
  const week = await readWeek(env, body.week);
  const listed = week.calls.find((entry) => entry.contactId === contactId);
  const evaluation: StoredEvaluation = {
    contactId,
    operator: call.operator,
    week: body.week,
    day: call.day,
    formVersion: form.version,
    answers,
    comment: body.comment,
    score,
    reason: listed?.sampled ?? 'chosen',
    rating: listed?.rating ?? null,
    evaluatedAt: new Date(now()).toISOString(),
    evaluatedBy: callerOf(event).arn,
  };
  await putEvaluation(env.table, evaluation);
  return jsonResult(200, evaluation, noStore);
}

async function practice(event: ApiEvent) {
  const operator = await operatorOf(event);
  const body = parseJsonBody(event, PracticeBody);
  const scenario = scenarioById(body.scenarioId);
  if (!scenario || scenario.hotline !== env.hotline)
    throw new NotFoundError(`No practice scenario ${body.scenarioId.slice(0, 120)} on ${env.hotline}`);
  const at = new Date(now());
  const day = almatyDayOf(at.getTime());
  const form = formInForce(EVALUATION_FORMS, env.hotline, day);
  const result = scorePractice(form, scenario, body.answer);
  const stored: StoredPractice = {
    operator,
    week: isoWeekOf(day),
    day,
    at: at.toISOString(),
    scenarioId: scenario.id,
    formVersion: form.version,
    score: result.score,
    checks: result.checks,
  };
  await putPractice(env.table, stored);
  return jsonResult(201, stored, noStore);
}

/**
 * Quality control and training (`contracts/quality.ts`): forms, the week's calls and sample, evaluations,
 * a call's recording through the audited path, practice calls and scorecards. Roles are enforced by IAM per
 * route (see `infra/constructs/quality/`); routes under `/quality/my/` and `POST /quality/practice` act for
 * the signed-in operator named by their IdToken, so an operator only ever reads their own results.
 */
export const handler = httpHandler(async (event) => {
  const contactId = event.pathParameters?.['contactId'] ?? '';
  try {
    switch (event.routeKey) {
      case 'GET /quality/forms':
        return jsonResult(200, { form: formInForce(EVALUATION_FORMS, env.hotline, almatyDayOf(now())) });
      case 'GET /quality/scenarios':
        return jsonResult(200, { scenarios: scenariosOf(env.hotline) });
      case 'GET /quality/calls': {
        const week = query(event).week ?? thisWeek();
        const data = await readWeek(env, week);
        return jsonResult(200, { week, calls: data.calls }, noStore);
      }
      case 'GET /quality/calls/{contactId}/recording': {
        const week = query(event).week ?? thisWeek();
        const call = await getCall(env.table, week, contactId);
        if (!call) throw new NotFoundError(`No answered call ${contactId.slice(0, 64)} in ${week}`);
        const recordings = await evaluationRecordings(
          { recordingsBucket: extra[ENV.recordingsBucket], auditTable: extra[ENV.auditTable], now },
          call,
          callerOf(event),
        );
        if (recordings.length === 0)
          throw new NotFoundError(`Call ${contactId.slice(0, 64)} has no recording`);
        return jsonResult(200, { contactId, recordings }, noStore);
      }
      case 'PUT /quality/evaluations/{contactId}':
        return await evaluate(event, contactId);
      case 'GET /quality/evaluations': {
        const { week = thisWeek(), operator } = query(event);
        const { evaluations } = await readWeek(env, week);
        return jsonResult(
          200,
          { week, evaluations: evaluations.filter((entry) => !operator || entry.operator === operator) },
          noStore,
        );
      }
      case 'GET /quality/my/results': {
        const operator = await operatorOf(event);
        const week = query(event).week ?? thisWeek();
        const data = await readWeek(env, week);
        return jsonResult(
          200,
          {
            week,
            operator,
            evaluations: data.evaluations.filter((entry) => entry.operator === operator),
            practice: data.practice.filter((entry) => entry.operator === operator),
          },
          noStore,
        );
      }
      case 'POST /quality/practice':
        return await practice(event);
      case 'GET /quality/scorecard': {
        const { week = thisWeek(), weeks = 6, format = 'json' } = query(event);
        const view = await scorecardView(env, week, weeks);
        if (format === 'csv')
          return {
            statusCode: 200,
            headers: {
              'content-type': 'text/csv; charset=utf-8',
              'content-disposition': `attachment; filename="scorecard-${env.hotline}-${week}.csv"`,
              ...noStore,
            },
            body: view.csv,
          };
        return jsonResult(200, view, noStore);
      }
      default:
        throw new NotFoundError(`No route ${event.routeKey}`);
    }
  } catch (error) {
    if (error instanceof InvalidAnswersError || error instanceof InvalidFormError)
      throw new BadRequestError(error.message);
    throw error;
  }
});
