import { beforeAll, describe, expect, it } from 'vitest';
import { type DesktopConfig, DesktopConfigSchema } from '../../../contracts/desktop-config';
import type { HotlineId } from '../../../contracts/hotlines';
import { localDesktopConfig } from '../../../local/desktop-config';
import { PhysicalNames } from '../../../local/intrinsics';
import { synthesizeStacks } from '../../../local/template-model';
import {
  credentialsFor,
  initiateAuth,
  loginsOf,
  respondWithTotp,
  runDesktopUser,
  signedGet,
  type TemporaryCredentials,
  totpCode,
} from '../../support/desktop/cognito-client';
import { useTestRuntime } from '../../support/runtime';

let apiUrl: string;
let cliEnv: Record<string, string>;
const configs = {} as Record<HotlineId, DesktopConfig>;

beforeAll(async () => {
  const runtime = useTestRuntime();
  apiUrl = runtime.apiUrl;
  cliEnv = { QOLDAU_API_URL: apiUrl, QOLDAU_CREDENTIALS_FILE: runtime.credentialsFile };
  // The same config.json the local page server gives the desktop.
  const models = await synthesizeStacks();
  const stacks = new Map(models.map((model) => [model.hotline, { model, names: new PhysicalNames(model) }]));
  for (const hotline of ['1414', '111'] as const)
    configs[hotline] = DesktopConfigSchema.parse(localDesktopConfig({ url: apiUrl, stacks }, hotline));
});

interface CreatedUser {
  username: string;
  password: string;
  url: string;
  totpSecret?: string;
}

async function createUser(hotline: HotlineId, role: string, username?: string): Promise<CreatedUser> {
  const result = await runDesktopUser(
    ['--hotline', hotline, '--role', role, '--json', ...(username ? ['--username', username] : [])],
    cliEnv,
  );
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as CreatedUser;
}

async function signIn1414(user: CreatedUser): Promise<string> {
  const auth = await initiateAuth(configs['1414'], user.username, user.password);
  expect(auth.status).toBe(200);
  return (auth.body['AuthenticationResult'] as { IdToken: string }).IdToken;
}

describe('npm run desktop-user', () => {
  it('prints the username, a strong password and the desktop URL (and a TOTP key on 111)', async () => {
    const operator = await createUser('1414', 'operator');
    const confidential = await createUser('111', 'supervisor');

    expect(operator).toEqual({
      username: 'operator-1414',
      password: expect.stringMatching(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^a-zA-Z\d]).{20}$/),
      url: `${apiUrl}/agent/1414/`,
    });
    expect(confidential).toMatchObject({ username: 'supervisor-111', url: `${apiUrl}/agent/111/` });
    expect(confidential.totpSecret).toMatch(/^[A-Z2-7]{32}$/);
  });

  it('resets an existing user: the old password stops working', async () => {
    const first = await createUser('1414', 'kbEditor', 'editor-reset');
    const second = await createUser('1414', 'kbEditor', 'editor-reset');

    expect(second.password).not.toBe(first.password);
    expect((await initiateAuth(configs['1414'], first.username, first.password)).status).toBe(400);
    expect((await initiateAuth(configs['1414'], second.username, second.password)).status).toBe(200);
  });

  it('exits 2 on a usage error and 3 when no runtime answers', async () => {
    expect((await runDesktopUser(['--hotline', '1414', '--role', 'authority'], cliEnv)).code).toBe(2);
    expect((await runDesktopUser(['--hotline', '112', '--role', 'operator'], cliEnv)).code).toBe(2);
    const unreachable = await runDesktopUser(['--hotline', '1414', '--role', 'operator'], {
      ...cliEnv,
      QOLDAU_API_URL: 'http://127.0.0.1:9',
    });
    expect(unreachable.code).toBe(3);
    expect(unreachable.stderr).toContain('npm start');
  });
});

