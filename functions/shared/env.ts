import { ENV, type EnvName } from '../../contracts/env-names';

export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
}

/**
 * Reads the named variables once (at cold start) and fails fast, naming every missing one, so a
 * misconfigured function never half-works. Plain code, not a schema library: every function loads this,
 * and the contact-flow functions must start in milliseconds.
 */
export function readEnv<const K extends EnvName>(names: readonly K[]): Record<K, string> {
  const missing = names.filter((name) => !process.env[name]);
  if (missing.length > 0) throw new EnvironmentError(`Missing environment variables: ${missing.join(', ')}`);
  return Object.fromEntries(names.map((name) => [name, process.env[name] as string])) as Record<K, string>;
}

export { ENV };
