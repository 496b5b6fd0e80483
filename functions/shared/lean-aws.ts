import { AwsClient } from 'aws4fetch';

/**
 * What the lean clients (`lean-sns.ts`, `lean-lambda.ts`) share: a SigV4 signer with the credentials Lambda
 * puts in the environment, and the service's endpoint, overridable as the AWS SDK allows
 * (`AWS_ENDPOINT_URL_<SERVICE>`, which the local runtime sets). No AWS SDK: the functions a caller waits on
 * must start in milliseconds.
 */
export interface LeanService {
  readonly client: AwsClient;
  readonly endpoint: string;
  readonly region: string;
}

export function leanService(
  service: 'sns' | 'lambda',
  endpointVariable: string,
  env: NodeJS.ProcessEnv = process.env,
): LeanService {
  const region = env['AWS_REGION'] ?? 'eu-central-1';
  return {
    region,
    endpoint: (env[endpointVariable] ?? `https://${service}.${region}.amazonaws.com`).replace(/\/+$/u, ''),
    client: new AwsClient({
      accessKeyId: env['AWS_ACCESS_KEY_ID'] ?? '',
      secretAccessKey: env['AWS_SECRET_ACCESS_KEY'] ?? '',
      ...(env['AWS_SESSION_TOKEN'] ? { sessionToken: env['AWS_SESSION_TOKEN'] } : {}),
      service,
      region,
      // Throttling and 5xx are retried with a short backoff: the whole call stays far inside Connect's 8 s.
      retries: 2,
      initRetryMs: 25,
    }),
  };
}

/** A refused AWS call: `name` is the service's error code (`NotFound`, `ResourceNotFoundException`...). */
export class LeanAwsError extends Error {
  override readonly name: string;
  constructor(
    code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = code;
  }
}
