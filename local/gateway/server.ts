import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HotlineId } from '../../contracts/hotlines';
import { isAllowed, roleStatements } from '../auth/iam-policy';
import type { LocalIdentity } from '../auth/identities';
import { type KeySource, type SigningKey, staticKeys } from '../auth/signing-keys';
import { verifySigV4 } from '../auth/sigv4';
import { LOCAL_ACCOUNT, type PhysicalNames } from '../intrinsics';
import type { LambdaHost } from '../lambda/host';
import type { StackModel } from '../template-model';
import { buildApiEvent, toHttpResponse } from './api-event';
import { type ApiRoute, decodePathParameters, matchRoute, readApiRoutes } from './api-routes';

/** API Gateway refuses payloads over 10 MB; so does the local gateway. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface LocalRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

/** A request the local runtime cannot read (malformed JSON, percent-encoding): answered 400 with `message`. */
export class BadRequestError extends Error {
  override readonly name = 'BadRequestError';
}

/** The request's JSON body (`{}` when empty); malformed JSON is a 400 that says so, never a 500. */
export function jsonBody<T>(request: LocalRequest): T {
  const text = request.body.toString('utf8');
  if (text.trim() === '') return {} as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new BadRequestError('The request body is not valid JSON');
  }
}

export interface LocalResponse {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
}

/** A local-only endpoint (health, simulated AWS services, report pages), matched by path prefix. */
export interface LocalEndpoint {
  readonly prefix: string;
  /**
   * The largest body the service it stands in for accepts (SES receives messages up to 40 MB).
   * @default MAX_BODY_BYTES, API Gateway's limit
   */
  readonly maxBodyBytes?: number;
  handle(request: LocalRequest): Promise<LocalResponse | undefined>;
}

export interface HotlineApi {
  readonly stack: StackModel;
  readonly names: PhysicalNames;
  readonly routes: readonly ApiRoute[];
}

export class Gateway {
  private readonly endpoints: LocalEndpoint[] = [];
  private readonly apis = new Map<HotlineId, HotlineApi>();
  private readonly keySources: KeySource[];
  private server: http.Server | undefined;

  constructor(
    private readonly lambdas: LambdaHost,
    identities: readonly LocalIdentity[],
  ) {
    this.keySources = [staticKeys(identities)];
  }

  /** Adds keys the gateway accepts besides the role identities, e.g. the desktop's temporary keys. */
  addKeySource(source: KeySource): void {
    this.keySources.push(source);
  }

  private signingKey(accessKeyId: string): SigningKey | undefined {
    for (const source of this.keySources) {
      const key = source.lookup(accessKeyId);
      if (key) return key;
    }
    return undefined;
  }

  addStack(stack: StackModel, names: PhysicalNames): void {
    this.apis.set(stack.hotline, { stack, names, routes: readApiRoutes(stack, names) });
  }

  addEndpoint(endpoint: LocalEndpoint): void {
    this.endpoints.push(endpoint);
  }

  routes(): ApiRoute[] {
    return [...this.apis.values()].flatMap((api) => api.routes);
  }

