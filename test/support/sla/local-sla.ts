import { randomInt } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { appealKeys } from '../../../contracts/keys/appeal-keys';
import { localResources } from '../runtime';

/**
 * Helpers for integration tests of the SLA engine against the shared local runtime: where its tables and
 * state machines are, appeals to time, history to read, and the local clock to skip ahead.
 */

export interface SlaTestEnvironment {
  readonly apiUrl: string;
  readonly documents: DynamoDBDocumentClient;
  /** Step Functions client of the local stand-in. */
  readonly sfn: SFNClient;
  readonly appealsTable: string;
  readonly qualityTable: string;
  readonly ratingsTable: string;
  /** Absent until the recordings capability creates its requests table. */
  readonly recordingRequestsTable: string | undefined;
  readonly appealTimer: string;
  readonly recordingTimer: string;
}

function tableLike(tables: Record<string, string>, prefix: RegExp, what: string): string {
  const entry = Object.entries(tables).find(([logicalId]) => prefix.test(logicalId));
  if (!entry)
    throw new Error(`No ${what} table in the local runtime (logical ids: ${Object.keys(tables).join(', ')})`);
  return entry[1];
}

/**
 * Finds the hotline's tables and timers, and points the SLA adapters (`timers.ts`) at the runtime as the
 * runtime does for its own functions (call `useAdapterCredentials()` too before calling the adapters).
 */
export async function slaTestEnvironment(apiUrl: string, hotline = '1414'): Promise<SlaTestEnvironment> {
  const resources = await localResources(apiUrl);
  const tables = resources.hotlines[hotline]?.tables ?? {};
  const machines = (await (await fetch(`${apiUrl}/_local/states/machines`)).json()) as {
    machines: Array<{ hotline: string; arn: string; slaTimer?: string }>;
  };
  const timer = (kind: string) => {
    const found = machines.machines.find(
      (machine) => machine.hotline === hotline && machine.slaTimer === kind,
    );
    if (!found) throw new Error(`No ${kind} SLA timer for hotline ${hotline} in the local runtime`);
    return found.arn;
  };
  const recordingRequests = Object.entries(tables).find(([logicalId]) =>
    /Recording.*Requests/.test(logicalId),
  );
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const environment: SlaTestEnvironment = {
    apiUrl,
    documents: DynamoDBDocumentClient.from(
      new DynamoDBClient({ endpoint: resources.dynamoEndpoint, region: resources.region, credentials }),
    ),
    sfn: new SFNClient({ endpoint: `${apiUrl}/_aws/states`, region: resources.region, credentials }),
    appealsTable: tableLike(tables, /^AppealStoreTable/, 'appeals'),
    qualityTable: tableLike(tables, /^SlaQualityTable/, 'SLA quality'),
    ratingsTable: tableLike(tables, /^RatingsStoreTable/, 'ratings'),
    recordingRequestsTable: recordingRequests?.[1],
    appealTimer: timer('appeal'),
    recordingTimer: timer('recording'),
  };
  Object.assign(process.env, {
    AWS_REGION: resources.region,
    AWS_ENDPOINT_URL_DYNAMODB: resources.dynamoEndpoint,
    AWS_ENDPOINT_URL_SFN: `${apiUrl}/_aws/states`,
    APPEALS_TABLE: environment.appealsTable,
    QUALITY_TABLE: environment.qualityTable,
    APPEAL_SLA_STATE_MACHINE: environment.appealTimer,
    RECORDING_SLA_STATE_MACHINE: environment.recordingTimer,
    ...(environment.recordingRequestsTable
      ? { RECORDING_REQUESTS_TABLE: environment.recordingRequestsTable }
      : {}),
  });
  return environment;
}

/**
 * Lets the adapters' SDK clients sign (the local engines accept any key). The API client would then sign
 * with these keys too, so a test file either calls the adapters or the API as a role, not both.
 */
export function useAdapterCredentials(): void {
  process.env['AWS_ACCESS_KEY_ID'] = 'local';
  process.env['AWS_SECRET_ACCESS_KEY'] = 'local';
}

/** A registration number no other test uses (the SLA engine does not check the check digit). */
export function uniqueAppealNumber(hotline = '1414'): string {
  return `${hotline === '1414' ? '14' : '11'}${String(randomInt(0, 10 ** 11)).padStart(11, '0')}`;
}

export interface TestAppeal {
  readonly number: string;
  readonly receivedAt: string;
  readonly deadline: string;
  readonly status?: string;
  readonly channel?: string;
}

/** Writes an appeal item the way the appeal register keeps it (only the fields the SLA engine reads). */
export async function putAppeal(env: SlaTestEnvironment, appeal: TestAppeal): Promise<void> {
  const status = appeal.status ?? 'registered';
  await env.documents.send(
    new PutCommand({
      TableName: env.appealsTable,
      Item: {
        ...appealKeys.appeal(appeal.number),
        number: appeal.number,
        status,
        channel: appeal.channel ?? 'email',
        receivedAt: appeal.receivedAt,
        deadline: appeal.deadline,
        gsi1pk: appealKeys.statusIndex.pk(status),
        gsi1sk: appeal.receivedAt,
      },
    }),
  );
}

export interface HistoryItem {
  readonly type: string;
  readonly at: string;
  readonly [detail: string]: unknown;
}

export async function historyOf(env: SlaTestEnvironment, number: string): Promise<HistoryItem[]> {
  const result = await env.documents.send(
    new QueryCommand({
      TableName: env.appealsTable,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :history)',
      ExpressionAttributeValues: {
        ':pk': appealKeys.appeal(number).pk,
        ':history': appealKeys.historyPrefix,
      },
    }),
  );
  return (result.Items ?? []) as HistoryItem[];
}

/** Polls until `check` returns a value (state machines run on their own); fails with `what` after a while. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface AdvanceRequest {
  readonly to?: string;
  readonly all?: boolean;
  readonly executionArn?: string;
  readonly stateMachineArn?: string;
}

export interface LocalExecutionView {
  readonly executionArn: string;
  readonly name: string;
  readonly status: string;
  readonly waitingUntil?: string;
}

/** Skips time on the local Step Functions clock (`POST /_local/states/advance`). */
export async function advanceClock(
  env: SlaTestEnvironment,
  request: AdvanceRequest,
): Promise<LocalExecutionView[]> {
  const response = await fetch(`${env.apiUrl}/_local/states/advance`, {
    method: 'POST',
    body: JSON.stringify(request),
  });
  if (!response.ok) throw new Error(`advance failed: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { executions: LocalExecutionView[] }).executions;
}

export interface PublishedMessage {
  readonly subject?: string;
  readonly message: string;
  readonly attributes: Record<string, string>;
}

/** Notifications published locally whose text mentions `needle` (a registration number, a request id). */
export async function notificationsAbout(
  env: SlaTestEnvironment,
  needle: string,
): Promise<PublishedMessage[]> {
  const response = await fetch(`${env.apiUrl}/_local/sns/messages`);
  const { messages } = (await response.json()) as { messages: PublishedMessage[] };
  // Numbers are shown in groups (1452-8391-0274-6): compare without the dashes.
  const plain = (text: string) => text.replace(/-/g, '');
  return messages.filter((message) =>
    plain(`${message.subject ?? ''} ${message.message}`).includes(plain(needle)),
  );
}
