import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

/** What the host sends once per worker: one worker is one warm execution environment of one function. */
export interface WorkerData {
  readonly entryPath: string;
  readonly handlerName: string;
  readonly functionName: string;
  readonly timeoutMs: number;
  readonly memorySize: number;
}

export interface InvokeMessage {
  readonly id: number;
  readonly event: unknown;
  /** Only load the handler module (the cold start) and answer; the handler is not called. */
  readonly warmOnly?: boolean;
}

export type ResultMessage =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: { name: string; message: string; stack?: string };
    };

type Handler = (event: unknown, context: unknown) => Promise<unknown>;

const data = workerData as WorkerData;
// The module is imported once: its top level is the function's cold start, as in Lambda.
const handlerPromise: Promise<Handler> = import(pathToFileURL(data.entryPath).href).then((mod) => {
  const handler = (mod as Record<string, unknown>)[data.handlerName];
  if (typeof handler !== 'function')
    throw new Error(`${data.entryPath} exports no function ${data.handlerName}`);
  return handler as Handler;
});

parentPort!.on('message', async (message: InvokeMessage) => {
  const started = Date.now();
  const context = {
    awsRequestId: randomUUID(),
    functionName: data.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${data.functionName}`,
    memoryLimitInMB: String(data.memorySize),
    logGroupName: `/aws/lambda/${data.functionName}`,
    logStreamName: 'local',
    callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => Math.max(0, data.timeoutMs - (Date.now() - started)),
  };
  try {
    const handler = await handlerPromise;
    if (message.warmOnly) {
      parentPort!.postMessage({ id: message.id, ok: true, result: null } satisfies ResultMessage);
      return;
    }
    const result = await handler(message.event, context);
    parentPort!.postMessage({ id: message.id, ok: true, result } satisfies ResultMessage);
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    parentPort!.postMessage({
      id: message.id,
      ok: false,
      error: { name: err.name, message: err.message, stack: err.stack },
    } satisfies ResultMessage);
  }
});
