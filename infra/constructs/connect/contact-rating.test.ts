import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { RATINGS_BY_CONTACT_INDEX } from '../../../contracts/keys/rating-keys';
import { createApp } from '../../app';

const { stacks } = createApp({ skipBundling: true, nag: false });
const templates = { '1414': Template.fromStack(stacks['1414']), '111': Template.fromStack(stacks['111']) };

/** The role logical ids whose policies grant the route. */
function rolesGranted(template: Template, resourceSuffix: string): string[] {
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((policy) => JSON.stringify(policy['Properties']['PolicyDocument']).includes(resourceSuffix))
    .flatMap((policy) => (policy['Properties']['Roles'] as Array<{ Ref: string }>).map((role) => role.Ref));
}

describe("the contact's rating for the operator's after-contact screen", () => {
  it('routes GET /contacts/{contactId}/rating on 1414 with IAM authorization, for operators and supervisors only', () => {
    templates['1414'].hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: 'GET /contacts/{contactId}/rating',
      AuthorizationType: 'AWS_IAM',
    });
    const granted = rolesGranted(templates['1414'], '/$default/GET/contacts/*/rating');

    expect(granted).toHaveLength(2);
    expect(granted.some((role) => /Operator/.test(role))).toBe(true);
    expect(granted.some((role) => /Supervisor/.test(role))).toBe(true);
  });

  it('has no such route on 111, whose callers get no post-call survey', () => {
    expect(
      Object.values(templates['111'].findResources('AWS::ApiGatewayV2::Route')).map(
        (route) => route['Properties']['RouteKey'],
      ),
    ).not.toContain('GET /contacts/{contactId}/rating');
  });

  it('indexes the ratings by contact, projecting only the rating, whether declined, and when', () => {
    templates['1414'].hasResourceProperties('AWS::DynamoDB::Table', {
      GlobalSecondaryIndexes: [
        {
          IndexName: RATINGS_BY_CONTACT_INDEX,
          KeySchema: [{ AttributeName: 'contactId', KeyType: 'HASH' }],
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['rating', 'declined', 'at'] },
        },
      ],
    });
  });

  it('lets its function read the ratings table and nothing else of it', () => {
    templates['1414'].hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('post-call survey rating'),
      Environment: { Variables: Match.objectLike({ RATINGS_TABLE: Match.anyValue() }) },
    });
    const policies = Object.values(templates['1414'].findResources('AWS::IAM::Policy'))
      .map((policy) => JSON.stringify(policy['Properties']))
      .filter((text) => text.includes('ContactRatingHandlerRole'));

    expect(policies.some((text) => text.includes('dynamodb:Query'))).toBe(true);
    expect(policies.some((text) => /dynamodb:(PutItem|UpdateItem|DeleteItem)/.test(text))).toBe(false);
  });
});
