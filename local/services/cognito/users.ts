import { randomBytes, randomInt, randomUUID, scryptSync, timingSafeEqual } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Secret, TOTP } from 'otpauth';
import type { HotlineId } from '../../../contracts/hotlines';
import type { DesktopGroup } from './pools';

/** One person who signs in to the agent desktop, as the data folder keeps them (never the password). */
export interface DesktopUser {
  readonly hotline: HotlineId;
  readonly username: string;
  /** Stable subject id (`sub`), as Cognito gives every user. */
  readonly sub: string;
  readonly group: DesktopGroup;
  /** `scrypt$<N>$<r>$<p>$<salt b64>$<hash b64>` */
  readonly passwordHash: string;
  /** Base32 TOTP secret: users of a pool with MFA required are enrolled at creation. */
  readonly totpSecret?: string;
}

const SCRYPT = { N: 16384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, KEY_LENGTH, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** A hash nobody's password matches, checked for unknown usernames so they take as long as known ones. */
const DECOY_HASH = hashPassword(randomBytes(16).toString('hex'));

function passwordMatches(password: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(actual, expected);
}

const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '!#%+-=?@^_';

/** A random 20-character password meeting the deployed pools' policy (every character class present). */
export function generatePassword(): string {
  const all = LOWER + UPPER + DIGITS + SYMBOLS;
  const pick = (set: string) => set[randomInt(set.length)]!;
  const chars = [pick(LOWER), pick(UPPER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < 20) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

/** TOTP as authenticator apps and Cognito compute it: SHA-1, 6 digits, 30-second steps. */
export function totpOf(secret: string): TOTP {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
}

/**
 * The desktop users of both hotlines in `<data folder>/desktop-users.json` (mode 0600). Usernames are
 * unique per hotline, as in two separate user pools.
 */
export class DesktopUserStore {
  private readonly file: string;
  private users: DesktopUser[];

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'desktop-users.json');
    this.users = fs.existsSync(this.file)
      ? (JSON.parse(fs.readFileSync(this.file, 'utf8')) as { users: DesktopUser[] }).users
      : [];
  }

  /** Creates the user, or gives an existing one a new password (and a new TOTP secret when MFA is required). */
  upsert(args: { hotline: HotlineId; username: string; group: DesktopGroup; mfa: boolean }): {
    user: DesktopUser;
    password: string;
  } {
    const password = generatePassword();
    const existing = this.find(args.hotline, args.username);
    const user: DesktopUser = {
      hotline: args.hotline,
      username: args.username,
      sub: existing?.sub ?? randomUUID(),
      group: args.group,
      passwordHash: hashPassword(password),
      ...(args.mfa ? { totpSecret: new Secret({ size: 20 }).base32 } : {}),
    };
    this.users = [...this.users.filter((candidate) => candidate !== existing), user];
    fs.writeFileSync(this.file, JSON.stringify({ users: this.users }, null, 2), { mode: 0o600 });
    return { user, password };
  }

  find(hotline: HotlineId, username: string): DesktopUser | undefined {
    return this.users.find((user) => user.hotline === hotline && user.username === username);
  }

  /** The user whose password this is, or undefined; as slow for an unknown username as for a wrong password. */
  authenticate(hotline: HotlineId, username: string, password: string): DesktopUser | undefined {
    const user = this.find(hotline, username);
    const matches = passwordMatches(password, user?.passwordHash ?? DECOY_HASH);
    return user && matches ? user : undefined;
  }
}
