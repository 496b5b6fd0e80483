import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2WithIAMAuthorizer, APIGatewayProxyResultV2 } from 'aws-lambda';
import type { CognitoIdentityContext } from '../auth/signing-keys';
import { LOCAL_ACCOUNT } from '../intrinsics';
import type { ApiRoute } from './api-routes';

export interface CallerIdentity {
  readonly accessKeyId: string;
  readonly userArn: string;
  readonly userId: string;
  /** Present for temporary keys from the Cognito identity pool (the agent desktop). */
  readonly cognitoIdentity?: CognitoIdentityContext;
}

const TEXT_TYPES = /^(application\/(json|x-www-form-urlencoded|xml)|text\/)/;

/** Builds the payload-format-2.0 event API Gateway sends to a Lambda integration. */
export function buildApiEvent(args: {
  route: ApiRoute;
  params: Record<string, string>;
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: Buffer;
  identity: CallerIdentity;
  sourceIp: string;
}): APIGatewayProxyEventV2WithIAMAuthorizer {
  const now = new Date();
  const contentType = args.headers['content-type'] ?? '';
  const isText = args.body.length === 0 || TEXT_TYPES.test(contentType);
  const queryStringParameters: Record<string, string> = {};
  for (const key of new Set(args.query.keys())) queryStringParameters[key] = args.query.getAll(key).join(',');
  return {
    version: '2.0',
    routeKey: args.route.routeKey,
    rawPath: args.path,
    rawQueryString: args.query.toString(),
    headers: args.headers,
    queryStringParameters: Object.keys(queryStringParameters).length ? queryStringParameters : undefined,
    pathParameters: Object.keys(args.params).length ? args.params : undefined,
    requestContext: {
      accountId: LOCAL_ACCOUNT,
      apiId: args.route.apiId,
      authorizer: {
        iam: {
          accessKey: args.identity.accessKeyId,
          accountId: LOCAL_ACCOUNT,
          callerId: args.identity.userId,
          cognitoIdentity: (args.identity.cognitoIdentity ?? null) as never,
          principalOrgId: null as never,
          userArn: args.identity.userArn,
          userId: args.identity.userId,
        },
      },
      domainName: args.headers['host'] ?? '127.0.0.1',
      domainPrefix: args.route.hotline,
      http: {
        method: args.method,
        path: args.path,
        protocol: 'HTTP/1.1',
        sourceIp: args.sourceIp,
        userAgent: args.headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: args.route.routeKey,
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    body:
      args.body.length === 0 ? undefined : isText ? args.body.toString('utf8') : args.body.toString('base64'),
    isBase64Encoded: !isText,
  };
}

export interface HttpResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

/** Interprets a Lambda result as API Gateway does for payload format 2.0. */
export function toHttpResponse(result: APIGatewayProxyResultV2 | unknown): HttpResponse {
  if (typeof result === 'object' && result !== null && 'statusCode' in result) {
    const structured = result as {
      statusCode: number;
      headers?: Record<string, unknown>;
      body?: string;
      isBase64Encoded?: boolean;
      cookies?: string[];
    };
    const headers = Object.fromEntries(
      Object.entries(structured.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]),
    );
    const body =
      structured.body === undefined
        ? Buffer.alloc(0)
        : Buffer.from(structured.body, structured.isBase64Encoded ? 'base64' : 'utf8');
    return { statusCode: structured.statusCode, headers, body };
  }
  // A bare value is returned as JSON with status 200, as API Gateway does.
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: Buffer.from(typeof result === 'string' ? result : JSON.stringify(result ?? null)),
  };
}
