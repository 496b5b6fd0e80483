import * as z from 'zod';
import { type HotlineId, HotlineIdSchema } from '../../contracts/hotlines';
import { verifySigV4 } from '../auth/sigv4';
import type { LocalContext, LocalService } from '../context';
import { json, type LocalRequest, type LocalResponse } from '../gateway/server';
import { IdentityPoolStandIn } from './cognito/identity-pool';
import { DESKTOP_GROUPS, localPool } from './cognito/pools';
import { amzError, readOperation } from './cognito/protocol';
import { TemporaryKeys } from './cognito/temporary-keys';
import { TokenSigner } from './cognito/tokens';
import { UserPoolStandIn } from './cognito/user-pool';
import { DesktopUserStore } from './cognito/users';

const DesktopUserInput = z.object({
  hotline: HotlineIdSchema,
  role: z.enum(DESKTOP_GROUPS),
  username: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'lower-case letters, digits, dot, dash or underscore, 3 to 64')
    .optional(),
});

/**
 * The agent desktop's sign-in, locally: per hotline a user pool at `${url}/_local/cognito-idp/<hotline>` and
 * an identity pool at `${url}/_local/cognito-identity/<hotline>`, speaking Cognito's JSON protocol, whose
 * temporary keys the gateway accepts for the hotline role of the user's group. Users live in the data
 * folder and are made by `npm run desktop-user` through `POST ${url}/_local/desktop-users`, signed with the
 * hotline's local supervisor identity. Usernames and passwords are never logged.
 */
export function cognitoService(): LocalService {
  return {
    name: 'cognito',
    async start(context: LocalContext) {
      const signer = TokenSigner.loadOrCreate(context.dataDir);
      const users = new DesktopUserStore(context.dataDir);
      const keys = new TemporaryKeys();
      context.gateway.addKeySource(keys);
      const userPools = new Map<HotlineId, UserPoolStandIn>();
      const identityPools = new Map<HotlineId, IdentityPoolStandIn>();
      for (const [hotline, stack] of context.stacks) {
        const pool = localPool(stack);
        userPools.set(hotline, new UserPoolStandIn(pool, users, signer));
        identityPools.set(hotline, new IdentityPoolStandIn(pool, signer, keys));
      }

      context.gateway.addEndpoint({
        prefix: '/_local/cognito-idp',
        handle: async (request) => {
          const [hotline, ...rest] = request.path.split('/').slice(3);
          const pool = userPools.get(hotline as HotlineId);
          if (!pool) return amzError('ResourceNotFoundException', 'User pool does not exist.', 404);
          if (request.method === 'GET' && rest.join('/') === '.well-known/jwks.json')
            return json(200, await signer.jwks());
          if (request.method !== 'POST' || rest.length > 0) return json(404, { message: 'Not Found' });
          const call = readOperation(request.headers, request.body, 'AWSCognitoIdentityProviderService');
          return 'operation' in call ? pool.handle(call.operation, call.input) : call;
        },
      });
      context.gateway.addEndpoint({
        prefix: '/_local/cognito-identity',
        handle: async (request) => {
          const [hotline, ...rest] = request.path.split('/').slice(3);
          const pool = identityPools.get(hotline as HotlineId);
          if (!pool) return amzError('ResourceNotFoundException', 'IdentityPool not found.', 404);
          if (request.method !== 'POST' || rest.length > 0) return json(404, { message: 'Not Found' });
          const call = readOperation(request.headers, request.body, 'AWSCognitoIdentityService');
          return 'operation' in call ? pool.handle(call.operation, call.input) : call;
        },
      });
      context.gateway.addEndpoint({
        prefix: '/_local/desktop-users',
        handle: (request) => createUser(context, users, request),
      });
    },
  };
}

/** Creates or resets a desktop user; only for callers holding the hotline's local supervisor keys. */
async function createUser(
  context: LocalContext,
  users: DesktopUserStore,
  request: LocalRequest,
): Promise<LocalResponse> {
  if (request.method !== 'POST') return json(405, { message: 'Use POST' });
  let body: unknown;
  try {
    body = JSON.parse(request.body.toString('utf8'));
  } catch {
    return json(400, { message: 'The body must be JSON: {"hotline","role","username"?}' });
  }
  const parsed = DesktopUserInput.safeParse(body);
  if (!parsed.success)
    return json(400, {
      message: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    });
  const { hotline, role } = parsed.data;
  const stack = context.stacks.get(hotline)!;
  const supervisor = context.credentials.identities.find(
    (identity) => identity.hotline === hotline && identity.role === 'supervisor',
  );
  const verified = await verifySigV4(
    {
      method: request.method,
      host: request.headers['host'] ?? '',
      path: request.path,
      query: request.query,
      headers: request.headers,
      body: request.body,
    },
    (accessKeyId) => (accessKeyId === supervisor?.accessKeyId ? supervisor.secretAccessKey : undefined),
    { region: stack.model.config.env.region, service: 'execute-api' },
  );
  if (!verified.ok)
    return json(403, {
      message: `Sign with the local supervisor identity of ${hotline}: ${verified.message}`,
    });
  const pool = localPool(stack);
  const { user, password } = users.upsert({
    hotline,
    username: parsed.data.username ?? `${role.toLowerCase()}-${hotline}`,
    group: role,
    mfa: pool.mfaRequired,
  });
  context.log(`cognito: desktop user of ${hotline} (${role}) created or reset`);
  return json(200, {
    username: user.username,
    password,
    url: `${context.url}/agent/${hotline}/`,
    ...(user.totpSecret ? { totpSecret: user.totpSecret } : {}),
  });
}
