import './polyfill';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StateMachine } from 'aws-local-stepfunctions';
import { ExecutionClock } from './clock';
import { type PreparedDefinition, prepareDefinition } from './definition';
import { StatesApiError } from './errors';
import { type InvokeFunction, runTask, waitState } from './state-handlers';

export { StatesApiError } from './errors';

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

/** What the stand-in keeps of an execution (and writes to its data file). */
export interface ExecutionRecord {
  readonly executionArn: string;
  readonly stateMachineArn: string;
  readonly name: string;
  readonly input: string;
  readonly startDate: number;
  status: ExecutionStatus;
  stopDate?: number;
  output?: string;
  error?: string;
  cause?: string;
  /** Time skipped on this execution's clock, so a restarted runtime resumes on the same clock. */
  skippedMs: number;
}

interface RegisteredMachine {
  readonly arn: string;
  readonly name: string;
  readonly prepared: PreparedDefinition;
  readonly runner: StateMachine;
}

interface RunningExecution {
  readonly clock: ExecutionClock;
  abort(): void;
  activeTasks: number;
}

/** Locally, a Retry pauses this long instead of its IntervalSeconds and backoff. */
const LOCAL_RETRY_PAUSE_MS = 200;
/** Closed executions kept for DescribeExecution/ListExecutions. */
const MAX_CLOSED_EXECUTIONS = 2000;
/** The journal is rewritten as one line per kept execution once it holds this many lines more than that. */
const JOURNAL_SLACK_LINES = 5000;

/**
 * Runs synthesized state machines with aws-local-stepfunctions: Lambda tasks go to the local functions,
 * Wait states to a per-execution clock that runs in real time unless skipped ahead.
 *
 * The data file is a journal (JSON Lines): every change of an execution appends its record, and the last
 * line of an execution wins. Rewriting the whole file on every change cost a truncating write per start,
 * growing with the executions kept (tens of milliseconds each at a few thousand timers, on the thread that
 * serves every local request); appending costs the same at any size. The journal is compacted when the
 * runtime starts and stops, and when it has grown well past the executions it holds.
 */
export class StepFunctionsEngine {
  private readonly machines = new Map<string, RegisteredMachine>();
  private readonly records = new Map<string, ExecutionRecord>();
  private readonly running = new Map<string, RunningExecution>();
  /** Set by stopAll: executions interrupted by a shutdown stay RUNNING, to resume at the next start. */
  private shuttingDown = false;
  /** Lines in the journal: compaction is due once they far outnumber the records kept. */
  private journalLines = 0;

  constructor(
    private readonly invoke: InvokeFunction,
    private readonly dataFile?: string,
    private readonly log: (message: string) => void = () => {},
  ) {}

  addMachine(arn: string, definition: Record<string, unknown>): void {
    const prepared = prepareDefinition(definition);
    const runner = new StateMachine(prepared.definition as never, {
      validationOptions: { checkArn: false, checkPaths: false },
    });
    this.machines.set(arn, { arn, name: arn.split(':').pop() ?? arn, prepared, runner });
  }

  machineArns(): string[] {
    return [...this.machines.keys()];
  }

  start(request: { stateMachineArn: string; name?: string; input?: string }): ExecutionRecord {
    const machine = this.machines.get(request.stateMachineArn);
    if (!machine) {
      throw new StatesApiError(
        'StateMachineDoesNotExist',
        `State Machine Does Not Exist: '${request.stateMachineArn}'`,
      );
    }
    const name = request.name ?? randomUUID();
    if (!/^[A-Za-z0-9_-]{1,80}$/.test(name))
      throw new StatesApiError('InvalidName', `Invalid Name: '${name}'`);
    const input = request.input ?? '{}';
    let parsed: unknown;
    try {
      parsed = JSON.parse(input);
    } catch {
      throw new StatesApiError('InvalidExecutionInput', 'Invalid execution input: not JSON');
    }
    const executionArn = `${machine.arn.replace(':stateMachine:', ':execution:')}:${name}`;
    const existing = this.records.get(executionArn);
    if (existing) {
      // As Step Functions: the same name and input while running is the same start; anything else is refused.
      if (existing.status === 'RUNNING' && existing.input === input) return existing;
      throw new StatesApiError('ExecutionAlreadyExists', `Execution Already Exists: '${executionArn}'`);
    }
    const record: ExecutionRecord = {
      executionArn,
      stateMachineArn: machine.arn,
      name,
      input,
      startDate: Date.now(),
      status: 'RUNNING',
      skippedMs: 0,
    };
    this.records.set(executionArn, record);
    this.run(machine, record, parsed);
    this.save([record]);
    return record;
  }

