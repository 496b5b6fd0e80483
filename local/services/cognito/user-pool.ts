import { randomBytes } from 'node:crypto';
import * as z from 'zod';
import type { LocalResponse } from '../../gateway/server';
import type { LocalPool } from './pools';
import { amzError, amzJson } from './protocol';
import type { TokenSigner } from './tokens';
import { type DesktopUserStore, totpOf } from './users';

/** Cognito keeps an authentication session open for 3 minutes. */
const SESSION_LIFETIME_MS = 3 * 60 * 1000;

const InitiateAuthInput = z.object({
  AuthFlow: z.string(),
  ClientId: z.string(),
  AuthParameters: z.object({ USERNAME: z.string().min(1), PASSWORD: z.string().min(1) }),
});

const RespondInput = z.object({
  ChallengeName: z.string(),
  ClientId: z.string(),
  Session: z.string().min(1),
  ChallengeResponses: z.object({ USERNAME: z.string().min(1), SOFTWARE_TOKEN_MFA_CODE: z.string() }),
});

interface PendingChallenge {
  readonly username: string;
  readonly expiresAt: number;
}

const WRONG_CREDENTIALS = () => amzError('NotAuthorizedException', 'Incorrect username or password.');

/**
 * One hotline's user pool as Cognito's JSON protocol exposes it to a public client: `InitiateAuth` with
 * `USER_PASSWORD_AUTH`, and `RespondToAuthChallenge` for `SOFTWARE_TOKEN_MFA` when the pool requires MFA.
 * Error types and messages are Cognito's; they never say whether a username exists.
 */
export class UserPoolStandIn {
  private readonly challenges = new Map<string, PendingChallenge>();

  constructor(
    private readonly pool: LocalPool,
    private readonly users: DesktopUserStore,
    private readonly signer: TokenSigner,
  ) {}

  async handle(operation: string, input: Record<string, unknown>): Promise<LocalResponse> {
    switch (operation) {
      case 'InitiateAuth':
        return this.initiateAuth(input);
      case 'RespondToAuthChallenge':
        return this.respondToAuthChallenge(input);
      default:
        return amzError(
          'InvalidParameterException',
          `The local user pool does not implement ${operation} (InitiateAuth and RespondToAuthChallenge only)`,
        );
    }
  }

  private async initiateAuth(raw: Record<string, unknown>): Promise<LocalResponse> {
    const parsed = InitiateAuthInput.safeParse(raw);
    if (!parsed.success)
      return amzError('InvalidParameterException', 'Missing required parameter USERNAME or PASSWORD');
    const input = parsed.data;
    if (input.ClientId !== this.pool.clientId)
      return amzError('ResourceNotFoundException', 'User pool client does not exist.');
    if (input.AuthFlow !== 'USER_PASSWORD_AUTH')
      return amzError(
        'InvalidParameterException',
        `The app client does not allow the ${input.AuthFlow} flow.`,
      );
    const user = this.users.authenticate(
      this.pool.hotline,
      input.AuthParameters.USERNAME,
      input.AuthParameters.PASSWORD,
    );
    if (!user) return WRONG_CREDENTIALS();
    if (this.pool.mfaRequired) {
      this.prune();
      const session = randomBytes(48).toString('base64url');
      this.challenges.set(session, { username: user.username, expiresAt: Date.now() + SESSION_LIFETIME_MS });
      return amzJson({
        ChallengeName: 'SOFTWARE_TOKEN_MFA',
        ChallengeParameters: { USER_ID_FOR_SRP: user.username },
        Session: session,
      });
    }
    return amzJson({
      ChallengeParameters: {},
      AuthenticationResult: await this.signer.issue(this.pool, user),
    });
  }

  private async respondToAuthChallenge(raw: Record<string, unknown>): Promise<LocalResponse> {
    const parsed = RespondInput.safeParse(raw);
    if (!parsed.success)
      return amzError(
        'InvalidParameterException',
        'Missing required parameter Session, USERNAME or SOFTWARE_TOKEN_MFA_CODE',
      );
    const input = parsed.data;
    if (input.ClientId !== this.pool.clientId)
      return amzError('ResourceNotFoundException', 'User pool client does not exist.');
    if (input.ChallengeName !== 'SOFTWARE_TOKEN_MFA')
      return amzError('InvalidParameterException', `Unsupported challenge ${input.ChallengeName}`);
    const pending = this.challenges.get(input.Session);
    // A session answers once, right or wrong: a wrong code means signing in again, as in Cognito.
    this.challenges.delete(input.Session);
    if (!pending || pending.expiresAt < Date.now() || pending.username !== input.ChallengeResponses.USERNAME)
      return amzError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
    const user = this.users.find(this.pool.hotline, pending.username);
    if (!user?.totpSecret) return WRONG_CREDENTIALS();
    const code = input.ChallengeResponses.SOFTWARE_TOKEN_MFA_CODE;
    // One step either side, for clocks a little apart.
    const valid =
      /^\d{6}$/.test(code) && totpOf(user.totpSecret).validate({ token: code, window: 1 }) !== null;
    if (!valid) return amzError('CodeMismatchException', 'Invalid code received for user');
    return amzJson({
      ChallengeParameters: {},
      AuthenticationResult: await this.signer.issue(this.pool, user),
    });
  }

  private prune(now = Date.now()): void {
    for (const [session, pending] of this.challenges)
      if (pending.expiresAt < now) this.challenges.delete(session);
  }
}
