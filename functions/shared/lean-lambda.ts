import { LeanAwsError, type LeanService, leanService } from './lean-aws';

/**
 * Lambda `Invoke` with `InvocationType: Event` for the functions a caller waits on: Lambda queues the event
 * and answers 202 at once; the invoked function's own retries and on-failure destination take it from
 * there. Over `fetch`, signed by `aws4fetch`, instead of `@aws-sdk/client-lambda`.
 * `AWS_ENDPOINT_URL_LAMBDA` points it at the local runtime.
 */
export class LeanLambda {
  private readonly service: LeanService;

  constructor(env: NodeJS.ProcessEnv = process.env) {
    this.service = leanService('lambda', 'AWS_ENDPOINT_URL_LAMBDA', env);
  }

  /** Hands `payload` to the function `functionName` (name or ARN) asynchronously; resolves once Lambda has it. */
  async invokeEvent(functionName: string, payload: unknown): Promise<void> {
    const response = await this.service.client.fetch(
      `${this.service.endpoint}/2015-03-31/functions/${encodeURIComponent(functionName)}/invocations`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-amz-invocation-type': 'Event' },
        body: JSON.stringify(payload),
      },
    );
    const text = await response.text();
    if (response.status !== 202) {
      const answer = parseJson(text);
      throw new LeanAwsError(
        response.headers.get('x-amzn-errortype')?.split(':')[0] ?? String(answer['Type'] ?? 'LambdaError'),
        String(answer['message'] ?? answer['Message'] ?? `HTTP ${response.status}`),
        response.status,
      );
    }
  }
}

function parseJson(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