  stop(executionArn: string, error?: string, cause?: string): ExecutionRecord {
    const record = this.describe(executionArn);
    if (record.status !== 'RUNNING') return record;
    const running = this.running.get(executionArn);
    this.finish(record, 'ABORTED', { ...(error ? { error } : {}), ...(cause ? { cause } : {}) });
    running?.abort();
    running?.clock.release();
    return record;
  }

  describe(executionArn: string): ExecutionRecord {
    const record = this.records.get(executionArn);
    if (!record)
      throw new StatesApiError('ExecutionDoesNotExist', `Execution Does Not Exist: '${executionArn}'`);
    return record;
  }

  list(stateMachineArn: string, statusFilter?: ExecutionStatus): ExecutionRecord[] {
    if (!this.machines.has(stateMachineArn)) {
      throw new StatesApiError(
        'StateMachineDoesNotExist',
        `State Machine Does Not Exist: '${stateMachineArn}'`,
      );
    }
    return [...this.records.values()]
      .filter((record) => record.stateMachineArn === stateMachineArn)
      .filter((record) => statusFilter === undefined || record.status === statusFilter)
      .sort((a, b) => b.startDate - a.startDate);
  }

  /**
   * Skips time for running executions (all, one state machine's, or one) and resolves once each of them
   * is parked in a wait that is still ahead, or has ended, so the caller sees the effects.
   */
  async advance(
    target: { toMs?: number; all?: boolean },
    filter: { executionArn?: string; stateMachineArn?: string } = {},
    settleTimeoutMs = 30_000,
  ): Promise<ExecutionRecord[]> {
    const affected = [...this.running.keys()]
      .map((arn) => this.records.get(arn)!)
      .filter((record) => filter.executionArn === undefined || record.executionArn === filter.executionArn)
      .filter(
        (record) => filter.stateMachineArn === undefined || record.stateMachineArn === filter.stateMachineArn,
      );
    for (const record of affected) {
      const running = this.running.get(record.executionArn)!;
      running.clock.advance(target);
      record.skippedMs = running.clock.skippedMs;
    }
    this.save(affected);
    const deadline = Date.now() + settleTimeoutMs;
    while (Date.now() < deadline && !affected.every((record) => this.isSettled(record))) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return affected;
  }

  /** When a running execution is parked until (ms since the epoch on its own clock). */
  waitingUntil(executionArn: string): number | undefined {
    return this.running.get(executionArn)?.clock.waitingUntil();
  }

  /** Restarts executions that were running when the runtime stopped (see docs/capabilities/sla.md, "Timers locally"). */
  resume(): void {
    if (!this.dataFile || !fs.existsSync(this.dataFile)) return;
    const saved = readJournal(fs.readFileSync(this.dataFile, 'utf8'));
    for (const record of saved) this.records.set(record.executionArn, record);
    this.compact();
    for (const record of saved) {
      const machine = this.machines.get(record.stateMachineArn);
      if (record.status !== 'RUNNING') continue;
      if (!machine) {
        this.finish(record, 'ABORTED', { cause: 'The state machine no longer exists in the templates' });
        continue;
      }
      this.log(`step functions: resuming ${record.name} from its start`);
      this.run(machine, record, JSON.parse(record.input));
    }
  }

  stopAll(): void {
    this.shuttingDown = true;
    this.compact();
    for (const [, running] of this.running) {
      running.abort();
      running.clock.release();
    }
    this.running.clear();
  }

  private isSettled(record: ExecutionRecord): boolean {
    if (record.status !== 'RUNNING') return true;
    const running = this.running.get(record.executionArn);
    if (!running) return true;
    const until = running.clock.waitingUntil();
    return running.activeTasks === 0 && until !== undefined && until > running.clock.now();
  }

