import { Stack, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { IConstruct } from 'constructs';
import type { QoldauHttpApi } from '../core/http-api';
import { logicalIdOf } from '../core/nag';
import type { QoldauFunction } from '../core/qoldau-function';

// cdk-nag acknowledgements of the knowledge base, each with its reason, written once.

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

/** What of the knowledge base the acknowledgements name (a shape, so this file and the construct do not import each other). */
export interface KnowledgeBaseParts extends IConstruct {
  readonly table: dynamodb.ITable;
  readonly reader: QoldauFunction;
  readonly editor: QoldauFunction;
  readonly feedback: QoldauFunction;
  readonly indexer: QoldauFunction;
  readonly indexerFailures: sqs.IQueue;
  readonly snapshots: { readonly bucket: s3.IBucket };
}

export function acknowledgeKnowledgeBase(kb: KnowledgeBaseParts, api: QoldauHttpApi): void {
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
  Validations.of(kb.snapshots.bucket).acknowledge({
    id: 'AwsSolutions-S1',
    reason:
      'Holds one derived object, the search index snapshot, rebuilt from the table when missing; only the indexer writes it and readers read it, under grants on that object alone.',
  });
  Validations.of(kb.indexerFailures).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: 'This queue is itself the failure destination of the indexer’s DynamoDB stream event source.',
  });
}
