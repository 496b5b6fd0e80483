import { randomInt } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Step } from '../../../contact-flows/index';
import type { HotlineId } from '../../../contracts/hotlines';
import { appealKeys } from '../../../contracts/keys/appeal-keys';
import { ratingKeys } from '../../../contracts/keys/rating-keys';
import { generateRegistrationNumber } from '../../../functions/appeals/domain/registration-number';
import { almatyDayOf } from '../../../functions/sla/domain/almaty-time';
import type { CallRequest, CallTranscript } from '../../../local/services/connect/contract';
import { placeLocalCall } from '../../../scripts/call-cli';
import { engineKeys, localResources } from '../runtime';

/**
 * Calls through the running local runtime's telephone network (the same path as `npm run call`), and direct
 * reads and writes of the tables and bucket the Connect Lambdas use, for integration tests.
 */
export async function localCalls(apiUrl: string) {
  const resources = await localResources(apiUrl);
  const documents = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: resources.dynamoEndpoint,
      region: resources.region,
      credentials: engineKeys(),
    }),
  );
  const s3 = new S3Client({
    endpoint: resources.s3Endpoint,
    region: resources.region,
    credentials: engineKeys(),
    forcePathStyle: true,
  });
  const table = (hotline: HotlineId, prefix: string) => {
    const found = Object.entries(resources.hotlines[hotline]?.tables ?? {}).find(([id]) =>
      id.startsWith(prefix),
    );
    if (found === undefined) throw new Error(`No table ${prefix}* in hotline ${hotline}`);
    return found[1];
  };

  return {
    /** A call from a number of its own, so the callers of different tests never share a lookup limit. */
    call: (
      hotline: HotlineId,
      inputs: ReadonlyArray<string | null> = [],
      options: Partial<CallRequest> = {},
    ) => placeLocalCall(apiUrl, { hotline, from: newCaller(), inputs: [...inputs], ...options }),

    /** Registers an appeal directly in the register's table and returns its number. */
    async putAppeal(hotline: HotlineId, item: Record<string, unknown>): Promise<string> {
      const number = generateRegistrationNumber(hotline);
      await documents.send(
        new PutCommand({
          TableName: table(hotline, 'AppealStoreTable'),
          Item: { ...appealKeys.appeal(number), number, ...item },
        }),
      );
      return number;
    },

    async rating(contactId: string) {
      const { Item } = await documents.send(
        new GetCommand({
          TableName: table('1414', 'RatingsStoreTable'),
          Key: { pk: ratingKeys.day(almatyDayOf(Date.now())), sk: ratingKeys.contact(contactId) },
        }),
      );
      return Item;
    },

    async recordingBytes(location: string): Promise<Buffer> {
      const slash = location.indexOf('/');
      const object = await s3.send(
        new GetObjectCommand({ Bucket: location.slice(0, slash), Key: location.slice(slash + 1) }),
      );
      return Buffer.from(
        await (object.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray(),
      );
    },

    /** Records the contact-record stream of a hotline has received so far. */
    async streamedRecords(hotline: HotlineId): Promise<number> {
      const response = await fetch(`${apiUrl}/_local/kinesis`);
      const { streams } = (await response.json()) as {
        streams: Array<{ hotline: string; channel: string | null; records: number }>;
      };
      return (
        streams.find((stream) => stream.hotline === hotline && stream.channel === 'contact-records')
          ?.records ?? 0
      );
    },
  };
}

export function newCaller(): string {
  return `+7701${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;
}

export const heard = (call: CallTranscript): string[] =>
  call.steps.flatMap((step) => (step.type === 'prompt' ? [step.text] : []));

export const lambdaSteps = (call: CallTranscript) =>
  call.steps.filter((step): step is Extract<Step, { type: 'lambda' }> => step.type === 'lambda');