describe('desktop sign-in over the Cognito JSON protocol', () => {
  it('signs a 1414 operator in and calls the API as the operator role with the temporary keys', async () => {
    const user = await createUser('1414', 'operator', 'op-whoami');
    const idToken = await signIn1414(user);
    const claims = JSON.parse(Buffer.from(idToken.split('.')[1]!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(claims).toMatchObject({
      'cognito:groups': ['operator'],
      aud: configs['1414'].auth.userPoolClientId,
      iss: `https://cognito-idp.${configs['1414'].region}.amazonaws.com/${configs['1414'].auth.userPoolId}`,
    });

    const exchanged = await credentialsFor(configs['1414'], idToken);
    expect(exchanged.status).toBe(200);
    const credentials = exchanged.credentials!;
    expect(credentials.Expiration * 1000).toBeGreaterThan(Date.now());
    const response = await signedGet(`${configs['1414'].apiUrl}/whoami`, credentials, configs['1414'].region);

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      hotline: '1414',
      role: expect.stringContaining('Operator'),
      session: 'CognitoIdentityCredentials',
    });
  });

  it('asks 111 users for their TOTP code and signs them in with the right one', async () => {
    const user = await createUser('111', 'operator', 'op-mfa');
    const config = configs['111'];

    const first = await initiateAuth(config, user.username, user.password);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: expect.any(String) });
    expect(first.body['AuthenticationResult']).toBeUndefined();
    const answered = await respondWithTotp(
      config,
      user.username,
      first.body['Session'] as string,
      totpCode(user.totpSecret!),
    );

    expect(answered.status).toBe(200);
    const { IdToken } = answered.body['AuthenticationResult'] as { IdToken: string };
    const exchanged = await credentialsFor(config, IdToken);
    const response = await signedGet(`${config.apiUrl}/whoami`, exchanged.credentials!, config.region);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ hotline: '111' });
  });

  it('refuses a wrong TOTP code, and the session cannot be tried again', async () => {
    const user = await createUser('111', 'operator', 'op-wrong-code');
    const config = configs['111'];
    const first = await initiateAuth(config, user.username, user.password);
    const session = first.body['Session'] as string;
    // The code of an hour ago is valid TOTP, just not now.
    const stale = totpCode(user.totpSecret!, Date.now() - 3600_000);

    const wrong = await respondWithTotp(config, user.username, session, stale);
    const retried = await respondWithTotp(config, user.username, session, totpCode(user.totpSecret!));

    expect(wrong.status).toBe(400);
    expect(wrong.body['__type']).toBe('CodeMismatchException');
    expect(wrong.body['AuthenticationResult']).toBeUndefined();
    expect(retried.status).toBe(400);
    expect(retried.body['__type']).toBe('NotAuthorizedException');
  });

  it('answers a wrong password and an unknown user with the same 400 NotAuthorizedException', async () => {
    const user = await createUser('1414', 'operator', 'op-wrong-password');

    const wrong = await initiateAuth(configs['1414'], user.username, `${user.password}x`);
    const unknown = await initiateAuth(configs['1414'], 'nobody-here', user.password);

    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({
      __type: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('keeps the pools apart: a 1414 user cannot sign in to 111, nor use its 1414 token there', async () => {
    const user = await createUser('1414', 'supervisor', 'sup-isolated');
    const idToken = await signIn1414(user);

    expect((await initiateAuth(configs['111'], user.username, user.password)).status).toBe(400);
    const foreign = await credentialsFor(configs['111'], idToken);
    expect(foreign.status).toBe(400);
    expect(foreign.body['__type']).toBe('NotAuthorizedException');
  });

  it("refuses 1414's temporary keys on 111's API", async () => {
    const user = await createUser('1414', 'supervisor', 'sup-cross');
    const { credentials } = await credentialsFor(configs['1414'], await signIn1414(user));

    const response = await signedGet(`${apiUrl}/111/whoami`, credentials!, configs['111'].region);

    expect(response.status).toBe(403);
  });

  it('refuses temporary keys without their session token, or once they have expired', async () => {
    const user = await createUser('1414', 'operator', 'op-expiry');
    const idToken = await signIn1414(user);
    const { credentials } = await credentialsFor(configs['1414'], idToken, { QoldauLocalDurationSeconds: 1 });
    const { credentials: fresh } = await credentialsFor(configs['1414'], idToken);
    const whoami = `${configs['1414'].apiUrl}/whoami`;
    const withoutToken: TemporaryCredentials = { ...fresh!, SessionToken: '' };

    const missing = await signedGet(whoami, withoutToken, configs['1414'].region);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const expired = await signedGet(whoami, credentials!, configs['1414'].region);

    expect(missing.status).toBe(403);
    expect(expired.status).toBe(403);
    expect(await expired.json()).toEqual({
      message: 'The security token included in the request is expired',
    });
  });

  it('refuses an identity-pool call without a login (no unauthenticated access)', async () => {
    const config = configs['1414'];
    const response = await fetch(config.auth.identityEndpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityService.GetId',
      },
      body: JSON.stringify({ IdentityPoolId: config.auth.identityPoolId }),
    });

    expect(response.status).toBe(400);
    expect(((await response.json()) as { __type: string }).__type).toBe('NotAuthorizedException');
  });
});

