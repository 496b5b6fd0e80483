// Minimal typings of @20minutes/s3rver (it ships none): only what the local runtime uses.
declare module '@20minutes/s3rver' {
  interface BucketConfig {
    name: string;
    configs: Array<string | Buffer>;
  }
  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    resetOnClose?: boolean;
    allowMismatchedSignatures?: boolean;
    vhostBuckets?: boolean;
    configureBuckets?: BucketConfig[];
  }
  export default class S3rver {
    constructor(options?: S3rverOptions);
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  }
}
