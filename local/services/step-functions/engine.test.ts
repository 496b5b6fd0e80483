import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readJournal, StatesApiError, StepFunctionsEngine } from './engine';

const MACHINE = 'arn:aws:states:eu-central-1:000000000000:stateMachine:Timer';
const TASK = 'arn:aws:lambda:eu-central-1:000000000000:function:Task';

/** Wait until `$.until`, then a Lambda task: the shape of an SLA timer, small. */
const definition = {
  StartAt: 'WaitUntil',
  States: {
    WaitUntil: { Type: 'Wait', TimestampPath: '$.until', Next: 'Act' },
    Act: { Type: 'Task', Resource: TASK, End: true },
  },
};

const engines: StepFunctionsEngine[] = [];

function engine(dataFile?: string) {
  const calls: unknown[] = [];
  const created = new StepFunctionsEngine(async (_arn, event) => {
    calls.push(event);
    return { done: true };
  }, dataFile);
  created.addMachine(MACHINE, definition);
  engines.push(created);
  return { engine: created, calls };
}

afterEach(() => {
  for (const created of engines.splice(0)) created.stopAll();
});

const inTwoDays = () => new Date(Date.now() + 2 * 86_400_000).toISOString();

describe('the local Step Functions engine', () => {
  it('parks an execution at its Wait until the clock is skipped past the timestamp', async () => {
    const { engine: sfn, calls } = engine();
    const until = inTwoDays();
    const started = sfn.start({ stateMachineArn: MACHINE, name: 'a', input: JSON.stringify({ until }) });

    const [parked] = await sfn.advance(
      { toMs: Date.now() + 3_600_000 },
      { executionArn: started.executionArn },
    );
    expect(parked?.status).toBe('RUNNING');
    expect(sfn.waitingUntil(started.executionArn)).toBe(Date.parse(until));

    const [done] = await sfn.advance({ toMs: Date.parse(until) }, { executionArn: started.executionArn });
    expect(done?.status).toBe('SUCCEEDED');
    expect(calls).toEqual([{ until }]);
    expect(JSON.parse(sfn.describe(started.executionArn).output ?? 'null')).toEqual({ done: true });
  });

  it('stops an execution so its task never runs', async () => {
    const { engine: sfn, calls } = engine();
    const started = sfn.start({
      stateMachineArn: MACHINE,
      name: 'b',
      input: JSON.stringify({ until: inTwoDays() }),
    });

    sfn.stop(started.executionArn);
    await sfn.advance({ all: true });

    expect(sfn.describe(started.executionArn).status).toBe('ABORTED');
    expect(calls).toEqual([]);
  });

  it('treats the same name and input while running as the same start, and refuses anything else', () => {
    const { engine: sfn } = engine();
    const input = JSON.stringify({ until: inTwoDays() });
    const first = sfn.start({ stateMachineArn: MACHINE, name: 'c', input });

    expect(sfn.start({ stateMachineArn: MACHINE, name: 'c', input }).executionArn).toBe(first.executionArn);
    expect(() => sfn.start({ stateMachineArn: MACHINE, name: 'c', input: '{}' })).toThrow(StatesApiError);
    sfn.stop(first.executionArn);
    expect(() => sfn.start({ stateMachineArn: MACHINE, name: 'c', input })).toThrow(
      /Execution Already Exists/,
    );
  });

  it('answers StateMachineDoesNotExist and ExecutionDoesNotExist as the service does', () => {
    const { engine: sfn } = engine();

    expect(() => sfn.start({ stateMachineArn: `${MACHINE}X` })).toThrow(
      expect.objectContaining({ type: 'StateMachineDoesNotExist' }),
    );
    expect(() => sfn.describe(`${MACHINE}:nope`)).toThrow(
      expect.objectContaining({ type: 'ExecutionDoesNotExist' }),
    );
  });

  it('resumes executions that were running when the runtime stopped, on the clock they had', async () => {
    const dataFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-')), 'executions.json');
    const until = inTwoDays();
    const before = engine(dataFile).engine;
    const started = before.start({ stateMachineArn: MACHINE, name: 'd', input: JSON.stringify({ until }) });
    await before.advance({ toMs: Date.now() + 3_600_000 }, { executionArn: started.executionArn });
    before.stopAll();
    // A graceful stop lets pending callbacks run before the process exits: they must not close the timer.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(before.describe(started.executionArn).status).toBe('RUNNING');

    const after = engine(dataFile).engine;
    after.resume();
    const [resumed] = await after.advance({ all: true }, { executionArn: started.executionArn });

    expect(resumed?.status).toBe('SUCCEEDED');
  });

  it('resumes a timer started just before the runtime died without stopping', async () => {
    const dataFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-')), 'executions.json');
    const until = inTwoDays();
    const before = engine(dataFile).engine;
    const started = before.start({ stateMachineArn: MACHINE, name: 'e', input: JSON.stringify({ until }) });
    // No stopAll (a killed process): only what was written when the execution started is on disk.
    expect(before.describe(started.executionArn).status).toBe('RUNNING');

    const after = engine(dataFile);
    after.engine.resume();
    const [resumed] = await after.engine.advance({ all: true }, { executionArn: started.executionArn });

    expect(resumed?.status).toBe('SUCCEEDED');
    expect(after.calls).toEqual([{ until }]);
  });
});

describe('the executions journal', () => {
  const record = (name: string, status: string) => ({
    executionArn: `${MACHINE.replace(':stateMachine:', ':execution:')}:${name}`,
    stateMachineArn: MACHINE,
    name,
    input: '{}',
    startDate: 1,
    status,
    skippedMs: 0,
  });

  it('takes the last line of each execution, skipping a line cut short by a crash', () => {
    const text = [record('a', 'RUNNING'), record('b', 'RUNNING'), record('a', 'SUCCEEDED')]
      .map((line) => JSON.stringify(line))
      .join('\n');

    const records = readJournal(`${text}\n{"executionArn":"arn:cut`);

    expect(records.map((r) => [r.name, r.status])).toEqual([
      ['a', 'SUCCEEDED'],
      ['b', 'RUNNING'],
    ]);
  });

  it('reads a data folder written before the journal (one JSON array)', () => {
    const records = readJournal(JSON.stringify([record('a', 'RUNNING')]));

    expect(records.map((r) => r.name)).toEqual(['a']);
  });
});
