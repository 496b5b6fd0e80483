import { FlowSimulationError } from '../../contact-flows/index';
import type { HotlineId } from '../../contracts/hotlines';
import { PRACTICE_ATTRIBUTE } from '../../contracts/practice-call';
import { scenarioById } from '../../functions/quality/scenarios/index';
import type { LocalContext, LocalService } from '../context';
import { json, type LocalRequest, type LocalResponse } from '../gateway/server';
import { AgentDesk } from './connect/agent-desk';
import { placeCall, UnknownLambdaError } from './connect/call';
import { type LocalContactCenter, readContactCenter } from './connect/catalog';
import {
  ccpEndpoint,
  currentMetricsEndpoint,
  type LocalQuickConnect,
  readQuickConnects,
} from './connect/ccp-endpoints';
import { CALLBACKS_PATH, CALLS_PATH, CallRequestSchema, type WaitingCallback } from './connect/contract';
import { practiceCallsEndpoint, practiceEnvironment } from './connect/practice-calls';
import { recordingWriter } from './connect/recording';

/**
 * Amazon Connect, locally: a telephone network that plays calls through the flows CDK synthesized, with
 * the real Lambda handlers. `POST ${url}/_local/connect/calls` with
 * `{hotline, from?, inputs, agentHangup?, agent?: {username}}` answers with the call's transcript (see
 * `connect/contract.ts`; `npm run call` is its command line). The operator who answers runs the
 * hotline's agent-whisper flow, as in Connect. When an operator answered, the recording is written to the
 * recordings bucket at Connect's key layout; every contact record is emitted as `'contact-record'`
 * (`{hotline, record}`) for the Kinesis stand-in.
 *
 * A practice call (`practice: <scenario id>`, or `POST /_local/practice/<hotline>/calls` from the desktop's
 * Practice tab, see `connect/practice-calls.ts`) plays through the same flows but writes no recording, emits
 * no contact record and lets no acting Lambda act: it never counts as a contact anywhere.
 *
 * A caller who chose a callback leaves a callback contact in its queue: `GET ${CALLBACKS_PATH}?hotline=1414`
 * lists the ones nobody took yet (numbers masked), for the agent desktop.
 *
 * `/_aws/connect` (the Connect API) belongs to the metrics stand-in, not to this service.
 */
export function connectService(): LocalService {
  const centers = new Map<HotlineId, LocalContactCenter>();
  const waitingCallbacks: WaitingCallback[] = [];
  const desks = new Map<HotlineId, AgentDesk>();
  const quickConnects = new Map<HotlineId, LocalQuickConnect[]>();
  return {
    name: 'connect',
    async start(context: LocalContext) {
      for (const [hotline, stack] of context.stacks) {
        const center = readContactCenter(stack);
        centers.set(hotline, center);
        desks.set(hotline, new AgentDesk());
        quickConnects.set(hotline, readQuickConnects(stack));
        const missing = [...center.lambdaArns].filter((arn) => context.lambdas.find(arn) === undefined);
        if (missing.length > 0) {
          context.log(
            `connect: flows of ${hotline} invoke Lambdas the runtime does not have: ${missing.join(', ')}`,
          );
        }
        // The simulator holds each Lambda to its flow's time limit, as Connect does; a deployed function
        // starts in about a second, a local one first transpiles its TypeScript, so load them up front.
        await Promise.all(
          [...center.lambdaArns]
            .filter((arn) => context.lambdas.find(arn) !== undefined)
            .map((arn) => context.lambdas.warm(arn)),
        );
      }
      const region = [...context.stacks.values()][0]?.names.region ?? 'eu-central-1';
      const writeRecording = recordingWriter(context.s3Endpoint, region, context.engineKeys);
      context.gateway.addEndpoint(ccpEndpoint(context, desks, quickConnects));
      context.gateway.addEndpoint(practiceCallsEndpoint(context, centers, desks));
      const instances = new Map(
        [...centers.values()].map((center) => [center.instanceArn.split('/').pop()!, center.hotline]),
      );
      context.gateway.addEndpoint(currentMetricsEndpoint(instances, desks));
      context.gateway.addEndpoint({
        prefix: CALLS_PATH,
        handle: (request) => handle(context, request, writeRecording),
      });
      context.gateway.addEndpoint({ prefix: CALLBACKS_PATH, handle: listCallbacks });
    },
  };

  async function listCallbacks(request: LocalRequest): Promise<LocalResponse> {
    if (request.method !== 'GET')
      return json(405, { message: 'GET the waiting callbacks: ?hotline=1414|111' });
    const hotline = request.query.get('hotline');
    if (hotline !== null && hotline !== '1414' && hotline !== '111')
      return json(400, { message: `hotline must be 1414 or 111, got ${hotline}` });
    return json(200, {
      callbacks: waitingCallbacks.filter((callback) => hotline === null || callback.hotline === hotline),
    });
  }

  async function handle(
    context: LocalContext,
    request: LocalRequest,
    writeRecording: (location: string) => Promise<void>,
  ): Promise<LocalResponse> {
    if (request.method !== 'POST')
      return json(405, { message: 'POST a call: {hotline, from?, inputs, agentHangup?}' });
    let body: unknown;
    try {
      body = JSON.parse(request.body.toString('utf8'));
    } catch {
      return json(400, { message: 'The body must be JSON: {hotline, from?, inputs, agentHangup?}' });
    }
    const parsed = CallRequestSchema.safeParse(body);
    if (!parsed.success) {
      const problems = parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`,
      );
      return json(400, { message: problems.join('; ') });
    }
    const center = centers.get(parsed.data.hotline);
    if (center === undefined)
      return json(404, { message: `No contact center for hotline ${parsed.data.hotline}` });
    const desk = desks.get(parsed.data.hotline)!;
    const practice = parsed.data.practice;
    if (practice !== undefined && scenarioById(practice)?.hotline !== parsed.data.hotline)
      return json(404, { message: `No practice scenario ${practice} on hotline ${parsed.data.hotline}` });
    const mark: Record<string, string> = practice === undefined ? {} : { [PRACTICE_ATTRIBUTE]: practice };
    try {
      const transcript = await placeCall(center, parsed.data, {
        ...(parsed.data.desktop
          ? { answer: (offer) => desk.offer(offer, parsed.data.waitSeconds * 1000, mark) }
          : {}),
        ...(practice !== undefined
          ? practiceEnvironment(context, center)
          : {
              invoke: (arn, event) => context.lambdas.invoke(arn, event),
              hasFunction: (arn) => context.lambdas.find(arn) !== undefined,
              writeRecording,
              emitContactRecord: (record) =>
                context.events.emit('contact-record', { hotline: center.hotline, record }),
              now: () => new Date(),
            }),
      });
      if (transcript.waitingCallback !== null) waitingCallbacks.push(transcript.waitingCallback);
      return json(200, transcript);
    } catch (error) {
      if (error instanceof FlowSimulationError || error instanceof UnknownLambdaError) {
        // A flow the simulator cannot play is a defect to see at once, not a call to shrug off.
        return json(500, { message: `${error.name}: ${error.message}` });
      }
      throw error;
    }
  }
}
