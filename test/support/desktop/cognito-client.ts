import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { Secret, TOTP } from 'otpauth';
import type { DesktopConfig } from '../../../contracts/desktop-config';

/** Speaks Cognito's JSON protocol with fetch, exactly as the desktop page does. */
export async function cognitoCall(
  endpoint: string,
  target: string,
  input: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': target },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export const initiateAuth = (config: DesktopConfig, username: string, password: string) =>
  cognitoCall(config.auth.userPoolEndpoint, 'AWSCognitoIdentityProviderService.InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: config.auth.userPoolClientId,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });

export const respondWithTotp = (config: DesktopConfig, username: string, session: string, code: string) =>
  cognitoCall(config.auth.userPoolEndpoint, 'AWSCognitoIdentityProviderService.RespondToAuthChallenge', {
    ChallengeName: 'SOFTWARE_TOKEN_MFA',
    ClientId: config.auth.userPoolClientId,
    Session: session,
    ChallengeResponses: { USERNAME: username, SOFTWARE_TOKEN_MFA_CODE: code },
  });

export const loginsOf = (config: DesktopConfig, idToken: string) => ({
  [`cognito-idp.${config.region}.amazonaws.com/${config.auth.userPoolId}`]: idToken,
});

export interface TemporaryCredentials {
  readonly AccessKeyId: string;
  readonly SecretKey: string;
  readonly SessionToken: string;
  readonly Expiration: number;
}

/** Steps 2 and 3 of the contract: the IdToken for the identity pool's temporary keys. */
export async function credentialsFor(
  config: DesktopConfig,
  idToken: string,
  extra: Record<string, unknown> = {},
): Promise<{ status: number; body: Record<string, unknown>; credentials?: TemporaryCredentials }> {
  const logins = loginsOf(config, idToken);
  const id = await cognitoCall(config.auth.identityEndpoint, 'AWSCognitoIdentityService.GetId', {
    IdentityPoolId: config.auth.identityPoolId,
    Logins: logins,
  });
  if (id.status !== 200) return id;
  const result = await cognitoCall(
    config.auth.identityEndpoint,
    'AWSCognitoIdentityService.GetCredentialsForIdentity',
    { IdentityId: id.body['IdentityId'], Logins: logins, ...extra },
  );
  return result.status === 200
    ? { ...result, credentials: result.body['Credentials'] as TemporaryCredentials }
    : result;
}

/** A GET of the hotline API signed with temporary credentials, session token included. */
export async function signedGet(url: string, credentials: TemporaryCredentials, region: string) {
  const target = new URL(url);
  const signer = new SignatureV4({
    credentials: {
      accessKeyId: credentials.AccessKeyId,
      secretAccessKey: credentials.SecretKey,
      sessionToken: credentials.SessionToken,
    },
    region,
    service: 'execute-api',
    sha256: Sha256,
  });
  const signed = await signer.sign({
    method: 'GET',
    protocol: target.protocol,
    hostname: target.hostname,
    port: Number(target.port),
    path: target.pathname,
    query: {},
    headers: { host: target.host },
  } as Parameters<SignatureV4['sign']>[0]);
  return fetch(target, { headers: signed.headers as Record<string, string> });
}

export const totpCode = (secret: string, timestamp = Date.now()) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp,
  });

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** Runs `npm run desktop-user -- <args>` (through tsx, as npm does) and returns its exit code and output. */
export function runDesktopUser(
  args: readonly string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
      [path.join(REPO_ROOT, 'scripts', 'desktop-user.ts'), ...args],
      { env: { ...process.env, ...env }, cwd: REPO_ROOT },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
