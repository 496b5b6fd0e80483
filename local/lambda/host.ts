import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { InvokeMessage, ResultMessage, WorkerData } from './worker';

/** A function as the synthesized template defines it, with its environment already resolved. */
export interface LocalFunction {
  readonly key: string;
  readonly name: string;
  readonly arn: string;
  readonly entry: string;
  readonly handlerName: string;
  readonly timeoutMs: number;
  readonly memorySize: number;
  readonly environment: Record<string, string>;
}

export class LambdaInvocationError extends Error {
  override name = 'LambdaInvocationError';
  constructor(
    readonly functionName: string,
    readonly errorType: string,
    message: string,
  ) {
    super(message);
  }
}

export class LambdaTimeoutError extends LambdaInvocationError {
  override name = 'LambdaTimeoutError';
}

interface Pending {
  key: string;
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * Runs each function in its own worker thread with its own `process.env`, like a warm Lambda execution
 * environment: the handler module loads once, on the first invocation, and the timeout from the template
 * is enforced (a timed-out environment is discarded, as Lambda does).
 */
export class LambdaHost {
  private readonly functions = new Map<string, LocalFunction>();
  private readonly byArn = new Map<string, LocalFunction>();
  private readonly workers = new Map<string, Worker>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  private readonly logStream: fs.WriteStream | undefined;

  /**
   * @param output where the functions' log lines go: appended to `file` (the local CloudWatch Logs), and
   *   echoed to this process's console unless `console` is false.
   */
  constructor(
    private readonly repoRoot: string,
    private readonly baseEnv: Record<string, string>,
    private readonly output: { readonly file?: string; readonly console?: boolean } = {},
  ) {
    if (output.file) {
      fs.mkdirSync(path.dirname(output.file), { recursive: true });
      this.logStream = fs.createWriteStream(output.file, { flags: 'a' });
    }
  }

  register(fn: LocalFunction): void {
    this.functions.set(fn.key, fn);
    this.byArn.set(fn.arn, fn);
    this.byArn.set(fn.name, fn);
  }

  find(keyOrArn: string): LocalFunction | undefined {
    return this.functions.get(keyOrArn) ?? this.byArn.get(keyOrArn.replace(/:(\$LATEST|\d+)$/, ''));
  }

  list(): LocalFunction[] {
    return [...this.functions.values()];
  }

  async invoke(keyOrArn: string, event: unknown): Promise<unknown> {
    const fn = this.find(keyOrArn);
    if (!fn) throw new Error(`No local function ${keyOrArn}`);
    const worker = this.worker(fn);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        this.discard(fn.key);
        reject(
          new LambdaTimeoutError(
            fn.name,
            'Sandbox.Timedout',
            `Task timed out after ${fn.timeoutMs / 1000} seconds`,
          ),
        );
      }, fn.timeoutMs);
      this.pending.set(id, { key: fn.key, resolve, reject, timer });
      worker.postMessage({ id, event: structuredClone(event) } satisfies InvokeMessage);
    });
  }

  /**
   * Starts the function's execution environment and loads its handler module, without invoking it: like
   * provisioned concurrency, so the first call through a flow is not timed against a local cold start
   * (transpiling TypeScript here takes far longer than a Lambda cold start).
   */
  async warm(keyOrArn: string, limitMs = 60_000): Promise<void> {
    const fn = this.find(keyOrArn);
    if (!fn) throw new Error(`No local function ${keyOrArn}`);
    const worker = this.worker(fn);
    const id = this.nextId++;
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${fn.name} did not load within ${limitMs / 1000} s`));
      }, limitMs);
      this.pending.set(id, { key: fn.key, resolve, reject, timer });
      worker.postMessage({ id, event: null, warmOnly: true } satisfies InvokeMessage);
    });
  }

  async stop(): Promise<void> {
    const workers = [...this.workers.values()];
    this.workers.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
    await new Promise<void>((resolve) => (this.logStream ? this.logStream.end(resolve) : resolve()));
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(new Error('local runtime stopped'));
      this.pending.delete(id);
    }
  }

  private worker(fn: LocalFunction): Worker {
    const existing = this.workers.get(fn.key);
    if (existing) return existing;
    const data: WorkerData = {
      entryPath: path.join(this.repoRoot, fn.entry),
      handlerName: fn.handlerName,
      functionName: fn.name,
      timeoutMs: fn.timeoutMs,
      memorySize: fn.memorySize,
    };
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
      workerData: data,
      env: { ...this.baseEnv, AWS_LAMBDA_FUNCTION_NAME: fn.name, ...fn.environment },
      // Forwarded by hand: left to Node, every worker would pipe into process.stdout and stack listeners on
      // it (tens of functions), which Node reports as a possible leak.
      stdout: true,
      stderr: true,
    });
    const echo = this.output.console !== false;
    worker.stdout.on('data', (chunk: Buffer) => {
      this.logStream?.write(chunk);
      if (echo) process.stdout.write(chunk);
    });
    worker.stderr.on('data', (chunk: Buffer) => {
      this.logStream?.write(chunk);
      if (echo) process.stderr.write(chunk);
    });
    worker.on('message', (message: ResultMessage) => {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      clearTimeout(pending.timer);
      if (message.ok) pending.resolve(message.result);
      else pending.reject(new LambdaInvocationError(fn.name, message.error.name, message.error.message));
    });
    worker.on('error', (error) => {
      this.workers.delete(fn.key);
      for (const [id, pending] of this.pending) {
        if (pending.key !== fn.key) continue;
        clearTimeout(pending.timer);
        pending.reject(new LambdaInvocationError(fn.name, 'Runtime.ExitError', error.message));
        this.pending.delete(id);
      }
    });
    worker.unref();
    this.workers.set(fn.key, worker);
    return worker;
  }

  private discard(key: string): void {
    const worker = this.workers.get(key);
    this.workers.delete(key);
    void worker?.terminate();
  }
}
