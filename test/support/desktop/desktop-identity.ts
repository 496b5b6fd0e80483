import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { type DesktopConfig, DesktopConfigSchema } from '../../../contracts/desktop-config';
import type { HotlineId } from '../../../contracts/hotlines';
import { credentialsFor, initiateAuth, runDesktopUser, type TemporaryCredentials } from './cognito-client';

/**
 * A desktop user signed in without a browser, as the page does it: `npm run desktop-user`, the Cognito JSON
 * protocol for the IdToken, the identity pool for temporary keys, and API calls SigV4-signed with them.
 */
export interface DesktopIdentity {
  readonly username: string;
  readonly idToken: string;
  readonly credentials: TemporaryCredentials;
  readonly config: DesktopConfig;
}

/** The desktop's own config.json, as the local page server gives it to the page. */
export async function desktopConfig(apiUrl: string, hotline: HotlineId): Promise<DesktopConfig> {
  const response = await fetch(`${apiUrl}/agent/${hotline}/config.json`);
  return DesktopConfigSchema.parse(await response.json());
}

/** Creates (or resets) a desktop user and signs them in (hotlines without MFA: 1414). */
export async function signedInDesktopUser(
  env: Record<string, string>,
  hotline: HotlineId,
  role: 'operator' | 'supervisor',
  username: string,
): Promise<DesktopIdentity> {
  const created = await runDesktopUser(
    ['--hotline', hotline, '--role', role, '--username', username, '--json'],
    env,
  );
  if (created.code !== 0) throw new Error(`desktop-user failed: ${created.stderr}`);
  const { password } = JSON.parse(created.stdout) as { password: string };
  const config = await desktopConfig(env['QOLDAU_API_URL']!, hotline);
  const auth = await initiateAuth(config, username, password);
  const idToken = (auth.body['AuthenticationResult'] as { IdToken?: string } | undefined)?.IdToken;
  if (!idToken) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(auth.body)}`);
  const { credentials } = await credentialsFor(config, idToken);
  if (!credentials) throw new Error(`no temporary credentials for ${username}`);
  return { username, idToken, credentials, config };
}

/** A JSON request to the hotline API signed with the user's temporary keys, as the desktop's signed fetch. */
export async function signedJson<T = Record<string, unknown>>(
  identity: DesktopIdentity,
  method: 'GET' | 'POST',
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: T }> {
  const target = new URL(`${identity.config.apiUrl}${path}`);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const query: Record<string, string> = {};
  for (const [name, value] of target.searchParams) query[name] = value;
  const signer = new SignatureV4({
    credentials: {
      accessKeyId: identity.credentials.AccessKeyId,
      secretAccessKey: identity.credentials.SecretKey,
      sessionToken: identity.credentials.SessionToken,
    },
    region: identity.config.region,
    service: 'execute-api',
    sha256: Sha256,
  });
  const signed = await signer.sign({
    method,
    protocol: target.protocol,
    hostname: target.hostname,
    ...(target.port ? { port: Number(target.port) } : {}),
    path: target.pathname,
    query,
    headers: {
      host: target.host,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...options.headers,
    },
    ...(body === undefined ? {} : { body }),
  });
  const response = await fetch(target, {
    method,
    headers: signed.headers as Record<string, string>,
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
}
