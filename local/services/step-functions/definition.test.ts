import { describe, expect, it } from 'vitest';
import { LOCAL_WAIT_RESOURCE, prepareDefinition, readPath } from './definition';

describe('preparing synthesized definitions for the local runner', () => {
  const prepared = prepareDefinition({
    StartAt: 'Plan',
    States: {
      Plan: {
        Type: 'Task',
        Resource: 'arn:aws:lambda:eu-central-1:000000000000:function:Plan',
        Retry: [{ ErrorEquals: ['States.ALL'] }],
        Next: 'Each',
      },
      Each: {
        Type: 'Map',
        ItemProcessor: {
          StartAt: 'Pause',
          States: {
            Pause: { Type: 'Wait', TimestampPath: '$.at', OutputPath: '$', Next: 'Tell' },
            Tell: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true },
          },
        },
        Next: 'Publish',
      },
      Publish: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', End: true },
    },
  });

  it('turns Wait states, also inside a Map, into Tasks served by the local clock, keeping their paths', () => {
    const pause = (
      prepared.definition['States'] as Record<string, { ItemProcessor: { States: Record<string, unknown> } }>
    ).Each!.ItemProcessor.States['Pause'];

    expect(pause).toMatchObject({
      Type: 'Task',
      Resource: LOCAL_WAIT_RESOURCE,
      OutputPath: '$',
      Next: 'Tell',
    });
    expect(prepared.waits.get('Pause')).toEqual({ timestampPath: '$.at' });
  });

  it('routes function ARNs and lambda:invoke to local functions, and names what it cannot run', () => {
    expect(Object.fromEntries(prepared.tasks)).toEqual({
      Plan: { kind: 'function', functionArn: 'arn:aws:lambda:eu-central-1:000000000000:function:Plan' },
      Tell: { kind: 'lambda-invoke' },
      Publish: { kind: 'unsupported', resource: 'arn:aws:states:::sns:publish' },
    });
    expect(prepared.retryable).toEqual(['Plan']);
  });

  it('refuses a definition that reuses a state name, which the runner could not tell apart', () => {
    expect(() =>
      prepareDefinition({
        StartAt: 'Each',
        States: {
          Each: {
            Type: 'Map',
            ItemProcessor: { StartAt: 'Pause', States: { Pause: { Type: 'Wait', Seconds: 1, End: true } } },
            Next: 'Pause',
          },
          Pause: { Type: 'Wait', Seconds: 1, End: true },
        },
      }),
    ).toThrow(/"Pause" is used twice/);
  });
});

describe('reading Wait state paths', () => {
  it.each([
    ['$', { a: 1 }, { a: 1 }],
    ['$.deadlineAt', { deadlineAt: 'x' }, 'x'],
    ['$.a.b', { a: { b: 2 } }, 2],
    ["$['a']", { a: 3 }, 3],
    ['$.missing.deeper', { a: 1 }, undefined],
  ])('%s of %j is %j', (pathExpression, value, expected) => {
    expect(readPath(value, pathExpression)).toEqual(expected);
  });
});
