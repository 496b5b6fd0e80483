import { describe, expect, it } from 'vitest';
import { isAllowed } from './iam-policy';

const api = 'arn:aws:execute-api:eu-central-1:000000000000:local1414/$default';

describe('IAM policy evaluation of the local gateway', () => {
  const statements = [
    { Effect: 'Allow' as const, Action: 'execute-api:Invoke', Resource: `${api}/GET/appeals/*/status` },
    { Effect: 'Allow' as const, Action: ['execute-api:Invoke'], Resource: [`${api}/POST/appeals`] },
    { Effect: 'Deny' as const, Action: 'execute-api:*', Resource: `${api}/GET/appeals/secret/status` },
  ];

  it.each([
    ['a granted route', `${api}/POST/appeals`, true],
    ['a wildcard path parameter', `${api}/GET/appeals/1414-0001/status`, true],
    ['another method on a granted path', `${api}/DELETE/appeals`, false],
    ['a route never granted (implicit deny)', `${api}/GET/kb/search`, false],
    ['an explicit deny over an allow', `${api}/GET/appeals/secret/status`, false],
  ])('decides %s', (_name, resource, expected) => {
    expect(isAllowed(statements, 'execute-api:Invoke', resource)).toBe(expected);
  });

  it('does not let an allow for another action grant invoke', () => {
    expect(
      isAllowed(
        [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
        'execute-api:Invoke',
        `${api}/POST/appeals`,
      ),
    ).toBe(false);
  });
});
