import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import S3rver from '@20minutes/s3rver';
import type { EngineKeys } from './engine-keys';

/** s3rver's built-in account, which accepts the well-known S3RVER key pair unless told otherwise. */
const { DUMMY_ACCOUNT } = createRequire(import.meta.url)('@20minutes/s3rver/lib/models/account.js') as {
  DUMMY_ACCOUNT: {
    createKeyPair(accessKeyId: string, secretAccessKey: string): void;
    revokeAccessKey(accessKeyId: string): void;
  };
};

export interface S3Engine {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/**
 * Starts an S3-protocol server that verifies SigV4 signatures (tampered or expired presigned URLs get 403),
 * storing objects under `directory`. Buckets must be known up front. Anonymous requests are refused, as by
 * our buckets in AWS (public access blocked): s3rver alone would serve a presigned URL with its signature
 * cut off.
 */
export async function startS3(
  directory: string,
  buckets: readonly string[],
  keys: EngineKeys,
): Promise<S3Engine> {
  fs.mkdirSync(directory, { recursive: true });
  // Only this data folder's own key pair signs requests: the well-known S3RVER pair is refused.
  DUMMY_ACCOUNT.revokeAccessKey('S3RVER');
  DUMMY_ACCOUNT.createKeyPair(keys.accessKeyId, keys.secretAccessKey);
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: buckets.map((name) => ({ name, configs: [] })),
  });
  // s3rver is a Koa app: this runs before its routes, once `run()` composes the middleware.
  (server as unknown as { middleware: KoaMiddleware[] }).middleware.unshift(refuseAnonymous);
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: async () => {
      await server.close();
      DUMMY_ACCOUNT.revokeAccessKey(keys.accessKeyId);
    },
  };
}

interface KoaContext {
  readonly method: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly query: Record<string, unknown>;
  status: number;
  type: string;
  body: unknown;
}
type KoaMiddleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void> | void;

/** What marks a request as signed: a SigV4 header, or a presigned URL (SigV4 or the legacy V2 form). */
export function isSignedS3Request(headers: KoaContext['headers'], query: KoaContext['query']): boolean {
  return (
    headers['authorization'] !== undefined ||
    query['X-Amz-Algorithm'] !== undefined ||
    query['Signature'] !== undefined
  );
}

const refuseAnonymous: KoaMiddleware = (ctx, next) => {
  if (ctx.method === 'OPTIONS' || isSignedS3Request(ctx.headers, ctx.query)) return next();
  ctx.status = 403;
  ctx.type = 'application/xml';
  ctx.body =
    '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>';
};
