import middy from '@middy/core';
import type {
  APIGatewayProxyEventV2WithIAMAuthorizer,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import type * as z from 'zod';
import { BadRequestError, HttpError, PayloadTooLargeError } from './errors';
import { logger } from './logger';

export type ApiEvent = APIGatewayProxyEventV2WithIAMAuthorizer;
export type ApiResult = APIGatewayProxyStructuredResultV2;

/** Who called, as API Gateway's IAM authorizer reports it (the assumed role, never a person's name). */
export interface Caller {
  readonly arn: string;
  /** The role's session name, e.g. `jdoe` or `local-operator`. */
  readonly session: string;
}

export function callerOf(event: ApiEvent): Caller {
  const arn = event.requestContext.authorizer?.iam?.userArn ?? 'unknown';
  return { arn, session: arn.split('/').pop() ?? 'unknown' };
}

export function jsonResult(
  statusCode: number,
  body: unknown,
  headers: Record<string, string> = {},
): ApiResult {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

/** Largest JSON body a route accepts unless it says otherwise. */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/** Parses and validates a JSON body; bad input becomes a 400 that names every problem. */
export function parseJsonBody<S extends z.ZodType>(
  event: ApiEvent,
  schema: S,
  maxBytes = DEFAULT_MAX_BODY_BYTES,
): z.infer<S> {
  const raw =
    event.body === undefined
      ? ''
      : event.isBase64Encoded
        ? Buffer.from(event.body, 'base64').toString('utf8')
        : event.body;
  if (Buffer.byteLength(raw) > maxBytes)
    throw new PayloadTooLargeError(`Body is larger than ${maxBytes} bytes`);
  let value: unknown;
  try {
    value = raw === '' ? {} : JSON.parse(raw);
  } catch {
    throw new BadRequestError('Body is not valid JSON');
  }
  return parseWith(schema, value);
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`,
    );
    throw new BadRequestError(`Invalid request: ${problems.join('; ')}`, { problems });
  }
  return result.data;
}

/** Maps errors in one place: 4xx say what was wrong; 5xx say nothing internal and log the real error. */
function httpErrorHandler(): middy.MiddlewareObj<ApiEvent, ApiResult> {
  return {
    onError: async (request) => {
      const error = request.error;
      if (error instanceof HttpError) {
        request.response = jsonResult(error.statusCode, {
          message: error.message,
          ...(error.details ? { details: error.details } : {}),
        });
        return;
      }
      logger.error('Unhandled error', { error: error as Error, routeKey: request.event?.routeKey });
      request.response = jsonResult(500, { message: 'Internal Server Error' });
    },
  };
}

/** Correlation: every log line of the invocation carries the API request id and route. */
function correlation(): middy.MiddlewareObj<ApiEvent, ApiResult> {
  return {
    before: async (request) => {
      logger.addContext(request.context as Context);
      logger.appendKeys({
        requestId: request.event.requestContext?.requestId,
        routeKey: request.event.routeKey,
      });
    },
    after: async () => logger.resetKeys(),
    onError: async () => logger.resetKeys(),
  };
}

/** The middy stack every HTTP handler uses: `export const handler = httpHandler(async (event) => ...)`. */
export function httpHandler(fn: (event: ApiEvent, context: Context) => Promise<ApiResult>) {
  return middy<ApiEvent, ApiResult>().use(correlation()).use(httpErrorHandler()).handler(fn);
}
