import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Language } from '../../../contracts/hotlines';
import {
  articlePk,
  HEAD_SK,
  TRANSLATIONS_INDEX,
  translationGroupPk,
  versionSk,
} from '../../../contracts/keys/knowledge-base-keys';
import { dynamoDocuments } from '../../shared/aws-clients';
import type { ArticleHead, ArticleVersion, WritePlan } from '../domain/versioning';
import { isConditionFailure } from './conditions';
import { articleHeadFromItem, articleHeadItem, versionFromItem, versionItem } from './kb-items';

export interface VersionPage {
  readonly versions: ArticleVersion[];
  /** Pass as `before` for the next (older) page. */
  readonly next?: number;
}

export interface Translation {
  readonly id: string;
  readonly lang: Language;
  readonly title: string;
}

/** Articles: heads and their immutable versions. */
export class ArticleStore {
  constructor(
    private readonly table: string,
    private readonly db: DynamoDBDocumentClient = dynamoDocuments(),
  ) {}

  async head(id: string): Promise<ArticleHead | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({
        TableName: this.table,
        Key: { pk: articlePk(id), sk: HEAD_SK },
        ConsistentRead: true,
      }),
    );
    return Item ? articleHeadFromItem(Item) : undefined;
  }

  async version(id: string, version: number): Promise<ArticleVersion | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({
        TableName: this.table,
        Key: { pk: articlePk(id), sk: versionSk(version) },
        ConsistentRead: true,
      }),
    );
    return Item ? versionFromItem(Item) : undefined;
  }

  /** Newest first. */
  async versions(id: string, options: { limit: number; before?: number }): Promise<VersionPage> {
    const upper = versionSk(options.before ?? 9_999_999_999);
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :upper',
        ExpressionAttributeValues: { ':pk': articlePk(id), ':first': versionSk(1), ':upper': upper },
        // BETWEEN is inclusive; `before` is not.
        ScanIndexForward: false,
        Limit: options.limit + 2,
      }),
    );
    const versions = Items.map(versionFromItem)
      .filter((version) => options.before === undefined || version.version < options.before)
      .slice(0, options.limit + 1);
    const more = versions.length > options.limit;
    const page = versions.slice(0, options.limit);
    return { versions: page, ...(more ? { next: page.at(-1)!.version } : {}) };
  }

  /**
   * Writes the plan's version and head in one transaction, on condition that the latest version is still
   * the one the plan was made from. Answers false when another writer came first.
   */
  async write(plan: WritePlan): Promise<boolean> {
    const head = articleHeadItem(plan.head);
    const headCondition =
      plan.basedOn === 0
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : {
            ConditionExpression: 'latestVersion = :basedOn',
            ExpressionAttributeValues: { ':basedOn': plan.basedOn },
          };
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            ...(plan.version
              ? [
                  {
                    Put: {
                      TableName: this.table,
                      Item: versionItem(plan.version),
                      ConditionExpression: 'attribute_not_exists(pk)',
                    },
                  },
                ]
              : []),
            { Put: { TableName: this.table, Item: head, ...headCondition } },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** The published language versions of a translation group. */
  async translations(group: string): Promise<Translation[]> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: TRANSLATIONS_INDEX,
        KeyConditionExpression: 'groupPk = :group',
        ExpressionAttributeValues: { ':group': translationGroupPk(group) },
        Limit: 50,
      }),
    );
    return Items.map((item) => ({
      id: item['id'] as string,
      lang: item['lang'] as Language,
      title: item['title'] as string,
    }));
  }
}
