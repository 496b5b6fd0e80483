import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { ID_TOKEN_HEADER } from '../../contracts/quality';
import type { ApiEvent } from './http';

/**
 * Who the signed-in person is, from their Cognito IdToken: its signature is checked against the user
 * pool's published keys, it must be an unexpired ID token, and its subject must be the user the identity
 * pool issued the request's credentials to (so a token cannot be borrowed by someone else's keys).
 * The quality routes use it to act for one operator; the register uses it to record who registered an appeal.
 */
export class IdTokenError extends Error {
  override name = 'IdTokenError';
}

export interface IdTokenOptions {
  /** The user pool's JWKS URL (`USER_POOL_JWKS_URL`). */
  readonly jwksUrl: string;
  readonly hotline: string;
}

let keySet: ReturnType<typeof createRemoteJWKSet> | undefined;

/** Locally the runtime serves the user pools' keys at `<AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER>/<hotline>`. */
function jwksUrl(configured: string, hotline: string): URL {
  const local = process.env['AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER'];
  return new URL(local ? `${local}/${hotline}/.well-known/jwks.json` : configured);
}

export async function usernameFromIdToken(
  token: string | undefined,
  signerSub: string | undefined,
  options: IdTokenOptions,
): Promise<string> {
  if (!token)
    throw new IdTokenError('This route acts for one person: send their IdToken in x-qoldau-id-token');
  if (!signerSub) throw new IdTokenError('This route needs the credentials of a signed-in desktop user');
  keySet ??= createRemoteJWKSet(jwksUrl(options.jwksUrl, options.hotline));
  try {
    const { payload } = await jwtVerify(token, keySet, { algorithms: ['RS256'] });
    if (payload['token_use'] !== 'id') throw new IdTokenError('The token is not an ID token');
    if (payload.sub !== signerSub)
      throw new IdTokenError('The token belongs to another user than the signer');
    const username = payload['cognito:username'];
    if (typeof username !== 'string' || username.length === 0)
      throw new IdTokenError('The token names no user');
    return username;
  } catch (error) {
    if (error instanceof IdTokenError) throw error;
    if (error instanceof errors.JOSEError) throw new IdTokenError(`The IdToken is not valid (${error.code})`);
    throw error;
  }
}

/** The user pool subject the identity pool issued the request's credentials to (API Gateway's `amr`). */
export function signerSubOf(event: ApiEvent): string | undefined {
  const amr = (event.requestContext.authorizer?.iam?.cognitoIdentity as { amr?: string[] } | null)?.amr ?? [];
  return amr.map((entry) => /:CognitoSignIn:(.+)$/.exec(entry)?.[1]).find(Boolean);
}

/** The signed-in person's username, from the request's `x-qoldau-id-token`; throws `IdTokenError`. */
export function signedInUsername(event: ApiEvent, options: IdTokenOptions): Promise<string> {
  return usernameFromIdToken(event.headers[ID_TOKEN_HEADER], signerSubOf(event), options);
}
