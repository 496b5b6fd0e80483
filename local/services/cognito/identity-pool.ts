import { createHash } from 'node:crypto';
import * as z from 'zod';
import type { LocalResponse } from '../../gateway/server';
import type { DesktopGroup, LocalPool } from './pools';
import { amzError, amzJson } from './protocol';
import { CREDENTIALS_LIFETIME_SECONDS, type TemporaryKeys } from './temporary-keys';
import { type IdTokenClaims, InvalidTokenError, type TokenSigner } from './tokens';

const GetIdInput = z.object({
  IdentityPoolId: z.string(),
  Logins: z.record(z.string(), z.string()).optional(),
});

const GetCredentialsInput = z.object({
  IdentityId: z.string(),
  Logins: z.record(z.string(), z.string()).optional(),
  /**
   * Local only, not in Cognito's API: a shorter lifetime for the keys (1 to 3600 s), so tests can see
   * expired keys refused without waiting an hour. It can only shorten what the pool would give.
   */
  QoldauLocalDurationSeconds: z.number().int().min(1).max(CREDENTIALS_LIFETIME_SECONDS).optional(),
});

/**
 * One hotline's identity pool: `GetId` and `GetCredentialsForIdentity` for IdTokens of the hotline's user
 * pool, unauthenticated access disabled, roles chosen from the token (`cognito:preferred_role`) and
 * refused when the token names no role of the pool's groups (ambiguous -> deny).
 */
export class IdentityPoolStandIn {
  constructor(
    private readonly pool: LocalPool,
    private readonly signer: TokenSigner,
    private readonly keys: TemporaryKeys,
  ) {}

  async handle(operation: string, input: Record<string, unknown>): Promise<LocalResponse> {
    switch (operation) {
      case 'GetId':
        return this.getId(input);
      case 'GetCredentialsForIdentity':
        return this.getCredentials(input);
      default:
        return amzError(
          'InvalidParameterException',
          `The local identity pool does not implement ${operation} (GetId and GetCredentialsForIdentity only)`,
        );
    }
  }

  private async getId(raw: Record<string, unknown>): Promise<LocalResponse> {
    const parsed = GetIdInput.safeParse(raw);
    if (!parsed.success) return amzError('InvalidParameterException', 'IdentityPoolId is required');
    if (parsed.data.IdentityPoolId !== this.pool.identityPoolId)
      return amzError('ResourceNotFoundException', `IdentityPool '${parsed.data.IdentityPoolId}' not found.`);
    const claims = await this.login(parsed.data.Logins);
    if ('status' in claims) return claims;
    return amzJson({ IdentityId: this.identityIdOf(claims) });
  }

  private async getCredentials(raw: Record<string, unknown>): Promise<LocalResponse> {
    const parsed = GetCredentialsInput.safeParse(raw);
    if (!parsed.success)
      return amzError('InvalidParameterException', 'IdentityId is required (and a valid duration, if given)');
    const claims = await this.login(parsed.data.Logins);
    if ('status' in claims) return claims;
    const identityId = this.identityIdOf(claims);
    if (parsed.data.IdentityId !== identityId)
      return amzError('NotAuthorizedException', 'Invalid login token. Not the identity of this token.');
    const group = this.groupOf(claims);
    if (!group)
      return amzError(
        'NotAuthorizedException',
        'Unable to determine the role for this token (no or an ambiguous role): access denied.',
      );
    const key = this.keys.issue(
      {
        hotline: this.pool.hotline,
        role: group,
        sessionName: 'CognitoIdentityCredentials',
        cognitoIdentity: {
          amr: [
            'authenticated',
            this.pool.providerName,
            `${this.pool.providerName}:CognitoSignIn:${claims.sub}`,
          ],
          identityId,
          identityPoolId: this.pool.identityPoolId,
        },
      },
      parsed.data.QoldauLocalDurationSeconds ?? CREDENTIALS_LIFETIME_SECONDS,
    );
    return amzJson({
      IdentityId: identityId,
      Credentials: {
        AccessKeyId: key.accessKeyId,
        SecretKey: key.secretAccessKey,
        SessionToken: key.sessionToken,
        Expiration: Math.floor(key.expiresAt! / 1000),
      },
    });
  }

  /** The IdToken's claims, or Cognito's refusal: no login (unauthenticated), another provider, a bad token. */
  private async login(logins: Record<string, string> | undefined): Promise<IdTokenClaims | LocalResponse> {
    if (!logins || Object.keys(logins).length === 0)
      return amzError(
        'NotAuthorizedException',
        'Unauthenticated access is not supported for this identity pool.',
      );
    const token = logins[this.pool.providerName];
    if (!token || Object.keys(logins).length !== 1)
      return amzError(
        'NotAuthorizedException',
        'Token is not from a supported provider of this identity pool.',
      );
    try {
      return await this.signer.verifyIdToken(this.pool, token);
    } catch (error) {
      if (error instanceof InvalidTokenError) return amzError('NotAuthorizedException', error.message);
      throw error;
    }
  }

  /** Token-based role mapping: the preferred role, which must be one of this pool's group roles. */
  private groupOf(claims: IdTokenClaims): DesktopGroup | undefined {
    const preferred = claims['cognito:preferred_role'];
    if (!preferred) return undefined;
    for (const [group, roleArn] of this.pool.groupRoles) if (roleArn === preferred) return group;
    return undefined;
  }

  /** A stable identity id per user and pool, shaped like Cognito's (`<region>:<uuid>`). */
  private identityIdOf(claims: IdTokenClaims): string {
    const hex = createHash('sha256').update(`${this.pool.identityPoolId}/${claims.sub}`).digest('hex');
    const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    return `${this.pool.region}:${uuid}`;
  }
}