describe('bad requests to the local Cognito stand-ins', () => {
  const post = (url: string, target: string | undefined, body: string) =>
    fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        ...(target ? { 'x-amz-target': target } : {}),
      },
      body,
    }).then(async (response) => ({
      status: response.status,
      body: (await response.json()) as { __type?: string; message?: string },
    }));

  it.each([
    [
      'a body that is not JSON',
      'AWSCognitoIdentityProviderService.InitiateAuth',
      '{',
      'SerializationException',
    ],
    ['no X-Amz-Target', undefined, '{}', 'UnknownOperationException'],
    [
      'an operation the stand-in does not have',
      'AWSCognitoIdentityProviderService.SignUp',
      '{}',
      'InvalidParameterException',
    ],
    [
      'a missing password',
      'AWSCognitoIdentityProviderService.InitiateAuth',
      JSON.stringify({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: 'x', AuthParameters: { USERNAME: 'a' } }),
      'InvalidParameterException',
    ],
  ])('answers %s with 400 and Cognito’s error type', async (_case, target, body, type) => {
    const response = await post(configs['1414'].auth.userPoolEndpoint, target, body);

    expect(response.status).toBe(400);
    expect(response.body.__type).toBe(type);
    expect(response.body.message).toEqual(expect.any(String));
  });

  it('refuses another app client and any flow but USER_PASSWORD_AUTH', async () => {
    const user = await createUser('1414', 'operator', 'op-flows');
    const config = configs['1414'];
    const input = {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: config.auth.userPoolClientId,
      AuthParameters: { USERNAME: user.username, PASSWORD: user.password },
    };

    const otherClient = await post(
      config.auth.userPoolEndpoint,
      'AWSCognitoIdentityProviderService.InitiateAuth',
      JSON.stringify({ ...input, ClientId: configs['111'].auth.userPoolClientId }),
    );
    const otherFlow = await post(
      config.auth.userPoolEndpoint,
      'AWSCognitoIdentityProviderService.InitiateAuth',
      JSON.stringify({ ...input, AuthFlow: 'ADMIN_NO_SRP_AUTH' }),
    );

    expect(otherClient.body.__type).toBe('ResourceNotFoundException');
    expect(otherFlow.body.__type).toBe('InvalidParameterException');
  });

  it('refuses a forged IdToken and an unknown identity pool', async () => {
    const config = configs['1414'];
    const user = await createUser('1414', 'operator', 'op-forged');
    const idToken = await signIn1414(user);
    const [header, payload] = idToken.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    // The same token with a group the user is not in: the signature no longer matches.
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...claims, 'cognito:groups': ['supervisor'] }),
    ).toString('base64url');
    const forged = `${header}.${forgedPayload}.${idToken.split('.')[2]}`;

    const refused = await credentialsFor(config, forged);
    const unknownPool = await post(
      config.auth.identityEndpoint,
      'AWSCognitoIdentityService.GetId',
      JSON.stringify({ IdentityPoolId: 'eu-central-1:not-a-pool', Logins: loginsOf(config, idToken) }),
    );

    expect(refused.status).toBe(400);
    expect(refused.body['__type']).toBe('NotAuthorizedException');
    expect(unknownPool.body.__type).toBe('ResourceNotFoundException');
  });

  it('lets only the hotline’s local supervisor identity create users', async () => {
    const response = await fetch(`${apiUrl}/_local/desktop-users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ hotline: '1414', role: 'operator', username: 'sneaky' }),
    });

    expect(response.status).toBe(403);
    expect((await initiateAuth(configs['1414'], 'sneaky', 'anything-at-all')).status).toBe(400);
  });
});
