import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { errors, exportJWK, type JWK, jwtVerify, SignJWT } from 'jose';
import type { LocalPool } from './pools';
import type { DesktopUser } from './users';

/** Cognito's default lifetime of ID and access tokens. */
export const TOKEN_LIFETIME_SECONDS = 3600;

/** The claims of an IdToken the identity pool relies on. */
export interface IdTokenClaims {
  readonly sub: string;
  readonly 'cognito:username': string;
  readonly 'cognito:groups': string[];
  readonly 'cognito:roles': string[];
  readonly 'cognito:preferred_role'?: string;
}

export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

/**
 * Signs the local user pools' tokens (RS256, as Cognito) with a key kept in the data folder, so tokens stay
 * valid across restarts of the same data folder and are worthless against any other.
 */
export class TokenSigner {
  private constructor(
    private readonly privateKey: KeyObject,
    private readonly publicKey: KeyObject,
    readonly keyId: string,
  ) {}

  static loadOrCreate(dataDir: string): TokenSigner {
    const file = path.join(dataDir, 'cognito-signing-key.pem');
    if (!fs.existsSync(file)) {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      fs.writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    }
    const privateKey = createPrivateKey(fs.readFileSync(file));
    const publicKey = createPublicKey(privateKey);
    const keyId = createHash('sha256')
      .update(publicKey.export({ type: 'spki', format: 'der' }))
      .digest('base64url')
      .slice(0, 22);
    return new TokenSigner(privateKey, publicKey, keyId);
  }

  /** The JSON Web Key Set a relying party would fetch from `<issuer>/.well-known/jwks.json`. */
  async jwks(): Promise<{ keys: JWK[] }> {
    return { keys: [{ ...(await exportJWK(this.publicKey)), kid: this.keyId, alg: 'RS256', use: 'sig' }] };
  }

  /** What a successful sign-in returns (`AuthenticationResult`). */
  async issue(pool: LocalPool, user: DesktopUser, now = new Date()) {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + TOKEN_LIFETIME_SECONDS;
    const roleArn = pool.groupRoles.get(user.group);
    const sign = (claims: Record<string, unknown>) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: this.keyId })
        .setIssuer(pool.issuer)
        .setSubject(user.sub)
        .setIssuedAt(iat)
        .setExpirationTime(exp)
        .setJti(crypto.randomUUID())
        .sign(this.privateKey);
    const groupClaims = {
      'cognito:groups': [user.group],
      // Cognito adds the groups' roles; with one group its role is also the preferred one.
      ...(roleArn ? { 'cognito:roles': [roleArn], 'cognito:preferred_role': roleArn } : {}),
    };
    const IdToken = await sign({
      ...groupClaims,
      aud: pool.clientId,
      token_use: 'id',
      auth_time: iat,
      'cognito:username': user.username,
    });
    const AccessToken = await sign({
      ...groupClaims,
      client_id: pool.clientId,
      token_use: 'access',
      auth_time: iat,
      scope: 'aws.cognito.signin.user.admin',
      username: user.username,
    });
    return {
      IdToken,
      AccessToken,
      // Only a refresh token's shape: the local stand-in does not implement REFRESH_TOKEN_AUTH.
      RefreshToken: Buffer.from(crypto.getRandomValues(new Uint8Array(48))).toString('base64url'),
      ExpiresIn: TOKEN_LIFETIME_SECONDS,
      TokenType: 'Bearer',
    };
  }

  /** Checks an IdToken of this pool as the identity pool does: signature, issuer, audience, expiry, use. */
  async verifyIdToken(pool: LocalPool, token: string): Promise<IdTokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.publicKey, {
        issuer: pool.issuer,
        audience: pool.clientId,
        algorithms: ['RS256'],
      });
      if (payload['token_use'] !== 'id') throw new InvalidTokenError('Not an ID token');
      return payload as unknown as IdTokenClaims;
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      if (error instanceof errors.JWTExpired)
        throw new InvalidTokenError('Invalid login token. Token expired');
      if (error instanceof errors.JOSEError)
        throw new InvalidTokenError('Invalid login token. Not a valid token of this provider');
      throw error;
    }
  }
}
