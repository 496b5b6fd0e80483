import { randomUUID } from 'node:crypto';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { appealKeys } from '../../../contracts/keys/appeal-keys';
import { dynamoDocuments } from '../../shared/aws-clients';
import type { AppealEvent } from '../domain/appeal';
import { APPEAL_STATUSES } from '../domain/appeal';
import type { RateWindow } from '../domain/rate-limit';
import type { ReportedAppeal, ReportPeriod } from '../domain/report';
import type {
  AppealStore,
  CommitResult,
  CreateResult,
  Marker,
  MarkerClaim,
  MarkerCompletion,
  QuarantineEntry,
} from '../ports';
import {
  type AppealRecordExtras,
  appealFromItem,
  appealItem,
  type HistoryRecord,
  historyFromItem,
  historyItem,
  type StoredAppeal,
} from './appeal-items';
import { countRequest } from './rate-counter';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * The register's writes. Everything that must happen together happens in one DynamoDB transaction: an
 * appeal is created with its first history event and its de-duplication marker, a status change with
 * the events that explain it. Creation is conditional on the number being unused (a random number that
 * collides is drawn again) and on the marker being new (the same message delivered twice registers once);
 * changes are conditional on the version read, so two operators cannot overwrite each other.
 */

const MAX_NUMBER_DRAWS = 5;
const MAX_CONFLICT_ATTEMPTS = 4;

export class DynamoAppealStore implements AppealStore {
  constructor(readonly tableName: string) {}

  async get(number: string): Promise<StoredAppeal | undefined> {
    const { Item } = await dynamoDocuments().send(
      new GetCommand({ TableName: this.tableName, Key: appealKeys.appeal(number), ConsistentRead: true }),
    );
    return Item ? appealFromItem(Item) : undefined;
  }

