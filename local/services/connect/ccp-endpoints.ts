import type { AgentEnding } from '../../../contact-flows/index';
import type { HotlineId } from '../../../contracts/hotlines';
import type { LocalContext, LocalStack } from '../../context';
import { json, type LocalRequest, type LocalResponse } from '../../gateway/server';
import { resourcesOfType } from '../../template-model';
import { type AgentDesk, DeskError } from './agent-desk';

/** Prefix of the CCP stand-in: `/_local/ccp/<hotline>/...`, signed like the API with the desktop's keys. */
export const CCP_PATH = '/_local/ccp';

/** How long a page's long poll waits for a change before answering the same snapshot. */
const POLL_MS = 20_000;

/** A quick connect of the instance, as the template defines it. */
export interface LocalQuickConnect {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly type: 'QUEUE' | 'PHONE_NUMBER';
  readonly ending: AgentEnding;
}

/** Reads the hotline's quick connects from its template (the transfer targets operators see). */
export function readQuickConnects({ model, names }: LocalStack): LocalQuickConnect[] {
  return resourcesOfType(model.template, 'AWS::Connect::QuickConnect').map(([logicalId, resource]) => {
    const props = names.resolve(resource.Properties ?? {}) as {
      Name: string;
      Description?: string;
      QuickConnectConfig: {
        QuickConnectType: 'QUEUE' | 'PHONE_NUMBER';
        QueueConfig?: { QueueArn: string; ContactFlowArn: string };
        PhoneConfig?: { PhoneNumber: string };
      };
    };
    const config = props.QuickConnectConfig;
    const ending: AgentEnding = config.QueueConfig
      ? {
          kind: 'transfer',
          flowArn: config.QueueConfig.ContactFlowArn,
          queueArn: config.QueueConfig.QueueArn,
        }
      : { kind: 'dial', phoneNumber: config.PhoneConfig?.PhoneNumber ?? '' };
    return {
      id: logicalId,
      name: props.Name,
      description: props.Description ?? props.Name,
      type: config.QuickConnectType,
      ending,
    };
  });
}

/**
 * The signed request of one of the hotline's operators (its temporary or role keys), as only they are Connect
 * agents, and the agent it is: one per signed-in person (the identity pool's identity, or the role key itself).
 */
export async function authenticateAgent(
  context: LocalContext,
  request: LocalRequest,
  hotline: HotlineId,
): Promise<{ agentKey: string } | { refused: LocalResponse }> {
  const stack = context.stacks.get(hotline);
  if (!stack) return { refused: json(404, { message: `No contact center for hotline ${hotline}` }) };
  const auth = await context.gateway.authenticate(request, stack.model.config.env.region);
  if ('refused' in auth) return auth;
  if (auth.key.hotline !== hotline || auth.key.role !== 'operator')
    return {
      refused: json(403, { message: `Only operators of ${hotline} are agents of its contact center` }),
    };
  return { agentKey: auth.key.cognitoIdentity?.identityId ?? auth.key.accessKeyId };
}

/**
 * The CCP stand-in's HTTP side, for the desktop page's `connect` stand-in (`desktop/src/ccp/stand-in.ts`):
 * - `POST <hotline>/agent` `{state: 'Available'|'Offline', username}`: the operator's state;
 * - `GET <hotline>/snapshot?version=N`: long poll, answers when the desk changed after version N;
 * - `GET <hotline>/quick-connects`: transfer targets;
 * - `POST <hotline>/contacts/<id>/accept|hangup|clear`, `.../transfer` `{quickConnectId}`.
 * Only operators of the hotline (its temporary or role keys), as only they are Connect agents.
 */
export function ccpEndpoint(
  context: LocalContext,
  desks: ReadonlyMap<HotlineId, AgentDesk>,
  quickConnects: ReadonlyMap<HotlineId, readonly LocalQuickConnect[]>,
) {
  return {
    prefix: CCP_PATH,
    handle: async (request: LocalRequest): Promise<LocalResponse> => {
      const [hotline, ...rest] = request.path.slice(CCP_PATH.length + 1).split('/');
      const desk = desks.get(hotline as HotlineId);
      if (!desk) return json(404, { message: `No contact center for hotline ${hotline}` });
      const auth = await authenticateAgent(context, request, hotline as HotlineId);
      if ('refused' in auth) return auth.refused;
      try {
        return await route(request, rest, desk, auth.agentKey, quickConnects.get(hotline as HotlineId) ?? []);
      } catch (error) {
        if (error instanceof DeskError) return json(error.status, { message: error.message });
        throw error;
      }
    },
  };
}

