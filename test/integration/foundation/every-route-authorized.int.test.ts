import * as fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedRequest } from '../../../clients/signed-request';
import type { HotlineId } from '../../../contracts/hotlines';
import { generateRegistrationNumber } from '../../../functions/appeals/domain/registration-number';
import { ROLE_METADATA } from '../../../infra/constructs/identity/access-roles';
import { isAllowed, roleStatements } from '../../../local/auth/iam-policy';
import { type CredentialsFile, LOCAL_ROLES, type LocalRole } from '../../../local/auth/identities';
import { type ApiRoute, readApiRoutes } from '../../../local/gateway/api-routes';
import { LOCAL_ACCOUNT, PhysicalNames } from '../../../local/intrinsics';
import { type StackModel, synthesizeStacks } from '../../../local/template-model';
import { useTestRuntime } from '../../support/runtime';

/**
 * Every route of both hotlines' APIs, read from the synthesized templates (the same ones the runtime
 * serves), is closed to the unsigned, the wrongly signed, the other hotline's identities and the roles
 * whose IAM policy does not grant it. A route added later is covered without touching this file.
 */

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RouteCase {
  readonly hotline: HotlineId;
  readonly otherHotline: HotlineId;
  readonly method: Method;
  /** The route's path with its parameters filled, inside the hotline's API. */
  readonly path: string;
  readonly routeKey: string;
  /** Roles whose synthesized policy grants this route in its own hotline. */
  readonly granted: readonly LocalRole[];
  /** Roles whose synthesized policy does not. */
  readonly notGranted: readonly LocalRole[];
}

// Harmless values that look like what the routes expect, so a route is matched (and so authorized) rather
// than missed: a well-formed registration number of the route's hotline that nobody registered, a year with
// calendar data, an id that names nothing in the seed data.
function fillParams(route: ApiRoute): string {
  return route.path.replace(/\{([^}+]+)\+?\}/g, (_m, name: string) => {
    const lower = name.toLowerCase();
    if (lower.includes('number')) return generateRegistrationNumber(route.hotline);
    if (lower === 'year') return '2026';
    if (lower.includes('date') || lower === 'day') return '2026-01-05';
    return `test-${lower}-0001`;
  });
}

function methodOf(route: ApiRoute): Method {
  // `ANY` accepts every method; GET is the one that cannot carry a body.
  return (route.method === 'ANY' ? 'GET' : route.method) as Method;
}

function roleLogicalId(stack: StackModel, role: LocalRole): string | undefined {
  return Object.entries(stack.template.Resources).find(
    ([, resource]) => resource.Type === 'AWS::IAM::Role' && resource.Metadata?.[ROLE_METADATA] === role,
  )?.[0];
}

function routeCases(stacks: readonly StackModel[]): RouteCase[] {
  return stacks.flatMap((stack) => {
    const names = new PhysicalNames(stack);
    const otherHotline = stacks.find((other) => other.hotline !== stack.hotline)!.hotline;
    return readApiRoutes(stack, names).map((route) => {
      const method = methodOf(route);
      const path = fillParams(route);
      const resourceArn = `arn:aws:execute-api:${names.region}:${LOCAL_ACCOUNT}:${route.apiId}/$default/${method}${path}`;
      const grants = (role: LocalRole) => {
        const logicalId = roleLogicalId(stack, role);
        return (
          logicalId !== undefined &&
          isAllowed(roleStatements(stack.template, names, logicalId), 'execute-api:Invoke', resourceArn)
        );
      };
      return {
        hotline: stack.hotline,
        otherHotline,
        method,
        path,
        routeKey: route.routeKey,
        granted: LOCAL_ROLES.filter(grants),
        notGranted: LOCAL_ROLES.filter((role) => !grants(role)),
      };
    });
  });
}

const stacks = await synthesizeStacks();
const cases = routeCases(stacks);
const label = (c: RouteCase) => `${c.hotline} ${c.routeKey}`;

let apiUrl: string;
let identities: CredentialsFile['identities'];
beforeAll(() => {
  const runtime = useTestRuntime();
  apiUrl = runtime.apiUrl;
  identities = (JSON.parse(fs.readFileSync(runtime.credentialsFile, 'utf8')) as CredentialsFile).identities;
});

function credentials(hotline: HotlineId, role: LocalRole) {
  const identity = identities.find((each) => each.hotline === hotline && each.role === role);
  if (!identity) throw new Error(`No local identity for ${hotline}/${role}`);
  return { accessKeyId: identity.accessKeyId, secretAccessKey: identity.secretAccessKey };
}

function send(c: RouteCase, creds: { accessKeyId: string; secretAccessKey: string }) {
  return signedRequest({
    baseUrl: `${apiUrl}/${c.hotline}`,
    region: stacks.find((stack) => stack.hotline === c.hotline)!.config.env.region,
    credentials: creds,
    method: c.method,
    path: c.path,
    ...(c.method === 'GET' || c.method === 'DELETE' ? {} : { body: '{}' }),
  });
}

/** The role to sign as when the role itself should be accepted: one the route grants, if any. */
function aGrantedRole(c: RouteCase): LocalRole {
  return c.granted[0] ?? 'operator';
}

describe('every API route of both hotlines', () => {
  it('is read from the synthesized templates of both hotlines, the routes the runtime serves', async () => {
    const hotlines = new Set(cases.map((c) => c.hotline));
    expect([...hotlines].sort()).toEqual(['111', '1414']);
    const health = (await (await fetch(`${apiUrl}/health`)).json()) as { routes: number };
    expect(cases).toHaveLength(health.routes);
    // Every route is IAM-authorized in the template itself, not only by the local gateway.
    for (const stack of stacks) {
      for (const route of readApiRoutes(stack, new PhysicalNames(stack))) {
        expect(route.authorization, `${stack.hotline} ${route.routeKey}`).toBe('AWS_IAM');
      }
    }
  });

  it.each(cases.map((c) => [label(c), c] as const))('%s refuses an unsigned request', async (_, c) => {
    const response = await fetch(`${apiUrl}/${c.hotline}${c.path}`, {
      method: c.method,
      ...(c.method === 'GET' || c.method === 'DELETE'
        ? {}
        : { body: '{}', headers: { 'content-type': 'application/json' } }),
    });
    expect(response.status).toBe(403);
  });

  it.each(cases.map((c) => [label(c), c] as const))(
    '%s refuses a wrongly computed signature',
    async (_, c) => {
      const { accessKeyId, secretAccessKey } = credentials(c.hotline, aGrantedRole(c));
      // The right key id with a secret one character off: the signature cannot match.
      const wrong = `${secretAccessKey.slice(0, -1)}${secretAccessKey.endsWith('A') ? 'B' : 'A'}`;
      const response = await send(c, { accessKeyId, secretAccessKey: wrong });
      expect(response.status).toBe(403);
    },
  );

  it.each(cases.map((c) => [label(c), c] as const))(
    "%s refuses the other hotline's identity of a role it grants",
    async (_, c) => {
      const response = await send(c, credentials(c.otherHotline, aGrantedRole(c)));
      expect(response.status).toBe(403);
    },
  );

  const withUngrantedRole = cases.filter((c) => c.notGranted.length > 0);
  it.each(withUngrantedRole.map((c) => [label(c), c] as const))(
    '%s refuses a role its IAM policy does not grant',
    async (_, c) => {
      for (const role of c.notGranted) {
        const response = await send(c, credentials(c.hotline, role));
        expect(response.status, `${role} on ${label(c)}`).toBe(403);
      }
    },
  );
});
