import type { LocalResponse } from '../../gateway/server';

/** Content type of Cognito's JSON protocol, in requests and answers. */
export const AMZ_JSON = 'application/x-amz-json-1.1';

export function amzJson(value: unknown): LocalResponse {
  return { status: 200, headers: { 'content-type': AMZ_JSON }, body: JSON.stringify(value) };
}

/** An error as Cognito answers it: HTTP 400 with `__type` and `message` (and the type in a header). */
export function amzError(type: string, message: string, status = 400): LocalResponse {
  return {
    status,
    headers: { 'content-type': AMZ_JSON, 'x-amzn-errortype': type },
    body: JSON.stringify({ __type: type, message }),
  };
}

/** The operation named by `X-Amz-Target` (`AWSCognitoIdentityProviderService.InitiateAuth`), and its body. */
export function readOperation(
  headers: Record<string, string>,
  body: Buffer,
  service: string,
): { operation: string; input: Record<string, unknown> } | LocalResponse {
  const target = headers['x-amz-target'] ?? '';
  const [prefix, operation] = target.split('.');
  if (prefix !== service || !operation)
    return amzError('UnknownOperationException', `Expected X-Amz-Target ${service}.<Operation>`);
  try {
    const input = JSON.parse(body.toString('utf8') || '{}') as unknown;
    if (typeof input !== 'object' || input === null || Array.isArray(input))
      return amzError('SerializationException', 'The request body must be a JSON object');
    return { operation, input: input as Record<string, unknown> };
  } catch {
    return amzError('SerializationException', 'The request body is not valid JSON');
  }
}

export const isResponse = (value: unknown): value is LocalResponse =>
  typeof value === 'object' && value !== null && 'status' in value;
