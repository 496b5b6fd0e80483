import type { DesktopConfig } from '../../../contracts/desktop-config';

/** Temporary AWS credentials from the identity pool. */
export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  /** Epoch milliseconds. */
  readonly expiration: number;
}

export type DesktopRole = 'operator' | 'supervisor' | 'kbEditor';

export interface Session {
  readonly username: string;
  readonly role: DesktopRole;
  readonly credentials: Credentials;
  /** The Cognito IdToken: names the person on routes that act for them alone (their own quality results). */
  readonly idToken: string;
}

/** Cognito said no: a wrong password, a wrong code, an unknown user (the message is Cognito's). */
export class SignInError extends Error {
  override name = 'SignInError';
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export type SignInStep =
  | { readonly kind: 'done'; readonly session: Session }
  | { readonly kind: 'mfa'; readonly session: string };

/** One call of Cognito's JSON protocol (the same in AWS and against the local stand-in). */
async function cognito(endpoint: string, target: string, input: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': target },
    body: JSON.stringify(input),
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const type =
      String(body['__type'] ?? 'Error')
        .split('#')
        .pop() ?? 'Error';
    throw new SignInError(type, String(body['message'] ?? `HTTP ${response.status}`));
  }
  return body;
}

/** Step 1: user name and password; 111 answers with a TOTP challenge. */
export async function signIn(config: DesktopConfig, username: string, password: string): Promise<SignInStep> {
  const answer = await cognito(
    config.auth.userPoolEndpoint,
    'AWSCognitoIdentityProviderService.InitiateAuth',
    {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: config.auth.userPoolClientId,
      AuthParameters: { USERNAME: username, PASSWORD: password },
    },
  );
  return finish(config, username, answer);
}

/** Step 1b (MFA): the authenticator app's six digits. */
export async function answerMfa(
  config: DesktopConfig,
  username: string,
  challengeSession: string,
  code: string,
): Promise<SignInStep> {
  const answer = await cognito(
    config.auth.userPoolEndpoint,
    'AWSCognitoIdentityProviderService.RespondToAuthChallenge',
    {
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      ClientId: config.auth.userPoolClientId,
      Session: challengeSession,
      ChallengeResponses: { USERNAME: username, SOFTWARE_TOKEN_MFA_CODE: code },
    },
  );
  return finish(config, username, answer);
}

async function finish(
  config: DesktopConfig,
  username: string,
  answer: Record<string, unknown>,
): Promise<SignInStep> {
  if (answer['ChallengeName'] === 'SOFTWARE_TOKEN_MFA')
    return { kind: 'mfa', session: String(answer['Session']) };
  const result = answer['AuthenticationResult'] as { IdToken?: string } | undefined;
  if (!result?.IdToken)
    throw new SignInError('UnexpectedAnswer', `Cognito asked for ${String(answer['ChallengeName'])}`);
  const claims = decodeClaims(result.IdToken);
  const role = roleOf(claims['cognito:groups']);
  if (!role)
    throw new SignInError('NoRole', 'This user is in no desktop group (operator, supervisor, kbEditor)');
  const credentials = await exchange(config, result.IdToken);
  return {
    kind: 'done',
    session: {
      username: String(claims['cognito:username'] ?? username),
      role,
      credentials,
      idToken: result.IdToken,
    },
  };
}

/** Steps 2 and 3: the IdToken for the identity pool's temporary credentials of the group's role. */
async function exchange(config: DesktopConfig, idToken: string): Promise<Credentials> {
  const logins = { [`cognito-idp.${config.region}.amazonaws.com/${config.auth.userPoolId}`]: idToken };
  const { IdentityId } = (await cognito(config.auth.identityEndpoint, 'AWSCognitoIdentityService.GetId', {
    IdentityPoolId: config.auth.identityPoolId,
    Logins: logins,
  })) as { IdentityId: string };
  const answer = (await cognito(
    config.auth.identityEndpoint,
    'AWSCognitoIdentityService.GetCredentialsForIdentity',
    { IdentityId, Logins: logins },
  )) as { Credentials: { AccessKeyId: string; SecretKey: string; SessionToken: string; Expiration: number } };
  return {
    accessKeyId: answer.Credentials.AccessKeyId,
    secretAccessKey: answer.Credentials.SecretKey,
    sessionToken: answer.Credentials.SessionToken,
    expiration: answer.Credentials.Expiration * 1000,
  };
}

/** The token's claims (its signature is the identity pool's business, not the page's). */
function decodeClaims(jwt: string): Record<string, unknown> {
  const payload = jwt.split('.')[1] ?? '';
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

const ROLES: readonly DesktopRole[] = ['operator', 'supervisor', 'kbEditor'];

function roleOf(groups: unknown): DesktopRole | undefined {
  const list = Array.isArray(groups) ? groups : typeof groups === 'string' ? groups.split(',') : [];
  const matches = ROLES.filter((role) => list.includes(role));
  // As the identity pool: exactly one desktop group, or none at all.
  return matches.length === 1 ? matches[0] : undefined;
}
