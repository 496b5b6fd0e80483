import { beforeAll, describe, expect, it } from 'vitest';
import type { HotlineId } from '../../../contracts/hotlines';
import type { LocalStack } from '../../context';
import { PhysicalNames } from '../../intrinsics';
import { synthesizeStacks } from '../../template-model';
import { placeCall, UnknownLambdaError } from './call';
import { type LocalContactCenter, readContactCenter } from './catalog';
import { CallRequestSchema } from './contract';

const centers = new Map<HotlineId, LocalContactCenter>();
beforeAll(async () => {
  for (const model of await synthesizeStacks()) {
    const stack: LocalStack = { model, names: new PhysicalNames(model) };
    centers.set(model.hotline, readContactCenter(stack));
  }
}, 120_000);

const center = (hotline: HotlineId) => centers.get(hotline) as LocalContactCenter;

describe('the contact center the local runtime reads from the template', () => {
  it.each(['1414', '111'] as const)(
    'enters %s calls at the flow its numbers are associated with',
    (hotline) => {
      expect(center(hotline).flowNames.get(center(hotline).entryFlowArn)).toBe(`${hotline}-main`);
    },
  );

  it.each(['1414', '111'] as const)(
    'knows the contract name of every Lambda the %s flows invoke',
    (hotline) => {
      const { lambdaArns, lambdaNames } = center(hotline);

      expect([...lambdaArns].map((arn) => lambdaNames.get(arn)).sort()).toEqual(
        hotline === '1414' ? ['appealStatus', 'surveyRating'] : ['appealStatus', 'urgentEscalation'],
      );
    },
  );

  it('puts recordings where the CALL_RECORDINGS storage config says', () => {
    expect(center('1414').recordingLocationPrefix).toMatch(
      /^qoldau-1414-[a-z0-9-]+\/connect\/qoldau-ucc1414-dev\/CallRecordings$/,
    );
  });

  it('knows 111’s transfer target as 1414', () => {
    expect(Object.values(center('111').knownNumbers)).toEqual(['1414']);
  });
});

describe('a call whose flow names a Lambda the runtime does not run', () => {
  it('fails loudly instead of taking the error branch', async () => {
    const call = placeCall(
      center('1414'),
      CallRequestSchema.parse({ hotline: '1414', inputs: ['2', '4', '1#'] }),
      {
        invoke: async () => ({}),
        hasFunction: () => false,
        writeRecording: async () => {},
        emitContactRecord: () => {},
        now: () => new Date('2025-03-03T09:00:00Z'),
      },
    );

    await expect(call).rejects.toThrow(UnknownLambdaError);
    await expect(call).rejects.toThrow(
      /invokes arn:aws:lambda:.*, which is no function of the local runtime/,
    );
  });
});
