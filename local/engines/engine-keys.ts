import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The key pair of the local engines (the S3 server verifies it; DynamoDB Local ignores it), made at random
 * for each data folder and kept there readable by its owner only. Never printed: with it one could read
 * 111's raw mail and sign recording links past the authority role and the audit log, so only the runtime
 * and its functions hold it (and tests, through the test runtime).
 */
export interface EngineKeys {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

const FILE = 'engine-keys.json';

export function loadOrCreateEngineKeys(dataDir: string): EngineKeys {
  const file = path.join(dataDir, FILE);
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as EngineKeys;
  const keys: EngineKeys = {
    accessKeyId: `QLOCAL${randomBytes(7).toString('hex').toUpperCase()}`,
    secretAccessKey: randomBytes(30).toString('base64url'),
  };
  fs.writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}
