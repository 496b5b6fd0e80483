import type { HotlineId } from '../../../contracts/hotlines';
import { APPEAL_REPORTS_METADATA } from '../../../infra/constructs/appeals/appeal-reports';
import type { LocalContext } from '../../context';
import { json, type LocalRequest, type LocalResponse } from '../../gateway/server';
import { resourcesOfType } from '../../template-model';

/**
 * The appeal report on demand: `POST ${url}/_local/appeals/reports/<hotline>` runs the report function
 * that EventBridge runs on its schedule in AWS (body: optional `{"from": ISO, "to": ISO}`, else
 * yesterday in Almaty). The e-mail lands in the outbox; the answer says what was sent.
 */
export function reportsEndpoint(context: LocalContext) {
  const functions = new Map<string, string>();
  for (const [hotline, { model, names }] of context.stacks) {
    for (const [logicalId, resource] of resourcesOfType(model.template, 'AWS::Lambda::Function')) {
      if (resource.Metadata?.[APPEAL_REPORTS_METADATA]) functions.set(hotline, names.arn(logicalId));
    }
  }
  return async (request: LocalRequest): Promise<LocalResponse | undefined> => {
    const match = /^\/_local\/appeals\/reports\/([^/]+)$/u.exec(request.path);
    if (!match || request.method !== 'POST') return undefined;
    const functionArn = functions.get(match[1] as HotlineId);
    if (!functionArn)
      return json(404, {
        message: `No appeal report for hotline ${match[1]}; try ${[...functions.keys()].join(', ')}`,
      });
    let event: unknown = {};
    try {
      event = request.body.length > 0 ? JSON.parse(request.body.toString('utf8')) : {};
    } catch {
      return json(400, { message: 'The body must be JSON: {"from": ISO-8601, "to": ISO-8601} or empty' });
    }
    try {
      return json(200, await context.lambdas.invoke(functionArn, event));
    } catch (error) {
      return json(502, { message: `The report function failed: ${(error as Error).message}` });
    }
  };
}
