import { type Duration, Stack } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { ENV } from '../../../contracts/env-names';
import { referralPk } from '../../../contracts/keys/knowledge-base-keys';
import type { HotlineConfig } from '../../config/schema';
import { bindBucket, bindSettings, bindTable, bindTableItems, bindTopic } from '../core/bind';
import type { FunctionProfile } from '../core/function-bundling';
import { QoldauFunction } from '../core/qoldau-function';
import {
  acknowledgeBucketObjects,
  acknowledgeRegisterGrants,
  acknowledgeTimerExecutions,
} from './appeal-nag';
import { appealSettingsOf } from './appeal-settings';

/** What the register's functions need of the SLA engine: start and stop an appeal's timer. */
export interface AppealTimers {
  readonly appealTimer: sfn.IStateMachine;
  grantStart(fn: QoldauFunction, kind: 'appeal'): void;
}

/** The working-day calendar ops edit (`SlaCalendar`): deadlines are counted with it. */
export interface AppealCalendar {
  grantRead(fn: QoldauFunction): void;
}

export interface AppealFunctionContext {
  readonly config: HotlineConfig;
  readonly table: dynamodb.ITable;
  readonly attachments: s3.IBucket;
  readonly timers: AppealTimers;
  readonly urgentTopic: sns.ITopic;
  /** @default the calendar shipped with the code */
  readonly calendar?: AppealCalendar;
}

export interface AppealFunctionProps {
  readonly entry: string;
  readonly description: string;
  readonly timeout?: Duration;
  readonly memorySize?: number;
  /** @default 'standard' */
  readonly profile?: FunctionProfile;
  /** @default false */
  readonly sendsMail?: boolean;
  /** Publishes urgent cases. @default false */
  readonly escalates?: boolean;
  /** Starts or stops SLA timers. @default false */
  readonly times?: boolean;
  /** Writes appeal attachments. @default false */
  readonly storesFiles?: boolean;
  /** @default 'readWrite' */
  readonly tableAccess?: 'read' | 'readWrite';
}

/**
 * One function of the appeal register, bound to what it uses and nothing more: the register's table, the
 * settings (`APPEAL_SETTINGS`), and by choice the attachments bucket, SES sending from the hotline's
 * address, the urgent topic and the SLA timers.
 */
export function appealFunction(
  scope: Construct,
  id: string,
  context: AppealFunctionContext,
  props: AppealFunctionProps,
): QoldauFunction {
  const { config } = context;
  const fn = new QoldauFunction(scope, id, {
    entry: props.entry,
    config,
    description: props.description,
    ...(props.timeout ? { timeout: props.timeout } : {}),
    ...(props.memorySize ? { memorySize: props.memorySize } : {}),
    ...(props.profile ? { profile: props.profile } : {}),
  });
  bindSettings(fn, ENV.appealSettings, appealSettingsOf(config));
  bindTable(fn, ENV.appealsTable, context.table, props.tableAccess ?? 'readWrite');
  acknowledgeRegisterGrants(fn, context.table);
  if (props.storesFiles) {
    bindBucket(fn, ENV.attachmentsBucket, context.attachments, 'write');
    acknowledgeBucketObjects(
      fn,
      context.attachments,
      'Attachments are stored under a key per appeal and file.',
    );
  }
  if (props.sendsMail) grantSendFrom(fn, config.email.fromAddress);
  if (props.escalates) bindTopic(fn, ENV.urgentTopic, context.urgentTopic);
  if (props.times) {
    context.timers.grantStart(fn, 'appeal');
    context.calendar?.grantRead(fn);
    acknowledgeTimerExecutions(fn, context.timers.appealTimer);
  }
  return fn;
}

/** SES may send as the hotline's sender address, verified as an address or through its domain. */
function grantSendFrom(fn: QoldauFunction, fromAddress: string): void {
  const stack = Stack.of(fn);
  const domain = fromAddress.split('@')[1] ?? fromAddress;
  fn.addToRolePolicy(
    new iam.PolicyStatement({
      actions: ['ses:SendEmail', 'ses:SendRawEmail'],
      resources: [fromAddress, domain].map((identity) =>
        stack.formatArn({ service: 'ses', resource: 'identity', resourceName: identity }),
      ),
      conditions: { StringEquals: { 'ses:FromAddress': fromAddress } },
    }),
  );
}

/**
 * Reads bodies of the referral directory by id, and nothing else of the knowledge base: `GetItem` on its
 * table limited to `REFERRAL#` partitions (no articles, feedback, indexes or scans), and decrypting with the
 * key the table is encrypted with.
 */
export function bindReferralDirectory(fn: QoldauFunction, knowledgeTable: dynamodb.ITable): void {
  const key = knowledgeTable.encryptionKey;
  bindTableItems(
    fn,
    ENV.knowledgeTable,
    knowledgeTable,
    [{ actions: ['dynamodb:GetItem'], leadingKeys: [`${referralPk('')}*`] }],
    key ? { key, actions: ['kms:Decrypt'] } : undefined,
  );
}
