/**
 * Faults the local engines can be told to inject (the runtime option `faults`), to prove that the
 * intake, indexer and timer paths retry or park what fails and never lose or double an appeal:
 *
 * - `throttle`: the request is refused before it reaches the engine, as DynamoDB answers
 *   `ProvisionedThroughputExceededException` and S3 `SlowDown` (503). Nothing was written.
 * - `lostReply`: the request reaches the engine and is applied, then the answer is replaced by a 500
 *   (a connection reset after the write). The caller cannot know the write happened: the harder case.
 *
 * Which requests fail is drawn from a seeded generator, so a failing run can be repeated exactly.
 */
export type FaultKind = 'throttle' | 'lostReply';

export interface EngineFaults {
  /** Share of matching requests that fail, 0..1. */
  readonly rate: number;
  /** @default ['throttle'] */
  readonly kinds?: readonly FaultKind[];
  /** Operations to fail (`dynamodb:TransactWriteItems`, `s3:PUT`, ...); every operation when absent. */
  readonly operations?: readonly string[];
}

export interface FaultPlan {
  readonly dynamodb?: EngineFaults;
  readonly s3?: EngineFaults;
  /** @default 1 */
  readonly seed?: number;
}

/** Decides, request by request, whether and how to fail; counts what it injected. */
export class FaultDice {
  private state: number;
  private readonly injected: Record<string, number> = {};

  constructor(
    private readonly faults: EngineFaults | undefined,
    seed = 1,
  ) {
    if (faults && !(faults.rate >= 0 && faults.rate <= 1))
      throw new Error(`fault rate must be between 0 and 1, got ${faults.rate}`);
    this.state = seed >>> 0 || 1;
  }

  /** The fault to inject into this request, if any. */
  roll(operation: string): FaultKind | undefined {
    const faults = this.faults;
    if (!faults || faults.rate === 0) return undefined;
    if (faults.operations && !faults.operations.includes(operation)) return undefined;
    if (this.next() >= faults.rate) return undefined;
    const kinds = faults.kinds ?? ['throttle'];
    const kind = kinds[Math.floor(this.next() * kinds.length)]!;
    const key = `${operation}:${kind}`;
    this.injected[key] = (this.injected[key] ?? 0) + 1;
    return kind;
  }

  counts(): Record<string, number> {
    return { ...this.injected };
  }

  /** xorshift32: small, seeded, good enough to spread faults. */
  private next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 0x1_0000_0000;
  }
}

/** What an engine answers for an injected fault, in its own protocol. */
export interface FaultAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export const dynamoFaultAnswer = (kind: FaultKind): FaultAnswer =>
  kind === 'throttle'
    ? {
        status: 400,
        headers: { 'content-type': 'application/x-amz-json-1.0' },
        body: JSON.stringify({
          __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
          message:
            'Injected fault: the level of configured provisioned throughput for the table was exceeded',
        }),
      }
    : {
        status: 500,
        headers: { 'content-type': 'application/x-amz-json-1.0' },
        body: JSON.stringify({
          __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError',
          message: 'Injected fault: the answer to an applied request was lost',
        }),
      };

export const s3FaultAnswer = (kind: FaultKind): FaultAnswer => {
  const [status, code, message] =
    kind === 'throttle'
      ? [503, 'SlowDown', 'Injected fault: please reduce your request rate']
      : [500, 'InternalError', 'Injected fault: the answer to an applied request was lost'];
  return {
    status,
    headers: { 'content-type': 'application/xml' },
    body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
  };
};
