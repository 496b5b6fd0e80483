import { createHash } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';

/** The parts of an incoming HTTP request that take part in a SigV4 signature. */
export interface IncomingSignedRequest {
  readonly method: string;
  readonly host: string;
  /** Path as received, without the query string. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

export type VerifyResult =
  | { readonly ok: true; readonly accessKeyId: string }
  | { readonly ok: false; readonly status: 401 | 403; readonly message: string };

const AUTH_PATTERN =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/;

/** AWS refuses signatures more than 15 minutes away from its clock. */
const MAX_SKEW_MS = 15 * 60 * 1000;

/**
 * Verifies an AWS Signature Version 4 exactly as API Gateway's IAM authorization does: recomputes the
 * signature over the signed headers with the caller's secret and compares, and refuses stale requests.
 */
export async function verifySigV4(
  request: IncomingSignedRequest,
  lookupSecret: (accessKeyId: string) => string | undefined,
  expected: { region: string; service: string },
  now: Date = new Date(),
): Promise<VerifyResult> {
  const authorization = request.headers['authorization'];
  if (!authorization) return { ok: false, status: 403, message: 'Missing Authentication Token' };
  const match = AUTH_PATTERN.exec(authorization);
  if (!match)
    return { ok: false, status: 403, message: 'Authorization header is not a valid SigV4 signature' };
  const [, accessKeyId, , region, service, signedHeaderList, signature] = match as unknown as string[];
  if (region !== expected.region || service !== expected.service) {
    return {
      ok: false,
      status: 403,
      message: `Credential should be scoped to ${expected.region}/${expected.service}`,
    };
  }
  const secret = lookupSecret(accessKeyId!);
  if (!secret)
    return { ok: false, status: 403, message: 'The security token included in the request is invalid' };
  const amzDate = request.headers['x-amz-date'];
  const signingDate = amzDate ? parseAmzDate(amzDate) : undefined;
  if (!signingDate) return { ok: false, status: 403, message: 'Missing or malformed X-Amz-Date header' };
  if (Math.abs(now.getTime() - signingDate.getTime()) > MAX_SKEW_MS) {
    return { ok: false, status: 403, message: 'Signature expired' };
  }
  // The payload hash header is trusted by the signer, so it must match the body actually received.
  const claimedHash = request.headers['x-amz-content-sha256'];
  if (claimedHash !== undefined && claimedHash !== sha256Hex(request.body)) {
    return {
      ok: false,
      status: 403,
      message: 'The provided x-amz-content-sha256 header does not match the request body',
    };
  }
  const signedHeaders = signedHeaderList!.split(';');
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = request.headers[name];
    if (value === undefined) return { ok: false, status: 403, message: `Signed header ${name} is missing` };
    headers[name] = value;
  }
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(request.query.keys())) {
    const values = request.query.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  const signer = new SignatureV4({
    credentials: { accessKeyId: accessKeyId!, secretAccessKey: secret },
    region: region!,
    service: service!,
    sha256: Sha256,
    uriEscapePath: true,
    // Recompute over exactly the headers the client signed: the signer must not add its own
    // x-amz-content-sha256 (curl and other clients sign only host and x-amz-date).
    applyChecksum: false,
  });
  const signed = await signer.sign(
    {
      method: request.method,
      protocol: 'http:',
      hostname: request.host,
      path: request.path,
      query,
      headers,
      body: request.body.length > 0 ? request.body : undefined,
    } as Parameters<SignatureV4['sign']>[0],
    { signingDate, unsignableHeaders: new Set(), signableHeaders: new Set(signedHeaders) },
  );
  const recomputed = /Signature=([0-9a-f]{64})/.exec(String(signed.headers['authorization']))?.[1];
  if (recomputed !== signature) {
    return {
      ok: false,
      status: 403,
      message: 'The request signature we calculated does not match the signature you provided',
    };
  }
  return { ok: true, accessKeyId: accessKeyId! };
}

function parseAmzDate(value: string): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
}

function sha256Hex(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex');
}
