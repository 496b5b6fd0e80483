import { randomBytes } from 'node:crypto';
import type { KeySource, SigningKey } from '../../auth/signing-keys';

/** Cognito's identity pools hand out credentials valid for one hour. */
export const CREDENTIALS_LIFETIME_SECONDS = 3600;

/**
 * The temporary keys handed out by the local identity pools, in memory only (after a restart the page
 * exchanges its IdToken again). The gateway looks keys up here like the role identities.
 */
export class TemporaryKeys implements KeySource {
  private readonly keys = new Map<string, SigningKey>();

  issue(
    template: Omit<SigningKey, 'accessKeyId' | 'secretAccessKey' | 'sessionToken' | 'expiresAt'>,
    lifetimeSeconds: number,
  ) {
    this.prune();
    const key: SigningKey = {
      ...template,
      // Temporary keys start with ASIA in AWS.
      accessKeyId: `ASIAQLD${randomBytes(7).toString('hex').toUpperCase()}`.slice(0, 20),
      secretAccessKey: randomBytes(30).toString('base64url').slice(0, 40),
      sessionToken: randomBytes(96).toString('base64'),
      expiresAt: Date.now() + lifetimeSeconds * 1000,
    };
    this.keys.set(key.accessKeyId, key);
    return key;
  }

  lookup(accessKeyId: string): SigningKey | undefined {
    return this.keys.get(accessKeyId);
  }

  /** Forgets keys expired for a while (kept a minute so a late request still gets "expired", not "invalid"). */
  private prune(now = Date.now()): void {
    for (const [id, key] of this.keys) if ((key.expiresAt ?? 0) + 60_000 < now) this.keys.delete(id);
  }
}
