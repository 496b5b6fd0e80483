import { type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { QoldauHttpApi } from './http-api';
import type { KnowledgeBase } from './knowledge-base';
import type { QoldauFunction } from './qoldau-function';

// cdk-nag acknowledgements of the knowledge base, each with its reason, written once.

function logicalIdOf(construct: IConstruct): string {
  return Stack.of(construct).getLogicalId(construct.node.defaultChild as CfnElement);
}

/** Routes with an `{id}` path parameter are granted with `*` in its place. */
const ID_ROUTES = [
  'GET/kb/articles/*',
  'PUT/kb/articles/*',
  'DELETE/kb/articles/*',
  'GET/kb/articles/*/versions',
  'POST/kb/articles/*/rollback',
  'POST/kb/articles/*/feedback',
  'GET/kb/referrals/*',
  'PUT/kb/referrals/*',
];

export function acknowledgeKnowledgeBase(kb: KnowledgeBase, api: QoldauHttpApi): void {
  const stack = Stack.of(kb);
  const tableId = logicalIdOf(kb.table);
  const keyReason = 'CDK grant for the knowledge-base table and queue encrypted with the hotline key only.';
  const functions: QoldauFunction[] = [kb.reader, kb.editor, kb.feedback, kb.indexer];
  for (const fn of functions) {
    if (!fn.role) throw new Error(`${fn.node.path} has no role`);
    Validations.of(fn.role).acknowledge(
      { id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]', reason: keyReason },
      { id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]', reason: keyReason },
      {
        id: `AwsSolutions-IAM5[Resource::<${tableId}.Arn>/index/*]`,
        reason:
          'Table-wide grant on the knowledge base: its lists (published heads, feedback) and translations indexes.',
      },
    );
  }
  Validations.of(stack).acknowledge(
    ...ID_ROUTES.map((route) => ({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:execute-api:${stack.region}:<AWS::AccountId>:<${logicalIdOf(api.api)}>/$default/${route}]`,
      reason:
        'A knowledge-base route with the article or referral id as path parameter: the wildcard is that id.',
    })),
  );
  Validations.of(kb.indexerFailures).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: 'This queue is itself the failure destination of the indexer’s DynamoDB stream event source.',
  });
}
