import * as fs from 'node:fs';
import * as path from 'node:path';
import { type RawResponse, signedRequest } from '../../clients/signed-request';
import type { HotlineId } from '../../contracts/hotlines';
import { loadConfig } from '../../infra/config/load';
import type { AccessRole } from '../../infra/constructs/identity/access-roles';
import { CliError, EXIT_FAILED, EXIT_NOT_FOUND, EXIT_UNREACHABLE } from './cli';

/** Roles a command-line tool can act as: the API's access roles (see docs/local-runtime.md, "Local identities"). */
export type CliRole = AccessRole;

export const DEFAULT_API_URL = 'http://127.0.0.1:3000';
const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Base URL of the API: `QOLDAU_API_URL_<HOTLINE>` (a deployed stack) or `QOLDAU_API_URL` (the local runtime). */
export function apiBase(hotline: HotlineId): string {
  const deployed = process.env[`QOLDAU_API_URL_${hotline}`];
  if (deployed) return deployed.replace(/\/$/, '');
  const local = (process.env['QOLDAU_API_URL'] ?? DEFAULT_API_URL).replace(/\/$/, '');
  // The local runtime serves both hotlines' APIs on one port, each under its own prefix.
  return `${local}/${hotline}`;
}

interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/**
 * The caller's AWS credentials: the standard environment variables when set (a deployed stack), else the
 * local identity for the hotline and role from the file `npm start` writes.
 */
export function credentialsFor(hotline: HotlineId, role: CliRole): Credentials {
  const {
    AWS_ACCESS_KEY_ID: accessKeyId,
    AWS_SECRET_ACCESS_KEY: secretAccessKey,
    AWS_SESSION_TOKEN: sessionToken,
  } = process.env;
  if (accessKeyId && secretAccessKey)
    return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
  const file = process.env['QOLDAU_CREDENTIALS_FILE'] ?? path.join(REPO_ROOT, '.local', 'credentials.json');
  if (!fs.existsSync(file)) {
    throw new CliError(
      `No credentials: ${file} does not exist. Start the local runtime with \`npm start\` first, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.`,
    );
  }
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    identities: Array<Credentials & { hotline: string; role: string }>;
  };
  const identity = parsed.identities.find(
    (candidate) => candidate.hotline === hotline && candidate.role === role,
  );
  if (!identity) throw new CliError(`No local identity for role ${role} of hotline ${hotline} in ${file}`);
  return { accessKeyId: identity.accessKeyId, secretAccessKey: identity.secretAccessKey };
}

export interface ApiRequest {
  readonly hotline: HotlineId;
  readonly role: CliRole;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path inside the hotline's API, with query string, e.g. `/kb/search?q=...`. */
  readonly path: string;
  readonly body?: unknown;
}

export interface ApiResponse<T = unknown> {
  readonly status: number;
  readonly body: T;
}

/** Calls the hotline's API signed with SigV4, exactly as against a deployed stack. */
export async function callApi<T = unknown>(request: ApiRequest): Promise<ApiResponse<T>> {
  const baseUrl = apiBase(request.hotline);
  const region = loadConfig({ stage: process.env['QOLDAU_STAGE'] ?? 'dev' })[request.hotline].env.region;
  const credentials = credentialsFor(request.hotline, request.role);
  let response: RawResponse;
  try {
    response = await signedRequest({
      baseUrl,
      region,
      credentials,
      method: request.method,
      path: request.path,
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    });
  } catch (error) {
    const cause = (error as Error & { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new CliError(
      `Cannot reach the qoldau API at ${new URL(baseUrl).origin} (${cause}). Is \`npm start\` running? Set QOLDAU_API_URL to point elsewhere.`,
      EXIT_UNREACHABLE,
    );
  }
  let parsed: unknown = response.text;
  try {
    parsed = response.text ? JSON.parse(response.text) : null;
  } catch {
    // Not JSON: keep the text.
  }
  return { status: response.status, body: parsed as T };
}

/** Fails with the API's own message for anything but a 2xx answer. */
export function expectOk<T>(response: ApiResponse<T>, what: string): T {
  if (response.status >= 200 && response.status < 300) return response.body;
  const message = (response.body as { message?: string } | null)?.message ?? JSON.stringify(response.body);
  throw new CliError(
    `${what} failed (HTTP ${response.status}): ${message}`,
    response.status === 404 ? EXIT_NOT_FOUND : EXIT_FAILED,
  );
}

/** Runs a command-line tool: clear message and non-zero exit code on failure, no stack trace for expected errors. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(error.exitCode);
    }
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}
