import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FaultAnswer, FaultDice, FaultKind } from './fault-plan';

/**
 * A pass-through in front of a local engine (DynamoDB Local, the S3 server): every request the functions
 * send is counted by operation, so a benchmark can say how many round trips one e-mail or one call costs,
 * and may be failed on purpose (`fault-plan.ts`), so a test can show what a throttled or reset request does.
 * Opt-in (`countRequests`, `faults`): it adds a hop.
 */
export interface RequestCounter {
  readonly endpoint: string;
  counts(): Record<string, number>;
  /** Faults injected so far, by operation and kind. */
  faults(): Record<string, number>;
  reset(): void;
  stop(): Promise<void>;
}

export interface FaultInjection {
  readonly dice: FaultDice;
  readonly answer: (kind: FaultKind) => FaultAnswer;
}

export async function startRequestCounter(
  target: string,
  operationOf: (request: http.IncomingMessage) => string,
  injection?: FaultInjection,
): Promise<RequestCounter> {
  const upstream = new URL(target);
  let counts: Record<string, number> = {};
  const server = http.createServer((request, response) => {
    const operation = operationOf(request);
    counts[operation] = (counts[operation] ?? 0) + 1;
    const fault = injection?.dice.roll(operation);
    const answerFault = () => {
      const answer = injection!.answer(fault!);
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body);
    };
    if (fault === 'throttle') {
      // Refused before the engine sees it: drain the body, answer as the service does when throttling.
      request.resume();
      request.on('end', answerFault);
      return;
    }
    const forwarded = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: request.headers,
      },
      (answer) => {
        if (fault === 'lostReply') {
          // Applied by the engine, but the caller never learns it.
          answer.resume();
          answer.on('end', answerFault);
          return;
        }
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
    faults: () => injection?.dice.counts() ?? {},
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
