import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { HotlineId } from '../../contracts/hotlines';

/** Access roles as the template names them (see `infra/constructs/identity/access-roles.ts`). */
export const LOCAL_ROLES = ['operator', 'supervisor', 'kbEditor', 'authority', 'webPortal'] as const;
export type LocalRole = (typeof LOCAL_ROLES)[number];

/** One local identity: the stand-in for a person (or the web portal) who has assumed a hotline's role. */
export interface LocalIdentity {
  readonly hotline: HotlineId;
  readonly role: LocalRole;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

export interface CredentialsFile {
  readonly identities: LocalIdentity[];
}

const HOTLINES: readonly HotlineId[] = ['1414', '111'];

function newIdentity(hotline: HotlineId, role: LocalRole): LocalIdentity {
  return {
    hotline,
    role,
    accessKeyId: `AKIAQLD${randomBytes(7).toString('hex').toUpperCase()}`.slice(0, 20),
    secretAccessKey: randomBytes(30).toString('base64url').slice(0, 40),
  };
}

/**
 * Loads the identities kept in the data folder or makes new random ones, so that nothing is guessable and
 * the same keys survive a restart. Identities are per hotline and role, as IAM roles are per stack.
 */
export function loadOrCreateIdentities(dataDir: string): CredentialsFile {
  const file = path.join(dataDir, 'identities.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as CredentialsFile;
  const identities = HOTLINES.flatMap((hotline) => LOCAL_ROLES.map((role) => newIdentity(hotline, role)));
  const created = { identities };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(created, null, 2), { mode: 0o600 });
  return created;
}

/** Writes the credentials the command-line tools read (like ~/.aws/credentials, but per hotline and role). */
export function writeCredentialsFile(file: string, credentials: CredentialsFile): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
}
