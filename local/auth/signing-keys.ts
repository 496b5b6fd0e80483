import type { HotlineId } from '../../contracts/hotlines';
import type { LocalIdentity, LocalRole } from './identities';

/** What API Gateway reports of a Cognito identity pool caller (`requestContext.authorizer.iam.cognitoIdentity`). */
export interface CognitoIdentityContext {
  readonly amr: string[];
  readonly identityId: string;
  readonly identityPoolId: string;
}

/** An access key the local gateway accepts, and who signs with it. */
export interface SigningKey {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly hotline: HotlineId;
  readonly role: LocalRole;
  /** The assumed-role session name the functions see (`local-operator`, `CognitoIdentityCredentials`). */
  readonly sessionName: string;
  /** Temporary keys only: the session token that must come with every request (`x-amz-security-token`). */
  readonly sessionToken?: string;
  /** Temporary keys only: epoch milliseconds after which the keys stop working. */
  readonly expiresAt?: number;
  readonly cognitoIdentity?: CognitoIdentityContext;
}

/** Where the gateway looks up the secret of an access key. */
export interface KeySource {
  lookup(accessKeyId: string): SigningKey | undefined;
}

/** The long-lived role identities of the data folder (`npm run credentials`). */
export function staticKeys(identities: readonly LocalIdentity[]): KeySource {
  const byId = new Map<string, SigningKey>(
    identities.map((identity) => [
      identity.accessKeyId,
      { ...identity, sessionName: `local-${identity.role}` },
    ]),
  );
  return { lookup: (accessKeyId) => byId.get(accessKeyId) };
}
