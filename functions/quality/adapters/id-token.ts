import { createRemoteJWKSet, errors, jwtVerify } from 'jose';

/**
 * Who the signed-in person is, from their Cognito IdToken: its signature is checked against the user
 * pool's published keys, it must be an unexpired ID token, and its subject must be the user the identity
 * pool issued the request's credentials to (so a token cannot be borrowed by someone else's keys).
 */
export class IdTokenError extends Error {
  override name = 'IdTokenError';
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
  options: { readonly jwksUrl: string; readonly hotline: string },
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
