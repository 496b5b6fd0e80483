import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { AwsClient } from 'aws4fetch';

/**
 * DynamoDB for the functions a caller waits on: the service's JSON API over `fetch`, signed with SigV4 by
 * `aws4fetch`, items converted by `@aws-sdk/util-dynamodb`. The AWS SDK's client and middleware stack
 * is ~300 KB to parse at every cold start and several layers per call; these functions need three
 * operations. Credentials come from the standard environment variables Lambda sets (and the local runtime
 * too); `AWS_ENDPOINT_URL_DYNAMODB` points it at DynamoDB Local.
 */

type Item = Record<string, unknown>;

export class DynamoDBError extends Error {
  override readonly name: string;
  constructor(
    type: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = type;
  }
}

export interface GetItemInput {
  readonly TableName: string;
  readonly Key: Item;
  readonly ProjectionExpression?: string;
  readonly ExpressionAttributeNames?: Record<string, string>;
  readonly ConsistentRead?: boolean;
}

export interface PutItemInput {
  readonly TableName: string;
  readonly Item: Item;
  readonly ConditionExpression?: string;
}

export interface UpdateItemInput {
  readonly TableName: string;
  readonly Key: Item;
  readonly UpdateExpression: string;
  readonly ExpressionAttributeNames?: Record<string, string>;
  readonly ExpressionAttributeValues?: Item;
  readonly ReturnValues?: 'UPDATED_NEW' | 'ALL_NEW' | 'NONE';
}

const MARSHALL = { removeUndefinedValues: true } as const;

export class LeanDynamoDB {
  private readonly client: AwsClient;
  private readonly endpoint: string;

  constructor(env: NodeJS.ProcessEnv = process.env) {
    const region = env['AWS_REGION'] ?? 'eu-central-1';
    this.endpoint = env['AWS_ENDPOINT_URL_DYNAMODB'] ?? `https://dynamodb.${region}.amazonaws.com`;
    this.client = new AwsClient({
      accessKeyId: env['AWS_ACCESS_KEY_ID'] ?? '',
      secretAccessKey: env['AWS_SECRET_ACCESS_KEY'] ?? '',
      ...(env['AWS_SESSION_TOKEN'] ? { sessionToken: env['AWS_SESSION_TOKEN'] } : {}),
      service: 'dynamodb',
      region,
      // Throttling and 5xx are retried with a short backoff: the whole call stays far inside Connect's 8 s.
      retries: 2,
      initRetryMs: 25,
    });
  }

  async getItem(input: GetItemInput): Promise<Item | undefined> {
    const answer = await this.call('GetItem', { ...input, Key: marshall(input.Key, MARSHALL) });
    return answer['Item'] ? unmarshall(answer['Item'] as never) : undefined;
  }

  async putItem(input: PutItemInput): Promise<void> {
    await this.call('PutItem', { ...input, Item: marshall(input.Item, MARSHALL) });
  }

  async updateItem(input: UpdateItemInput): Promise<Item | undefined> {
    const answer = await this.call('UpdateItem', {
      ...input,
      Key: marshall(input.Key, MARSHALL),
      ...(input.ExpressionAttributeValues
        ? { ExpressionAttributeValues: marshall(input.ExpressionAttributeValues, MARSHALL) }
        : {}),
    });
    return answer['Attributes'] ? unmarshall(answer['Attributes'] as never) : undefined;
  }

  private async call(operation: string, body: unknown): Promise<Record<string, unknown>> {
    const response = await this.client.fetch(this.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': `DynamoDB_20120810.${operation}`,
      },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    const answer = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
    if (!response.ok) {
      const type =
        String(answer['__type'] ?? 'DynamoDBError')
          .split('#')
          .pop() ?? 'DynamoDBError';
      const message = String(answer['message'] ?? answer['Message'] ?? `HTTP ${response.status}`);
      throw new DynamoDBError(type, message, response.status);
    }
    return answer;
  }
}