async function route(
  request: LocalRequest,
  rest: readonly string[],
  desk: AgentDesk,
  agentKey: string,
  quickConnects: readonly LocalQuickConnect[],
): Promise<LocalResponse> {
  const body = () => JSON.parse(request.body.toString('utf8') || '{}') as Record<string, unknown>;
  const [first, contactId, action] = rest;
  desk.touch(agentKey);
  if (request.method === 'GET' && first === 'snapshot') {
    const version = Number(request.query.get('version') ?? 0);
    return json(200, await desk.waitForChange(agentKey, version, POLL_MS));
  }
  if (request.method === 'GET' && first === 'quick-connects') {
    return json(200, {
      quickConnects: quickConnects.map(({ id, name, description, type }) => ({
        id,
        name,
        description,
        type,
      })),
    });
  }
  if (request.method === 'POST' && first === 'agent') {
    const { state, username } = body();
    if ((state !== 'Available' && state !== 'Offline') || typeof username !== 'string' || username === '')
      return json(400, { message: 'Send {"state": "Available"|"Offline", "username": "<name>"}' });
    desk.setState(agentKey, username, state);
    return json(200, desk.snapshot(agentKey));
  }
  if (request.method === 'POST' && first === 'contacts' && contactId) {
    if (action === 'accept') desk.accept(agentKey, contactId);
    else if (action === 'hangup') desk.end(agentKey, contactId, { kind: 'hangup' });
    else if (action === 'clear') desk.clear(agentKey, contactId);
    else if (action === 'transfer') {
      const target = quickConnects.find((candidate) => candidate.id === body()['quickConnectId']);
      if (!target) return json(400, { message: 'quickConnectId: not a quick connect of this instance' });
      desk.end(agentKey, contactId, target.ending);
    } else return json(404, { message: 'Not Found' });
    return json(200, desk.snapshot(agentKey));
  }
  return json(404, { message: 'Not Found' });
}

/**
 * Connect's `GetCurrentMetricData` (`POST /_aws/connect/metrics/current/<instanceId>`) from the desks: calls
 * waiting per queue, the oldest one's age, operators available and online (every local operator serves every
 * queue).
 */
export function currentMetricsEndpoint(
  instances: ReadonlyMap<string, HotlineId>,
  desks: ReadonlyMap<HotlineId, AgentDesk>,
) {
  const prefix = '/_aws/connect/metrics/current';
  return {
    prefix,
    handle: async (request: LocalRequest): Promise<LocalResponse | undefined> => {
      if (request.method !== 'POST') return undefined;
      const instanceId = decodeURIComponent(request.path.slice(prefix.length + 1));
      const hotline = instances.get(instanceId);
      const desk = hotline ? desks.get(hotline) : undefined;
      if (!desk) return json(404, { message: `No instance ${instanceId}` });
      const body = JSON.parse(request.body.toString('utf8') || '{}') as {
        Filters?: { Queues?: string[] };
        CurrentMetrics?: Array<{ Name: string; Unit?: string }>;
      };
      const waiting = desk.queued();
      const available = desk.availableCount();
      const online = desk.onlineCount();
      const values = (queueArn: string): Record<string, number> => {
        const mine = waiting.filter((entry) => entry.queueArn === queueArn);
        return {
          CONTACTS_IN_QUEUE: mine.length,
          OLDEST_CONTACT_AGE: Math.max(0, ...mine.map((entry) => entry.waitedSeconds)),
          AGENTS_AVAILABLE: available,
          AGENTS_ONLINE: online,
        };
      };
      return json(200, {
        MetricResults: (body.Filters?.Queues ?? []).map((arn) => ({
          Dimensions: { Queue: { Id: arn.split('/').pop(), Arn: arn }, Channel: 'VOICE' },
          Collections: (body.CurrentMetrics ?? []).map((metric) => ({
            Metric: metric,
            Value: values(arn)[metric.Name] ?? 0,
          })),
        })),
        DataSnapshotTime: Date.now() / 1000,
      });
    },
  };
}
