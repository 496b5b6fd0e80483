import { Stack, Token, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { IConstruct } from 'constructs';
import type { QoldauHttpApi } from '../core/http-api';
import { logicalIdOf, roleOf } from '../core/nag';
import type { QoldauFunction } from '../core/qoldau-function';

// cdk-nag acknowledgements the SLA engine's functions share, each with its reason, written once.

/** Table grants on tables encrypted with the hotline key add KMS action families that end in `*`. */
export function acknowledgeKeyUse(fn: QoldauFunction): void {
  const reason = 'CDK grant for a table or topic encrypted with the hotline key; limited to that one key.';
  Validations.of(roleOf(fn)).acknowledge(
    { id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]', reason },
    { id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]', reason },
  );
}

/** Table grants include the table's indexes (`<table>/index/*`). */
export function acknowledgeIndexes(fn: QoldauFunction, table: dynamodb.ITable, why: string): void {
  Validations.of(roleOf(fn)).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(table)}.Arn>/index/*]`,
    reason: why,
  });
}

/** The stack's region as cdk-nag prints it: the literal region, or `<AWS::Region>` for an env-agnostic stack. */
export function nagRegion(scope: IConstruct): string {
  const { region } = Stack.of(scope);
  return Token.isUnresolved(region) ? '<AWS::Region>' : region;
}

/** A route with a path parameter is granted with a wildcard for that one segment (`/calendar/*`). */
export function acknowledgeParameterRoute(
  scope: IConstruct,
  api: QoldauHttpApi,
  method: string,
  path: string,
): void {
  const resourcePath = path.replace(/\{[^}]+\}/g, '*');
  Validations.of(Stack.of(scope)).acknowledge({
    id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:execute-api:${nagRegion(scope)}:<AWS::AccountId>:<${logicalIdOf(api.api)}>/$default/${method}${resourcePath}]`,
    reason: `The route ${method} ${path}: the wildcard is the path parameter, one segment.`,
  });
}
