/**
 * The clock of one local execution: real time plus whatever was skipped with `/_local/states/advance`.
 * Wait states park here until the clock reaches their moment; skipping ahead releases them at once.
 */

/** setTimeout fires at once for delays past 2^31-1 ms; longer waits re-arm in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface Waiter {
  readonly key: string;
  readonly untilMs: number;
  readonly promise: Promise<void>;
  resolve(): void;
  timer?: NodeJS.Timeout;
}

export class ExecutionClock {
  private offsetMs = 0;
  private skipAll = false;
  private released = false;
  private readonly waiters = new Map<string, Waiter>();

  constructor(offsetMs = 0) {
    this.offsetMs = offsetMs;
  }

  /** Milliseconds skipped so far (kept across restarts of the local runtime). */
  get skippedMs(): number {
    return this.offsetMs;
  }

  now(): number {
    return this.skipAll ? Number.POSITIVE_INFINITY : Date.now() + this.offsetMs;
  }

  /** The earliest moment an execution is parked until, if it is parked. */
  waitingUntil(): number | undefined {
    const pending = [...this.waiters.values()].map((waiter) => waiter.untilMs);
    return pending.length === 0 ? undefined : Math.min(...pending);
  }

  /**
   * Resolves when the clock reaches `untilMs`. The same key (state and moment) returns the same promise,
   * so a wait resumed after its Task timeout does not wait twice.
   */
  waitUntil(key: string, untilMs: number): Promise<void> {
    if (this.released || untilMs <= this.now()) return Promise.resolve();
    const existing = this.waiters.get(key);
    if (existing) return existing.promise;
    let resolve!: () => void;
    const promise = new Promise<void>((res) => {
      resolve = res;
    });
    const waiter: Waiter = { key, untilMs, promise, resolve };
    this.waiters.set(key, waiter);
    this.arm(waiter);
    return promise;
  }

  /** Moves the clock forward to `toMs` (never back); `all` releases every wait from now on. */
  advance(target: { toMs?: number; all?: boolean }): void {
    if (target.all) this.skipAll = true;
    if (target.toMs !== undefined) this.offsetMs = Math.max(this.offsetMs, target.toMs - Date.now());
    for (const waiter of this.waiters.values()) this.arm(waiter);
  }

  /**
   * Ends every wait at once, now and later: the execution was stopped (abort it first, so it goes no
   * further). Settling the waits lets the library clear its own Task timers, which would otherwise keep the
   * process alive; a Map iteration that starts after the abort still enters its first state, hence "later".
   */
  release(): void {
    this.released = true;
    for (const waiter of this.waiters.values()) {
      clearTimeout(waiter.timer);
      waiter.resolve();
    }
    this.waiters.clear();
  }

  private arm(waiter: Waiter): void {
    clearTimeout(waiter.timer);
    const remaining = waiter.untilMs - this.now();
    if (remaining <= 0) {
      this.waiters.delete(waiter.key);
      waiter.resolve();
      return;
    }
    waiter.timer = setTimeout(() => this.arm(waiter), Math.min(remaining, MAX_TIMER_MS));
    waiter.timer.unref();
  }
}
