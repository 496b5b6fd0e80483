import { describe, expect, it } from 'vitest';
import { loadConfig } from '../infra/config/load';
import { PhysicalNames, UnsupportedIntrinsicError } from './intrinsics';
import type { StackModel } from './template-model';

const stack: StackModel = {
  hotline: '111',
  stackName: 'Qoldau-111-dev',
  config: loadConfig()['111'],
  template: {
    Resources: {
      AppealsTable: { Type: 'AWS::DynamoDB::Table', Properties: {} },
      RecordingsBucketVeryLongLogicalIdThatGoesOnAndOnAndOnForeverAndEver: { Type: 'AWS::S3::Bucket' },
      Fn: { Type: 'AWS::Lambda::Function' },
      Topic: { Type: 'AWS::SNS::Topic' },
    },
  },
};

describe('local resolution of CloudFormation intrinsics', () => {
  const names = new PhysicalNames(stack);

  it('names tables after stack and logical id, so data is found again after a restart', () => {
    expect(names.resolve({ Ref: 'AppealsTable' })).toBe('Qoldau-111-dev-AppealsTable');
  });

  it('makes valid S3 bucket names (lowercase, at most 63 characters)', () => {
    const bucket = String(
      names.resolve({ Ref: 'RecordingsBucketVeryLongLogicalIdThatGoesOnAndOnAndOnForeverAndEver' }),
    );
    expect(bucket).toMatch(/^[a-z0-9-]{3,63}$/);
  });

  it('resolves Fn::Join, Fn::GetAtt, Fn::Sub and pseudo parameters', () => {
    expect(names.resolve({ 'Fn::GetAtt': ['Fn', 'Arn'] })).toBe(
      'arn:aws:lambda:eu-central-1:000000000000:function:Qoldau-111-dev-Fn',
    );
    expect(names.resolve({ 'Fn::Join': ['/', ['a', { Ref: 'AWS::Region' }]] })).toBe('a/eu-central-1');
    expect(names.resolve({ 'Fn::Sub': '${AWS::AccountId}:${Topic}' })).toBe(
      '000000000000:arn:aws:sns:eu-central-1:000000000000:Qoldau-111-dev-Topic',
    );
  });

  it('fails loudly on an intrinsic it does not know', () => {
    expect(() => names.resolve({ 'Fn::ImportValue': 'x' })).toThrow(UnsupportedIntrinsicError);
  });
});