  private run(machine: RegisteredMachine, record: ExecutionRecord, input: unknown): void {
    const clock = new ExecutionClock(record.skippedMs);
    const execution: RunningExecution = { clock, abort: () => {}, activeTasks: 0 };
    const handlers: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const [stateName, spec] of machine.prepared.waits) {
      handlers[stateName] = (stateInput) => waitState(clock, stateName, spec, stateInput);
    }
    for (const [stateName, target] of machine.prepared.tasks) {
      handlers[stateName] = async (stateInput) => {
        execution.activeTasks += 1;
        try {
          return await runTask(this.invoke, target, stateInput);
        } finally {
          execution.activeTasks -= 1;
        }
      };
    }
    const retryIntervalOverrides = Object.fromEntries([
      ...machine.prepared.retryable.map((name) => [name, LOCAL_RETRY_PAUSE_MS]),
      ...[...machine.prepared.waits.keys()].map((name) => [name, 0]),
    ]);
    const started = machine.runner.run(input as never, {
      overrides: { taskResourceLocalHandlers: handlers as never, retryIntervalOverrides },
      noThrowOnAbort: true,
      context: {
        Execution: { Id: record.executionArn, Name: record.name, RoleArn: 'local' },
        StateMachine: { Id: machine.arn, Name: machine.name },
      },
    });
    execution.abort = started.abort;
    this.running.set(record.executionArn, execution);
    started.result.then(
      (output) => {
        // An abort resolves the run too (noThrowOnAbort): only a real end closes the execution.
        if (record.status !== 'RUNNING' || this.shuttingDown) return;
        this.finish(record, 'SUCCEEDED', { output: JSON.stringify(output) });
      },
      (error: Error & { cause?: Error }) => {
        if (record.status !== 'RUNNING' || this.shuttingDown) return;
        const cause = error.cause ?? error;
        this.log(`step functions: ${record.name} failed: ${cause.name}: ${cause.message}`);
        this.finish(record, 'FAILED', { error: cause.name, cause: cause.message });
      },
    );
  }

  private finish(record: ExecutionRecord, status: ExecutionStatus, detail: Partial<ExecutionRecord>): void {
    if (this.shuttingDown) return;
    Object.assign(record, detail, { status, stopDate: Date.now() });
    this.running.delete(record.executionArn);
    this.pruneClosed();
    this.save([record]);
  }

  /** Appends the changed records to the journal; rewrites it whole when it has grown far past them. */
  private save(changed: readonly ExecutionRecord[]): void {
    if (!this.dataFile || changed.length === 0) return;
    if (this.journalLines + changed.length > this.records.size + JOURNAL_SLACK_LINES) {
      this.compact();
      return;
    }
    if (this.journalLines === 0) fs.mkdirSync(path.dirname(this.dataFile), { recursive: true });
    fs.appendFileSync(this.dataFile, changed.map((record) => `${JSON.stringify(record)}\n`).join(''));
    this.journalLines += changed.length;
  }

  /** Writes the journal anew: one line per execution kept. */
  private compact(): void {
    if (!this.dataFile) return;
    this.pruneClosed();
    const records = [...this.records.values()];
    fs.mkdirSync(path.dirname(this.dataFile), { recursive: true });
    fs.writeFileSync(this.dataFile, records.map((record) => `${JSON.stringify(record)}\n`).join(''));
    this.journalLines = records.length;
  }

  private pruneClosed(): void {
    const closed = [...this.records.values()].filter((record) => record.status !== 'RUNNING');
    for (const record of closed.slice(0, Math.max(0, closed.length - MAX_CLOSED_EXECUTIONS))) {
      this.records.delete(record.executionArn);
    }
  }
}

/**
 * The executions in a journal, the last line of each winning. A data folder written before the journal
 * holds one JSON array; a line cut short by a crash is skipped.
 */
export function readJournal(text: string): ExecutionRecord[] {
  if (text.trimStart().startsWith('[')) return JSON.parse(text) as ExecutionRecord[];
  const records = new Map<string, ExecutionRecord>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const record = JSON.parse(line) as ExecutionRecord;
      records.set(record.executionArn, record);
    } catch {
      // Only the last line can be incomplete (the process died while appending it).
    }
  }
  return [...records.values()];
}
