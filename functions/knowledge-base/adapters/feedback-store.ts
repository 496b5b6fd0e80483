import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { FEEDBACK_LIST_PK, feedbackPk, LISTS_INDEX } from '../../../contracts/keys/knowledge-base-keys';
import { dynamoDocuments } from '../../shared/aws-clients';
import type { Feedback, FeedbackKind } from '../domain/feedback';

type Item = Record<string, unknown>;

export interface FeedbackQuery {
  readonly articleId?: string;
  readonly kind?: FeedbackKind;
  readonly limit: number;
  readonly cursor?: Item;
}

/**
 * Operators' marks, under their article and, newest first, in one list for the editors. The item's `kind`
 * is the mark (helpful or outdated).
 */
export class FeedbackStore {
  constructor(
    private readonly table: string,
    private readonly db: DynamoDBDocumentClient = dynamoDocuments(),
  ) {}

  async add(feedback: Feedback): Promise<void> {
    const sortKey = `${feedback.at}#${feedback.id}`;
    await this.db.send(
      new PutCommand({
        TableName: this.table,
        Item: {
          pk: feedbackPk(feedback.articleId),
          sk: sortKey,
          listPk: FEEDBACK_LIST_PK,
          listSk: sortKey,
          ...feedback,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  /** Newest first; `kind` filters after reading, so a page may hold fewer than `limit`. */
  async list(query: FeedbackQuery): Promise<{ feedback: Feedback[]; next?: Item }> {
    const byArticle = query.articleId !== undefined;
    const page = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        ...(byArticle
          ? {
              KeyConditionExpression: 'pk = :pk',
              ExpressionAttributeValues: {
                ':pk': feedbackPk(query.articleId!),
                ...(query.kind ? { ':kind': query.kind } : {}),
              },
            }
          : {
              IndexName: LISTS_INDEX,
              KeyConditionExpression: 'listPk = :pk',
              ExpressionAttributeValues: {
                ':pk': FEEDBACK_LIST_PK,
                ...(query.kind ? { ':kind': query.kind } : {}),
              },
            }),
        ...(query.kind
          ? { FilterExpression: '#kind = :kind', ExpressionAttributeNames: { '#kind': 'kind' } }
          : {}),
        ScanIndexForward: false,
        Limit: query.limit,
        ExclusiveStartKey: query.cursor,
      }),
    );
    return {
      feedback: (page.Items ?? []).map(feedbackFromItem),
      ...(page.LastEvaluatedKey ? { next: page.LastEvaluatedKey } : {}),
    };
  }
}

function feedbackFromItem(item: Item): Feedback {
  return {
    id: item['id'] as string,
    articleId: item['articleId'] as string,
    kind: item['kind'] as FeedbackKind,
    ...(item['comment'] ? { comment: item['comment'] as string } : {}),
    at: item['at'] as string,
    ...(item['version'] === undefined ? {} : { version: Number(item['version']) }),
    by: item['by'] as string,
  };
}
