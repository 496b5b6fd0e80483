import * as fs from 'node:fs';
import S3rver from '@20minutes/s3rver';

export interface S3Engine {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/**
 * Starts an S3-protocol server that verifies SigV4 signatures (tampered or expired presigned URLs get 403),
 * storing objects under `directory`. Buckets must be known up front.
 */
export async function startS3(directory: string, buckets: readonly string[]): Promise<S3Engine> {
  fs.mkdirSync(directory, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: buckets.map((name) => ({ name, configs: [] })),
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () => server.close(),
  };
}
