import type { EventEmitter } from 'node:events';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { HotlineId } from '../contracts/hotlines';
import type { CredentialsFile } from './auth/identities';
import type { EngineKeys } from './engines/engine-keys';
import type { Gateway } from './gateway/server';
import type { PhysicalNames } from './intrinsics';
import type { LambdaHost } from './lambda/host';
import type { StackModel } from './template-model';

export interface LocalStack {
  readonly model: StackModel;
  readonly names: PhysicalNames;
}

/** Everything a local service (simulated SES, Step Functions, Connect...) may use. */
export interface LocalContext {
  readonly url: string;
  readonly dataDir: string;
  readonly stacks: ReadonlyMap<HotlineId, LocalStack>;
  readonly lambdas: LambdaHost;
  readonly gateway: Gateway;
  readonly dynamo: DynamoDBClient;
  readonly dynamoEndpoint: string;
  readonly s3Endpoint: string;
  /** The engines' key pair (this data folder's own): local services sign S3 requests with it. */
  readonly engineKeys: EngineKeys;
  readonly credentials: CredentialsFile;
  /** Environment every local function gets: endpoints of the local engines, region, credentials. */
  readonly functionBaseEnv: Readonly<Record<string, string>>;
  /**
   * In-process events between local services, e.g. `'contact-record'` (hotline, Connect CTR) emitted by the
   * Connect simulator and consumed by the Kinesis stand-in and the Connect metrics stand-in.
   */
  readonly events: EventEmitter;
  log(message: string): void;
}

/**
 * A piece of the local runtime standing in for an AWS service or trigger (SES receiving, Step Functions,
 * Kinesis, schedules, Connect). It reads what it needs from the synthesized templates in `context.stacks`.
 */
export interface LocalService {
  readonly name: string;
  start(context: LocalContext): Promise<void>;
  /** Loads sample content into a fresh data folder (skipped with `--no-seed`). */
  seed?(context: LocalContext): Promise<void>;
  stop?(): Promise<void>;
}
