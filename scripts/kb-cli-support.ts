import { type HotlineId, HotlineIdSchema } from '../contracts/hotlines';
import { type ApiResponse, type CliRole, callApi } from './lib/api-client';
import { CliError, EXIT_FAILED, EXIT_NOT_FOUND, EXIT_USAGE, UsageError } from './lib/cli';

/** What the `npm run kb` commands share: results, exit codes, argument checks and the signed JSON call. */

export interface KbCliOptions {
  /** Where progress lines go as they happen. @default collected into `stderr` of the result */
  readonly progress?: (message: string) => void;
}

export function hotlineOf(value: string | undefined): HotlineId {
  const chosen = value ?? process.env['QOLDAU_HOTLINE'] ?? '1414';
  const parsed = HotlineIdSchema.safeParse(chosen);
  if (!parsed.success) throw new UsageError(`--hotline must be 1414 or 111, got ${JSON.stringify(chosen)}`);
  return parsed.data;
}

export function oneOf<T extends string>(
  value: string | undefined,
  option: string,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${option} must be ${allowed.join(', ')}; got ${JSON.stringify(value)}`);
  return value as T;
}

export function positional(values: readonly string[], index: number, what: string): string {
  const value = values[index];
  if (value === undefined || value === '') throw new UsageError(`missing ${what}`);
  return value;
}

/** The API's own message for anything but 2xx; a rejected input (400) exits like a usage error. */
export function ensureOk<T>(response: ApiResponse<T>, what: string): T {
  if (response.status >= 200 && response.status < 300) return response.body;
  const message = (response.body as { message?: string } | null)?.message ?? JSON.stringify(response.body);
  const code = response.status === 400 ? EXIT_USAGE : response.status === 404 ? EXIT_NOT_FOUND : EXIT_FAILED;
  throw new CliError(`${what} failed (HTTP ${response.status}): ${message}`, code);
}

export async function api<T>(
  hotline: HotlineId,
  role: CliRole,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
) {
  return callApi<T>({ hotline, role, method, path, ...(body === undefined ? {} : { body }) });
}
