import type { HotlineId } from '../../contracts/hotlines';
import { QUALITY_SUMMARY_METADATA } from '../../infra/constructs/quality/quality';
import type { LocalContext, LocalService } from '../context';
import { json, type LocalRequest, type LocalResponse } from '../gateway/server';
import { resourcesOfType } from '../template-model';

/**
 * The weekly quality summary on demand: `POST ${url}/_local/quality/summary/<hotline>` runs the function the
 * EventBridge cron rule runs in AWS (body: optional `{"week": "2026-W49"}`, else the week just ended). The
 * e-mail lands in the outbox (`GET /_local/outbox`); the answer says what was sent.
 */
export function qualityService(): LocalService {
  return {
    name: 'quality',
    async start(context: LocalContext) {
      const functions = new Map<string, string>();
      for (const [hotline, { model, names }] of context.stacks)
        for (const [logicalId, resource] of resourcesOfType(model.template, 'AWS::Lambda::Function'))
          if (resource.Metadata?.[QUALITY_SUMMARY_METADATA]) functions.set(hotline, names.arn(logicalId));
      context.gateway.addEndpoint({
        prefix: '/_local/quality/summary',
        handle: (request) => runSummary(context, functions, request),
      });
    },
  };
}

async function runSummary(
  context: LocalContext,
  functions: ReadonlyMap<string, string>,
  request: LocalRequest,
): Promise<LocalResponse | undefined> {
  const match = /^\/_local\/quality\/summary\/([^/]+)$/u.exec(request.path);
  if (!match || request.method !== 'POST') return undefined;
  const functionArn = functions.get(match[1] as HotlineId);
  if (!functionArn)
    return json(404, {
      message: `No quality summary for hotline ${match[1]}; try ${[...functions.keys()].join(', ')}`,
    });
  let event: unknown = {};
  try {
    event = request.body.length > 0 ? JSON.parse(request.body.toString('utf8')) : {};
  } catch {
    return json(400, { message: 'The body must be JSON: {"week": "2026-W49"} or empty' });
  }
  try {
    return json(200, await context.lambdas.invoke(functionArn, event));
  } catch (error) {
    return json(502, { message: `The summary function failed: ${(error as Error).message}` });
  }
}
