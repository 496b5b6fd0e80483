import { Logger } from '@aws-lambda-powertools/logger';

/**
 * The one structured logger. Correlation keys only (contact id, appeal number, request id): never a phone
 * number, name, IIN or e-mail address. Use `redact()` when a value might carry one.
 */
export const logger = new Logger();

/** Keeps the shape of a value for the log without its content, e.g. `+7701***` -> `[12 chars]`. */
export function redact(value: string | undefined): string {
  return value === undefined ? '[none]' : `[${value.length} chars]`;
}
