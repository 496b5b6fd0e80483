import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoDocuments } from '../../shared/aws-clients';
import type { RateWindow } from '../domain/rate-limit';
import { rateCountUpdate } from './requests/table-requests';

/** Counts one request in the caller's window and returns the count so far (atomic `ADD`, expiring by TTL). */
export async function countRequest(tableName: string, window: RateWindow): Promise<number> {
  const result = await dynamoDocuments().send(new UpdateCommand(rateCountUpdate(tableName, window)));
  return Number(result.Attributes?.['count'] ?? 1);
}
