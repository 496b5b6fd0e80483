import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Credentials } from '../auth/cognito';

export interface SignedRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** Absolute URL. */
  readonly url: string;
  readonly body?: unknown;
  /** Extra headers, signed with the rest (e.g. the IdToken on routes that act for one person). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** The API refused or failed: its status and its message (4xx messages are meant for people). */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** `fetch` signed with SigV4 (service execute-api) with the identity pool's temporary credentials. */
export function signedFetcher(region: string, credentials: () => Credentials) {
  return async function signedFetch<T>(request: SignedRequest, signal?: AbortSignal): Promise<T> {
    const current = credentials();
    const signer = new SignatureV4({
      service: 'execute-api',
      region,
      sha256: Sha256,
      credentials: {
        accessKeyId: current.accessKeyId,
        secretAccessKey: current.secretAccessKey,
        sessionToken: current.sessionToken,
      },
    });
    const url = new URL(request.url);
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    const query: Record<string, string> = {};
    for (const [name, value] of url.searchParams) query[name] = value;
    const signed = await signer.sign({
      method: request.method,
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port ? { port: Number(url.port) } : {}),
      path: url.pathname,
      query,
      headers: {
        host: url.host,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...request.headers,
      },
      ...(body === undefined ? {} : { body }),
    });
    // The browser sets Host itself (the same value, which was signed).
    const { host: _host, ...headers } = signed.headers as Record<string, string>;
    const response = await fetch(url, {
      method: request.method,
      headers,
      ...(body === undefined ? {} : { body }),
      ...(signal ? { signal } : {}),
    });
    const text = await response.text();
    const parsed = text ? (JSON.parse(text) as unknown) : null;
    if (!response.ok) {
      const message = (parsed as { message?: string } | null)?.message ?? `HTTP ${response.status}`;
      throw new ApiError(response.status, message);
    }
    return parsed as T;
  };
}

export type SignedFetch = ReturnType<typeof signedFetcher>;
