/**
 * What every `npm run <tool>` command shares: its result (exit code, stdout, stderr, so tests run the
 * commands in-process), the exit codes, usage errors and JSON output. The codes are part of the
 * command-line contract: 0 done, 1 failed, 2 usage (bad arguments or rejected input), 3 the API or local
 * runtime cannot be reached, 4 not found.
 */

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_UNREACHABLE = 3;
export const EXIT_NOT_FOUND = 4;

/** Bad arguments: the command prints the message (and usually its usage) and exits with `EXIT_USAGE`. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** An expected failure with its own exit code: printed without a stack trace. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = EXIT_FAILED,
  ) {
    super(message);
  }
}

/** `node:util` parseArgs rejects unknown or malformed options with `ERR_PARSE_ARGS_*`: a usage error too. */
export function isParseArgsError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

export const ok = (stdout: string): CliResult => ({ code: EXIT_OK, stdout, stderr: '' });

/** One JSON document on its own line (`indent` for the commands that print it pretty). */
export const asJson = (value: unknown, indent?: number): string => `${JSON.stringify(value, null, indent)}\n`;
