import type { SurveyRatingResult, UrgentEscalationResult } from '../../../contracts/connect-lambdas';
import type { HotlineId } from '../../../contracts/hotlines';
import {
  PRACTICE_ATTRIBUTE,
  PRACTICE_CALLS_PATH,
  type PracticeCallStarted,
} from '../../../contracts/practice-call';
import { scenarioById } from '../../../functions/quality/scenarios/index';
import type { LocalContext } from '../../context';
import { json, type LocalRequest, type LocalResponse } from '../../gateway/server';
import { type AgentDesk, DeskError } from './agent-desk';
import { type CallEnvironment, placeCall } from './call';
import type { LocalContactCenter } from './catalog';
import { authenticateAgent } from './ccp-endpoints';
import { CallRequestSchema } from './contract';

/** How long a practice call rings before the simulated caller gives up. */
const PRACTICE_RING_MS = 120_000;

/**
 * What a flow's Lambda does in a practice call. Only Lambdas that read run (the appeal-status lookup); the
 * ones that act on the world answer as their contract says without acting, so the flow goes on exactly as on
 * a real call while no state body is alerted and no rating is stored. A Lambda this list does not know is
 * not run at all: the flow takes its error branch, as in Connect when a Lambda fails, and a new acting
 * Lambda can never slip into practice unnoticed.
 */
export function practiceLambda(name: string | undefined): 'run' | Record<string, string> | 'refuse' {
  if (name === 'appealStatus') return 'run';
  if (name === 'urgentEscalation') return { outcome: 'escalated' } satisfies UrgentEscalationResult;
  if (name === 'surveyRating') return { outcome: 'stored' } satisfies SurveyRatingResult;
  return 'refuse';
}

/** The practice call's world: no recording, no contact record (so no statistic or scorecard counts it). */
export function practiceEnvironment(
  context: LocalContext,
  center: LocalContactCenter,
): Omit<CallEnvironment, 'answer'> {
  return {
    async invoke(functionArn, event) {
      const decision = practiceLambda(center.lambdaNames.get(functionArn));
      if (decision === 'run') return context.lambdas.invoke(functionArn, event);
      if (decision === 'refuse')
        throw new Error(`${functionArn} does not run in practice calls (not a read-only Lambda)`);
      return decision;
    },
    hasFunction: (arn) => context.lambdas.find(arn) !== undefined,
    writeRecording: async () => {},
    emitContactRecord: () => {},
    now: () => new Date(),
  };
}

class NotQueuedError extends Error {
  override name = 'NotQueuedError';
}

/**
 * `POST ${PRACTICE_CALLS_PATH}/<hotline>/calls` `{scenarioId, username}`: the desktop's practice tab starts a
 * scenario. The scenario's caller presses its menu keys in the hotline's synthesized flows (the same flows and
 * simulator as `npm run call`), and the queued call rings the trainee who asked, alone, whatever their state,
 * marked with the practice attribute. The answer comes once it rings; the call goes on in the CCP stand-in.
 */
export function practiceCallsEndpoint(
  context: LocalContext,
  centers: ReadonlyMap<HotlineId, LocalContactCenter>,
  desks: ReadonlyMap<HotlineId, AgentDesk>,
) {
  return {
    prefix: PRACTICE_CALLS_PATH,
    handle: async (request: LocalRequest): Promise<LocalResponse> => {
      const [hotline, action, ...rest] = request.path.slice(PRACTICE_CALLS_PATH.length + 1).split('/');
      const center = centers.get(hotline as HotlineId);
      const desk = desks.get(hotline as HotlineId);
      if (!center || !desk) return json(404, { message: `No contact center for hotline ${hotline}` });
      if (action !== 'calls' || rest.length > 0) return json(404, { message: 'Not Found' });
      if (request.method !== 'POST')
        return json(405, { message: 'POST a practice call: {"scenarioId": "...", "username": "..."}' });
      const auth = await authenticateAgent(context, request, hotline as HotlineId);
      if ('refused' in auth) return auth.refused;
      let body: { scenarioId?: unknown; username?: unknown };
      try {
        body = JSON.parse(request.body.toString('utf8') || '{}') as typeof body;
      } catch {
        return json(400, { message: 'The body must be JSON: {"scenarioId": "...", "username": "..."}' });
      }
      const { scenarioId, username } = body;
      if (typeof scenarioId !== 'string' || typeof username !== 'string' || username === '')
        return json(400, { message: 'Send {"scenarioId": "<practice scenario id>", "username": "<name>"}' });
      const scenario = scenarioById(scenarioId);
      if (!scenario || scenario.hotline !== hotline)
        return json(404, { message: `No practice scenario ${scenarioId} on hotline ${hotline}` });

      let rang!: (contactId: string) => void;
      let refused!: (error: Error) => void;
      const ringing = new Promise<string>((resolve, reject) => {
        rang = resolve;
        refused = reject;
      });
      const call = placeCall(
        center,
        CallRequestSchema.parse({ hotline, inputs: [...scenario.menu], desktop: true }),
        {
          ...practiceEnvironment(context, center),
          answer: (offer) => {
            try {
              const session = desk.offerTo(auth.agentKey, username, offer, PRACTICE_RING_MS, {
                [PRACTICE_ATTRIBUTE]: scenario.id,
              });
              rang(offer.contactId);
              return session;
            } catch (error) {
              refused(error as Error);
              return Promise.resolve(null);
            }
          },
        },
      );
      // The call goes on after the answer; a flow fault then is the runtime's to log, not the page's.
      call.then(
        (transcript) => refused(new NotQueuedError(`ended with ${transcript.outcome.kind}`)),
        (error: Error) => {
          refused(error);
          context.log(`practice call ${scenario.id} failed: ${error.message}`);
        },
      );
      try {
        const contactId = await ringing;
        return json(201, { contactId, scenarioId: scenario.id } satisfies PracticeCallStarted);
      } catch (error) {
        if (error instanceof DeskError) return json(error.status, { message: error.message });
        if (error instanceof NotQueuedError)
          return json(422, {
            message: `The menu path of ${scenario.id} (${scenario.menu.join(' ')}) did not reach an operator: the call ${error.message}`,
          });
        return json(500, { message: `The practice call failed: ${(error as Error).message}` });
      }
    },
  };
}
