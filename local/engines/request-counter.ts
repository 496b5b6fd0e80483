import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A counting pass-through in front of a local engine (DynamoDB Local, the S3 server): every request the
 * functions send is forwarded unchanged and counted by operation, so a benchmark can say how many round
 * trips one e-mail or one call costs. Opt-in (`countRequests`): it adds a hop.
 */
export interface RequestCounter {
  readonly endpoint: string;
  counts(): Record<string, number>;
  reset(): void;
  stop(): Promise<void>;
}

export async function startRequestCounter(
  target: string,
  operationOf: (request: http.IncomingMessage) => string,
): Promise<RequestCounter> {
  const upstream = new URL(target);
  let counts: Record<string, number> = {};
  const server = http.createServer((request, response) => {
    const operation = operationOf(request);
    counts[operation] = (counts[operation] ?? 0) + 1;
    const forwarded = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forwarded.on('error', () => {
      response.writeHead(502);
      response.end();
    });
    request.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    counts: () => ({ ...counts }),
    reset: () => {
      counts = {};
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** `GetItem`, `TransactWriteItems`, ...: the DynamoDB operation of a request. */
export const dynamoOperation = (request: http.IncomingMessage) =>
  `dynamodb:${
    String(request.headers['x-amz-target'] ?? '')
      .split('.')
      .pop() || request.method
  }`;

/** `s3:PUT`, `s3:GET`, ...: S3 requests by method. */
export const s3Operation = (request: http.IncomingMessage) => `s3:${request.method}`;
