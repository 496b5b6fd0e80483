import type { HotlineId } from '../../contracts/hotlines';
import type { PhysicalNames } from '../intrinsics';
import { resourcesOfType, type StackModel } from '../template-model';

/** One route of a hotline's HTTP API as synthesized: `GET /appeals/{number}/status` -> a function. */
export interface ApiRoute {
  readonly hotline: HotlineId;
  readonly apiId: string;
  readonly method: string;
  readonly path: string;
  readonly pattern: RegExp;
  readonly paramNames: readonly string[];
  readonly authorization: string;
  /** The integration's Lambda ARN, as resolved locally. */
  readonly functionArn: string;
  readonly routeKey: string;
}

/** Reads every `AWS::ApiGatewayV2::Route` and its Lambda integration from a stack's template. */
export function readApiRoutes(stack: StackModel, names: PhysicalNames): ApiRoute[] {
  const resources = stack.template.Resources;
  return resourcesOfType(stack.template, 'AWS::ApiGatewayV2::Route').map(([logicalId, route]) => {
    const props = route.Properties ?? {};
    const routeKey = String(props['RouteKey']);
    const target = String(names.resolve(props['Target']));
    const integrationId = target.replace(/^integrations\//, '').replace(`${stack.stackName}-`, '');
    const integration = resources[integrationId];
    if (integration?.Type !== 'AWS::ApiGatewayV2::Integration') {
      throw new Error(
        `Route ${logicalId} (${routeKey}) has no Lambda integration the local runtime understands`,
      );
    }
    const [method, path] = routeKey.split(' ') as [string, string];
    const paramNames: string[] = [];
    const pattern = new RegExp(
      `^${path.replace(/\{([^}+]+)\+?\}/g, (_m, name: string) => {
        paramNames.push(name);
        return '([^/]+)';
      })}$`,
    );
    return {
      hotline: stack.hotline,
      apiId: String(names.resolve(props['ApiId'])),
      method,
      path,
      pattern,
      paramNames,
      authorization: String(props['AuthorizationType'] ?? 'NONE'),
      functionArn: String(names.resolve(integration.Properties?.['IntegrationUri'])),
      routeKey,
    };
  });
}

/** Finds the route for a request path (the path inside the hotline's API, without the local prefix). */
export function matchRoute(
  routes: readonly ApiRoute[],
  method: string,
  path: string,
): { route: ApiRoute; rawParams: Record<string, string> } | { route: undefined; methodMismatch: boolean } {
  let methodMismatch = false;
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (route.method !== method && route.method !== 'ANY') {
      methodMismatch = true;
      continue;
    }
    const rawParams = Object.fromEntries(route.paramNames.map((name, i) => [name, match[i + 1]!]));
    return { route, rawParams };
  }
  return { route: undefined, methodMismatch };
}

/** Path parameters as API Gateway passes them to the function: decoded once; undefined when malformed. */
export function decodePathParameters(raw: Record<string, string>): Record<string, string> | undefined {
  try {
    return Object.fromEntries(Object.entries(raw).map(([name, value]) => [name, decodeURIComponent(value)]));
  } catch {
    return undefined;
  }
}
