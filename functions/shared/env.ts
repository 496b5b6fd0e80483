import { z } from 'zod';
import { ENV, type EnvName } from '../../contracts/env-names';

export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
}

/**
 * Reads the named variables once (at cold start) and fails fast, naming every missing one, so a
 * misconfigured function never half-works.
 */
export function readEnv<const K extends EnvName>(names: readonly K[]): Record<K, string> {
  const shape = Object.fromEntries(names.map((name) => [name, z.string().min(1)])) as Record<K, z.ZodString>;
  const result = z.object(shape).safeParse(process.env);
  if (!result.success) {
    const missing = result.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new EnvironmentError(`Missing environment variables: ${missing}`);
  }
  return result.data as Record<K, string>;
}

export { ENV };
