import * as fs from 'node:fs';
import * as os from 'node:os';
import { round } from './stats';

/**
 * What each section of `npm run bench` took: wall seconds, and CPU seconds of this process (its worker
 * threads included) plus the child processes that ended within the section (DynamoDB Local, Chromium,
 * the cold-start and knowledge-base subprocesses). On a shared machine the wall time says how long it
 * waited; the CPU time says how much work it did.
 */
export class SectionClock {
  private readonly started = performance.now();
  readonly sectionSeconds: Record<string, number> = {};
  readonly sectionCpuSeconds: Record<string, number> = {};
  readonly loadAverage1m: { start: number; end?: number } = { start: loadAverage() };

  constructor(private readonly log: (line: string) => void) {}

  elapsedSeconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  progress(what: string): void {
    this.log(`bench: ${what} (${Math.round(this.elapsedSeconds())} s, load ${loadAverage()})`);
  }

  /** Runs one section; one that fails is reported as `{ error }` in its place and the others still run. */
  async section<T>(name: string, run: () => Promise<T>): Promise<T | { error: string }> {
    this.progress(name);
    const wallStarted = performance.now();
    const cpuStarted = cpuSeconds();
    try {
      return await run();
    } catch (error) {
      this.log(`bench: ${name} failed: ${(error as Error).stack ?? error}`);
      return { error: (error as Error).message };
    } finally {
      this.sectionSeconds[name] = round((performance.now() - wallStarted) / 1000, 1);
      this.sectionCpuSeconds[name] = round(cpuSeconds() - cpuStarted, 1);
    }
  }

  /** The figures for the JSON's `meta`. */
  summary() {
    this.loadAverage1m.end = loadAverage();
    return {
      totalSeconds: round(this.elapsedSeconds(), 1),
      sectionSeconds: this.sectionSeconds,
      sectionCpuSeconds: this.sectionCpuSeconds,
      loadAverage1m: this.loadAverage1m,
    };
  }
}

function loadAverage(): number {
  return round(os.loadavg()[0] ?? 0, 1);
}

/** CPU seconds of this process and of its children that have ended (Linux's /proc; else this process only). */
function cpuSeconds(): number {
  const own = process.cpuUsage();
  return (own.user + own.system) / 1e6 + endedChildrenCpuSeconds();
}

function endedChildrenCpuSeconds(): number {
  try {
    // Fields after the command name (which may hold spaces, hence the last ')'): cutime and cstime are the
    // 14th and 15th, in clock ticks (100 a second on Linux).
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return 0;
  }
}
