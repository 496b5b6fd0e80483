import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

// SDK clients are created once per execution environment. Endpoints come from the standard
// AWS_ENDPOINT_URL_<SERVICE> variables, which the local runtime sets to its own engines.

let documentClient: DynamoDBDocumentClient | undefined;
let s3: S3Client | undefined;
let sns: SNSClient | undefined;

export function dynamoDocuments(): DynamoDBDocumentClient {
  documentClient ??= DynamoDBDocumentClient.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true },
  });
  return documentClient;
}

export function s3Client(): S3Client {
  // A local S3 server has no virtual-host DNS: address buckets by path there.
  s3 ??= new S3Client({ forcePathStyle: process.env['AWS_ENDPOINT_URL_S3'] !== undefined });
  return s3;
}

/** One SNS client for every function that publishes (urgent alerts, SLA notifications). */
export function snsClient(): SNSClient {
  sns ??= new SNSClient({});
  return sns;
}
