import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';

/**
 * The one SigV4 client: one signed HTTP request to a hotline API (service `execute-api`), with a raw body
 * and the raw answer. The CLIs' `callApi` builds its JSON calls on it; the knowledge base's JSON Lines
 * import and export, the local runtime's seed loader and the integration tests use it directly. It lives
 * below `local/` and `scripts/` so that all of them (and nothing deployed) can import it.
 */

export interface SignedRequest {
  /** The hotline's API base, e.g. `http://127.0.0.1:3000/1414`. */
  readonly baseUrl: string;
  readonly region: string;
  readonly credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path inside the API, with query string. */
  readonly path: string;
  readonly body?: string;
  /** @default `application/json` when there is a body */
  readonly contentType?: string;
  /** More headers to sign and send (an Idempotency-Key, a portal's client address). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface RawResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

export const JSONL_CONTENT_TYPE = 'application/x-ndjson';

export async function signedRequest(request: SignedRequest): Promise<RawResponse> {
  const url = new URL(`${request.baseUrl.replace(/\/$/, '')}${request.path}`);
  const signer = new SignatureV4({
    credentials: request.credentials,
    region: request.region,
    service: 'execute-api',
    sha256: Sha256,
  });
  const query: Record<string, string> = {};
  url.searchParams.forEach((value, key) => {
    query[key] = value;
  });
  const contentType = request.body === undefined ? undefined : (request.contentType ?? 'application/json');
  const signed = await signer.sign({
    method: request.method,
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname,
    query,
    headers: { host: url.host, ...(contentType ? { 'content-type': contentType } : {}), ...request.headers },
    body: request.body,
  } as Parameters<SignatureV4['sign']>[0]);
  const response = await fetch(url, {
    method: request.method,
    headers: signed.headers as Record<string, string>,
    body: request.body,
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}
