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
import {
  type AppealRecordExtras,
  appealFromItem,
  appealItem,
  type HistoryRecord,
  historyFromItem,
  historyItem,
  type StoredAppeal,
} from './appeal-items';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * The register's writes. Everything that must happen together happens in one DynamoDB transaction: an
 * appeal is created with its first history event and its de-duplication marker, a status change with
 * the events that explain it. Creation is conditional on the number being unused (a random number that
 * collides is drawn again) and on the marker being new (the same message delivered twice registers once);
 * changes are conditional on the version read, so two operators cannot overwrite each other.
 */

/** A claim that a submission (an e-mail, a web request with an idempotency key) is handled once. */
export interface MarkerClaim {
  readonly key: string;
  readonly outcome: 'registered' | 'threaded' | 'quarantined';
  /** Hash of the request body: a reused idempotency key with another body is refused. */
  readonly fingerprint?: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface Marker {
  readonly key: string;
  readonly outcome: MarkerClaim['outcome'];
  readonly number?: string;
  readonly state: 'pending' | 'done';
  readonly claimedAt: string;
  readonly fingerprint?: string;
  readonly [detail: string]: unknown;
}

export type CreateResult =
  | { readonly kind: 'created'; readonly appeal: StoredAppeal }
  | { readonly kind: 'duplicate'; readonly marker: Marker };

export type CommitResult =
  | { readonly kind: 'committed'; readonly appeal: StoredAppeal }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'duplicate'; readonly marker: Marker };

const MAX_NUMBER_DRAWS = 5;
const MAX_CONFLICT_ATTEMPTS = 4;

export class AppealRepository {
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
    const fields = { ...set, updatedAt: now, version: before.version + 1 };
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
      return { kind: 'committed', appeal: { ...before, ...fields } as StoredAppeal };
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
  ): Promise<void> {
    if (events.length === 0) return;
    const failed = await this.transact(this.eventPuts(number, events, eventExtra));
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

  /** A marker written on its own (a quarantined message has no appeal); false when it already existed. */
  async claim(marker: MarkerClaim): Promise<{ claimed: true } | { claimed: false; marker: Marker }> {
    const failed = await this.transact([this.markerPut(marker, undefined, new Date().toISOString())]);
    return failed === undefined
      ? { claimed: true }
      : { claimed: false, marker: await this.requireMarker(marker.key) };
  }

  async marker(key: string): Promise<Marker | undefined> {
    const { Item } = await dynamoDocuments().send(
      new GetCommand({ TableName: this.tableName, Key: appealKeys.dedupe(key), ConsistentRead: true }),
    );
    return Item as Marker | undefined;
  }

  /** Records that everything after the write (acknowledgement, timer) was done, and what came of it. */
  async completeMarker(key: string, details: Readonly<Record<string, unknown>> = {}): Promise<void> {
    const names: Record<string, string> = { '#state': 'state' };
    const values: Record<string, unknown> = { ':done': 'done' };
    const assignments = ['#state = :done'];
    Object.entries(details).forEach(([field, value], index) => {
      names[`#d${index}`] = field;
      values[`:d${index}`] = value;
      assignments.push(`#d${index} = :d${index}`);
    });
    await dynamoDocuments().send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: appealKeys.dedupe(key),
        UpdateExpression: `SET ${assignments.join(', ')}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
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

export type { AppealRecordExtras, StoredAppeal };
