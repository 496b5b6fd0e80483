import { describe, expect, it } from 'vitest';
import { dynamoFaultAnswer, FaultDice, s3FaultAnswer } from './fault-plan';

const rolls = (dice: FaultDice, operation: string, times: number) =>
  Array.from({ length: times }, () => dice.roll(operation));

describe('injected faults', () => {
  it('fail about the share asked for, the same requests for the same seed', () => {
    const first = rolls(
      new FaultDice({ rate: 0.2, kinds: ['throttle', 'lostReply'] }, 7),
      'dynamodb:PutItem',
      2_000,
    );
    const again = rolls(
      new FaultDice({ rate: 0.2, kinds: ['throttle', 'lostReply'] }, 7),
      'dynamodb:PutItem',
      2_000,
    );

    expect(again).toEqual(first);
    const failed = first.filter(Boolean).length;
    expect(failed).toBeGreaterThan(300);
    expect(failed).toBeLessThan(500);
    expect(new Set(first.filter(Boolean))).toEqual(new Set(['throttle', 'lostReply']));
  });

  it('touch only the operations named, and count what they injected', () => {
    const dice = new FaultDice({ rate: 1, operations: ['s3:PUT'] });

    expect(rolls(dice, 's3:GET', 5)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(rolls(dice, 's3:PUT', 3)).toEqual(['throttle', 'throttle', 'throttle']);
    expect(dice.counts()).toEqual({ 's3:PUT:throttle': 3 });
  });

  it('refuse a rate outside 0..1', () => {
    expect(() => new FaultDice({ rate: 1.5 })).toThrow('fault rate must be between 0 and 1, got 1.5');
  });

  it('answer in each service’s own words, so the SDK retries them as it would in AWS', () => {
    expect(dynamoFaultAnswer('throttle')).toMatchObject({ status: 400 });
    expect(JSON.parse(dynamoFaultAnswer('throttle').body).__type).toMatch(
      /ProvisionedThroughputExceededException$/,
    );
    expect(dynamoFaultAnswer('lostReply').status).toBe(500);
    expect(s3FaultAnswer('throttle')).toMatchObject({ status: 503 });
    expect(s3FaultAnswer('throttle').body).toContain('<Code>SlowDown</Code>');
  });
});
