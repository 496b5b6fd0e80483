import { QueryCommand, type QueryCommandInput, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { dynamoDocuments } from './aws-clients';

/** Every item a query matches, page after page: DynamoDB answers at most 1 MB per request. */
export async function* queryItems(
  input: Omit<QueryCommandInput, 'ExclusiveStartKey'>,
): AsyncGenerator<Record<string, unknown>> {
  let startKey: QueryCommandOutput['LastEvaluatedKey'];
  do {
    const page = await dynamoDocuments().send(new QueryCommand({ ...input, ExclusiveStartKey: startKey }));
    yield* page.Items ?? [];
    startKey = page.LastEvaluatedKey;
  } while (startKey);
}