  async listen(port: number, host = '127.0.0.1'): Promise<string> {
    this.server = http.createServer((req, res) => {
      this.handle(req)
        .then((response) => send(res, response))
        .catch((error: Error) =>
          send(
            res,
            error instanceof BadRequestError
              ? json(400, { message: error.message })
              : json(500, { message: 'Internal Server Error', detail: error.message }),
          ),
        );
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, host, () => resolve());
    });
    const address = this.server.address() as AddressInfo;
    return `http://${host}:${address.port}`;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage): Promise<LocalResponse> {
    const url = new URL(req.url ?? '/', 'http://local');
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
    }
    const limit = this.bodyLimit(url.pathname);
    const declared = Number(headers['content-length'] ?? 0);
    if (declared > limit) return json(413, { message: 'Request Entity Too Large' });
    const body = await readBody(req, limit);
    if (body === undefined) return json(413, { message: 'Request Entity Too Large' });
    const request: LocalRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers,
      body,
    };
    for (const endpoint of this.endpoints) {
      if (
        request.path === endpoint.prefix ||
        request.path.startsWith(`${endpoint.prefix}/`) ||
        endpoint.prefix === '/'
      ) {
        const response = await endpoint.handle(request);
        if (response) return response;
      }
    }
    const [, hotline, ...rest] = request.path.split('/');
    const api = this.apis.get(hotline as HotlineId);
    if (!api) return json(404, { message: 'Not Found' });
    return this.invokeApi(api, request, `/${rest.join('/')}`, req.socket.remoteAddress ?? '127.0.0.1');
  }

  /** The body limit of the local endpoint a path goes to, else API Gateway's. */
  private bodyLimit(path: string): number {
    const endpoint = this.endpoints.find(
      (candidate) =>
        candidate.prefix !== '/' && (path === candidate.prefix || path.startsWith(`${candidate.prefix}/`)),
    );
    return endpoint?.maxBodyBytes ?? MAX_BODY_BYTES;
  }

  /** API Gateway's HTTP API with IAM authorization: signature, then the caller's IAM policy, then Lambda. */
  private async invokeApi(
    api: HotlineApi,
    request: LocalRequest,
    apiPath: string,
    sourceIp: string,
  ): Promise<LocalResponse> {
    if (request.method === 'OPTIONS') return { status: 204, headers: corsHeaders(api, request) };
    const matched = matchRoute(api.routes, request.method, apiPath);
    if (!matched.route) return json(404, { message: 'Not Found' });
    const { route } = matched;
    const region = api.stack.config.env.region;
    const verified = await verifySigV4(
      {
        method: request.method,
        host: request.headers['host'] ?? '',
        path: request.path,
        query: request.query,
        headers: request.headers,
        body: request.body,
      },
      (accessKeyId) => this.signingKey(accessKeyId)?.secretAccessKey,
      { region, service: 'execute-api' },
    );
    if (!verified.ok) return json(verified.status, { message: verified.message });
    const identity = this.signingKey(verified.accessKeyId)!;
    const refused = sessionProblem(identity, request.headers['x-amz-security-token']);
    if (refused) return json(403, { message: refused });
    const roleLogicalId = this.roleOf(api, identity);
    const resourceArn = `arn:aws:execute-api:${region}:${LOCAL_ACCOUNT}:${route.apiId}/$default/${request.method}${apiPath}`;
    const allowed =
      identity.hotline === api.stack.hotline &&
      roleLogicalId !== undefined &&
      isAllowed(
        roleStatements(api.stack.template, api.names, roleLogicalId),
        'execute-api:Invoke',
        resourceArn,
      );
    if (!allowed) {
      return json(403, {
        message: `User is not authorized to access this resource (${identity.hotline}/${identity.role})`,
      });
    }
    // As API Gateway: path parameters reach the function decoded, and only an authorized request is read.
    const params = decodePathParameters(matched.rawParams);
    if (!params) return json(400, { message: 'Bad Request: the path has malformed percent-encoding' });
    const roleName = api.names.ref(roleLogicalId!);
    const event = buildApiEvent({
      route,
      params,
      method: request.method,
      path: apiPath,
      query: request.query,
      headers: request.headers,
      body: request.body,
      sourceIp,
      identity: {
        accessKeyId: identity.accessKeyId,
        userArn: `arn:aws:sts::${LOCAL_ACCOUNT}:assumed-role/${roleName}/${identity.sessionName}`,
        userId: `AROALOCAL:${identity.sessionName}`,
        ...(identity.cognitoIdentity ? { cognitoIdentity: identity.cognitoIdentity } : {}),
      },
    });
    try {
      const result = toHttpResponse(await this.lambdas.invoke(route.functionArn, event));
      return {
        status: result.statusCode,
        headers: { ...corsHeaders(api, request), ...result.headers },
        body: result.body,
      };
    } catch {
      // As API Gateway: a failed integration is a bare 500, the error stays in the function's log.
      return json(500, { message: 'Internal Server Error' });
    }
  }

  private roleOf(api: HotlineApi, identity: SigningKey): string | undefined {
    for (const [logicalId, resource] of Object.entries(api.stack.template.Resources)) {
      if (resource.Type === 'AWS::IAM::Role' && resource.Metadata?.['qoldau:access-role'] === identity.role)
        return logicalId;
    }
    return undefined;
  }
}

/**
 * Temporary keys work only with their own session token and until they expire, with API Gateway's messages
 * (the role identities carry no session token).
 */
function sessionProblem(
  key: SigningKey,
  presented: string | undefined,
  now = Date.now(),
): string | undefined {
  if (key.sessionToken === undefined) return undefined;
  if (presented !== key.sessionToken) return 'The security token included in the request is invalid';
  if (key.expiresAt !== undefined && now >= key.expiresAt)
    return 'The security token included in the request is expired';
  return undefined;
}

function corsHeaders(api: HotlineApi, request: LocalRequest): Record<string, string> {
  const origin = request.headers['origin'];
  if (!origin || !api.stack.config.web.origins.includes(origin)) return {};
  return { 'access-control-allow-origin': origin, vary: 'origin' };
}

export function json(status: number, value: unknown): LocalResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) };
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, response: LocalResponse): void {
  const body =
    response.body === undefined
      ? undefined
      : Buffer.isBuffer(response.body)
        ? response.body
        : Buffer.from(response.body);
  res.writeHead(response.status, {
    ...response.headers,
    ...(body ? { 'content-length': String(body.length) } : {}),
  });
  res.end(body);
}