  /** The appeal's history, oldest first. */
  async history(number: string): Promise<HistoryRecord[]> {
    const records: HistoryRecord[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await dynamoDocuments().send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: {
            ':pk': appealKeys.appeal(number).pk,
            ':prefix': appealKeys.historyPrefix,
          },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) records.push(historyFromItem(item));
      start = page.LastEvaluatedKey;
    } while (start);
    return records;
  }

  /**
   * Writes a new appeal with its first events, under a number from `drawNumber` that is not yet in use.
   * With a marker, a submission already handled gives `duplicate` and the marker as stored.
   */
  async create(
    draft: Omit<StoredAppeal, 'number' | 'version' | 'updatedAt'>,
    drawNumber: () => string,
    marker?: MarkerClaim,
    eventExtra: (event: AppealEvent) => Record<string, unknown> = () => ({}),
  ): Promise<CreateResult> {
    for (let draw = 0; draw < MAX_NUMBER_DRAWS; draw += 1) {
      const number = drawNumber();
      const now = new Date().toISOString();
      const appeal: StoredAppeal = { ...draft, number, version: 1, updatedAt: now } as StoredAppeal;
      const items: TransactItem[] = [
        {
          Put: {
            TableName: this.tableName,
            Item: appealItem(appeal),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        ...(marker ? [this.markerPut(marker, number, now)] : []),
        ...this.eventPuts(number, draft.history, eventExtra),
      ];
      const failed = await this.transact(items);
      if (failed === undefined) return { kind: 'created', appeal };
      if (marker && failed.includes(1))
        return { kind: 'duplicate', marker: await this.requireMarker(marker.key) };
      if (!failed.includes(0)) throw new Error(`Registering an appeal failed on items ${failed.join(', ')}`);
      // The number is taken (about one chance in a thousand with ten million appeals): draw again.
    }
    throw new Error(`No unused registration number after ${MAX_NUMBER_DRAWS} draws`);
  }

  /**
   * Saves a change of an appeal read at `before.version`: the fields in `set` and the events. `conflict`
   * when someone changed it meanwhile; `duplicate` when the marker was already claimed.
   */
  async commit(
    before: StoredAppeal,
    set: Readonly<Record<string, unknown>>,
    events: readonly AppealEvent[],
    options: { marker?: MarkerClaim; eventExtra?: (event: AppealEvent) => Record<string, unknown> } = {},
  ): Promise<CommitResult> {
    const now = new Date().toISOString();
    // A new status moves the appeal in the byStatus index too: the key layout stays in this adapter.
    const listed =
      typeof set['status'] === 'string' ? { gsi1pk: appealKeys.statusIndex.pk(set['status']) } : {};
    const fields = { ...set, ...listed, updatedAt: now, version: before.version + 1 };
    const names: Record<string, string> = { '#version': 'version' };
    const values: Record<string, unknown> = { ':expected': before.version };
    const assignments = Object.entries(fields).map(([field, value], index) => {
      names[`#f${index}`] = field;
      values[`:v${index}`] = value;
      return `#f${index} = :v${index}`;
    });
    const items: TransactItem[] = [
      {
        Update: {
          TableName: this.tableName,
          Key: appealKeys.appeal(before.number),
          UpdateExpression: `SET ${assignments.join(', ')}`,
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      },
      ...(options.marker ? [this.markerPut(options.marker, before.number, now)] : []),
      ...this.eventPuts(before.number, events, options.eventExtra),
    ];
    const failed = await this.transact(items);
    if (failed === undefined) {
      const { gsi1pk: _listed, ...changed } = fields as Record<string, unknown>;
      return { kind: 'committed', appeal: { ...before, ...changed } as StoredAppeal };
    }
    if (options.marker && failed.includes(1)) {
      return { kind: 'duplicate', marker: await this.requireMarker(options.marker.key) };
    }
    if (failed.includes(0)) return { kind: 'conflict' };
    throw new Error(`Saving appeal changes failed on items ${failed.join(', ')}`);
  }

  /** Events that do not change the appeal's state (acknowledgements, correspondence, notices). */
  async append(
    number: string,
    events: readonly AppealEvent[],
    eventExtra?: (event: AppealEvent) => Record<string, unknown>,
    options: { readonly completeMarker?: MarkerCompletion } = {},
  ): Promise<void> {
    if (events.length === 0) return;
    const completion = options.completeMarker
      ? [{ Update: this.markerCompletion(options.completeMarker) }]
      : [];
    const failed = await this.transact([...this.eventPuts(number, events, eventExtra), ...completion]);
    if (failed !== undefined) throw new Error('Appending history failed');
  }

  /**
   * Starts the urgent appeal's acknowledgement clock once: when the state bodies were alerted and when their
   * acknowledgement is due. A repeated escalation keeps the first clock; the clock as stored is returned.
   */
  async startUrgentClock(
    number: string,
    escalatedAt: string,
    deadline: string,
  ): Promise<{ escalatedAt: string; deadline: string }> {
    const { Attributes } = await dynamoDocuments().send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: appealKeys.appeal(number),
        UpdateExpression:
          'SET urgentEscalatedAt = if_not_exists(urgentEscalatedAt, :at), urgentAckDeadline = if_not_exists(urgentAckDeadline, :deadline)',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':at': escalatedAt, ':deadline': deadline },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return {
      escalatedAt: String(Attributes?.['urgentEscalatedAt'] ?? escalatedAt),
      deadline: String(Attributes?.['urgentAckDeadline'] ?? deadline),
    };
  }

  /**
   * A quarantined message: a marker of its own (it has no appeal), listed with the register's other work
   * queues (`STATUS#quarantined` in the byStatus index). False when the same message was quarantined before.
   */
  async quarantine(entry: QuarantineEntry): Promise<boolean> {
    const { key, ...details } = entry;
    const marker: MarkerClaim = {
      key,
      outcome: 'quarantined',
      details: { ...details, gsi1pk: appealKeys.statusIndex.pk('quarantined'), gsi1sk: entry.receivedAt },
    };
    const failed = await this.transact([this.markerPut(marker, undefined, new Date().toISOString())]);
    return failed === undefined;
  }

  /** Counts one status lookup in the caller's window; the count so far. */
  countRequest(window: RateWindow): Promise<number> {
    return countRequest(this.tableName, window);
  }

  async marker(key: string): Promise<Marker | undefined> {
    const { Item } = await dynamoDocuments().send(
      new GetCommand({ TableName: this.tableName, Key: appealKeys.dedupe(key), ConsistentRead: true }),
    );
    return Item as Marker | undefined;
  }

  /** Records that everything after the write (acknowledgement, timer) was done, and what came of it. */
  async completeMarker(key: string, details: Readonly<Record<string, unknown>> = {}): Promise<void> {
    await dynamoDocuments().send(new UpdateCommand(this.markerCompletion({ key, details })));
  }

  /** The update that records a marker as done, alone or inside a transaction. */
  private markerCompletion({ key, details = {} }: MarkerCompletion) {
    const names: Record<string, string> = { '#state': 'state' };
    const values: Record<string, unknown> = { ':done': 'done' };
    const assignments = ['#state = :done'];
    Object.entries(details).forEach(([field, value], index) => {
      names[`#d${index}`] = field;
      values[`:d${index}`] = value;
      assignments.push(`#d${index} = :d${index}`);
    });
    return {
      TableName: this.tableName,
      Key: appealKeys.dedupe(key),
      UpdateExpression: `SET ${assignments.join(', ')}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    };
  }

  /** Appeals received in the period, from the byStatus index: one query per status, by receipt time. */
  async receivedIn(period: ReportPeriod): Promise<ReportedAppeal[]> {
    const appeals: ReportedAppeal[] = [];
    for (const status of APPEAL_STATUSES) {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await dynamoDocuments().send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: appealKeys.statusIndex.name,
            KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
            ExpressionAttributeValues: {
              ':pk': appealKeys.statusIndex.pk(status),
              ':from': period.from,
              ':to': period.to,
            },
            ExclusiveStartKey: start,
          }),
        );
        for (const item of page.Items ?? []) {
          // BETWEEN includes its upper bound; the period does not.
          if (item['gsi1sk'] === period.to) continue;
          appeals.push({
            hotline: item['hotline'],
            channel: item['channel'],
            status: item['status'],
            receivedAt: item['receivedAt'],
            ...(item['topic'] ? { topic: item['topic'] } : {}),
            ...(item['deadline'] ? { deadline: item['deadline'] } : {}),
            ...(item['answeredAt'] ? { answeredAt: item['answeredAt'] } : {}),
          } as ReportedAppeal);
        }
        start = page.LastEvaluatedKey;
      } while (start);
    }
    return appeals;
  }

  private async requireMarker(key: string): Promise<Marker> {
    const found = await this.marker(key);
    if (!found) throw new Error('A de-duplication marker reported as existing could not be read');
    return found;
  }

  private markerPut(marker: MarkerClaim, number: string | undefined, now: string): TransactItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: {
          ...appealKeys.dedupe(marker.key),
          kind: 'dedupe',
          key: marker.key,
          outcome: marker.outcome,
          state: 'pending',
          claimedAt: now,
          ...(number ? { number } : {}),
          ...(marker.fingerprint ? { fingerprint: marker.fingerprint } : {}),
          ...marker.details,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }

  private eventPuts(
    number: string,
    events: readonly AppealEvent[],
    eventExtra: (event: AppealEvent) => Record<string, unknown> = () => ({}),
  ): TransactItem[] {
    return events.map((event, index) => ({
      Put: {
        TableName: this.tableName,
        Item: historyItem(number, event, index, randomUUID(), eventExtra(event)),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    }));
  }

  /**
   * Runs a transaction; undefined when it went through, else the indexes of the items whose condition
   * failed. A transaction cancelled only because another one touched the same item is tried again.
   */
  private async transact(items: TransactItem[]): Promise<number[] | undefined> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await dynamoDocuments().send(new TransactWriteCommand({ TransactItems: items }));
        return undefined;
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const reasons = error.CancellationReasons ?? [];
        const failed = reasons.flatMap((reason, index) =>
          reason.Code === 'ConditionalCheckFailed' ? [index] : [],
        );
        if (failed.length > 0) return failed;
        if (attempt >= MAX_CONFLICT_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
      }
    }
  }
}

export type {
  AppealRecordExtras,
  AppealStore,
  CommitResult,
  CreateResult,
  Marker,
  MarkerClaim,
  StoredAppeal,
};
