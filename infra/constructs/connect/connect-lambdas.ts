import { Duration, Stack } from 'aws-cdk-lib';
import * as connect from 'aws-cdk-lib/aws-connect';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { ENV } from '../../../contracts/env-names';
import { appealKeys } from '../../../contracts/keys/appeal-keys';
import type { HotlineConfig } from '../../config/schema';
import { QoldauFunction } from '../core/qoldau-function';
import { CONNECT_METADATA, type LambdaMetadata } from './connect-metadata';

/** Connect waits at most 8 s for a Lambda; ours answer in milliseconds, and the flows wait 3-5 s. */
const CONNECT_LAMBDA_TIMEOUT = Duration.seconds(5);
/** Keys the IVR may touch in the appeal register: appeal items (read) and its own rate items (count). */
const APPEAL_ITEMS = `${appealKeys.appeal('').pk}*`;
const IVR_RATE_ITEMS = `${appealKeys.rate('ivr-status-', '').pk.replace(/#$/, '')}*`;
/** The secret that keys those rate items: read, and created once by whichever cold start comes first. */
const IVR_RATE_SECRET = appealKeys.secret('ivr-status').pk;

export interface ConnectLambdasProps {
  readonly config: HotlineConfig;
  readonly key: kms.IKey;
  readonly appealsTable: dynamodb.ITable;
  readonly ratingsTable: dynamodb.ITable;
  readonly instanceArn: string;
  /** 111: registers an urgent appeal and alerts the state bodies (the appeal register's function). */
  readonly urgentEscalationFunction?: lambda.IFunction;
}

/**
 * The Lambdas the flows invoke: appealStatus (both hotlines), surveyRating (1414's post-call survey) and the
 * appeal register's urgentEscalation (111). Each is associated with the instance and lets only this
 * instance invoke it.
 */
export class ConnectLambdas extends Construct {
  public readonly appealStatus: QoldauFunction;
  public readonly surveyRating: QoldauFunction | undefined;
  public readonly urgentEscalation: lambda.IFunction | undefined;
  /** The integration associations: flows that name these functions must be created after them. */
  public readonly associations: readonly connect.CfnIntegrationAssociation[];

  constructor(scope: Construct, id: string, props: ConnectLambdasProps) {
    super(scope, id);
    const { config, key } = props;
    if (config.id === '111' && props.urgentEscalationFunction === undefined) {
      throw new Error(
        'Hotline 111 needs urgentEscalationFunction: its main flow alerts the state bodies on urgent calls. ' +
          'Pass the appeal register’s urgent-escalation function to ContactCenter.',
      );
    }

    this.appealStatus = new QoldauFunction(this, 'AppealStatus', {
      entry: 'functions/connect/appeal-status-handler.ts',
      config,
      description: 'IVR: status and dates of an appeal by its registration number',
      timeout: CONNECT_LAMBDA_TIMEOUT,
    });
    this.appealStatus.addEnvironment(ENV.appealsTable, props.appealsTable.tableName);
    this.allowItems(this.appealStatus, props.appealsTable, ['dynamodb:GetItem'], APPEAL_ITEMS);
    this.allowItems(this.appealStatus, props.appealsTable, ['dynamodb:UpdateItem'], IVR_RATE_ITEMS);
    this.allowItems(
      this.appealStatus,
      props.appealsTable,
      ['dynamodb:GetItem', 'dynamodb:PutItem'],
      IVR_RATE_SECRET,
    );
    key.grant(this.appealStatus, 'kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey');

    if (config.id === '1414') {
      this.surveyRating = new QoldauFunction(this, 'SurveyRating', {
        entry: 'functions/connect/survey-rating-handler.ts',
        config,
        description: "Post-call survey: stores the caller's rating of the consultation",
        timeout: CONNECT_LAMBDA_TIMEOUT,
      });
      this.surveyRating.addEnvironment(ENV.ratingsTable, props.ratingsTable.tableName);
      this.surveyRating.addToRolePolicy(
        new iam.PolicyStatement({ actions: ['dynamodb:PutItem'], resources: [props.ratingsTable.tableArn] }),
      );
      key.grant(this.surveyRating, 'kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey');
    } else {
      this.surveyRating = undefined;
    }
    this.urgentEscalation = props.urgentEscalationFunction;

    const associations: connect.CfnIntegrationAssociation[] = [];
    const integrate = (name: string, fn: lambda.IFunction | undefined) => {
      if (fn === undefined) return;
      const association = new connect.CfnIntegrationAssociation(this, `${name}Integration`, {
        instanceId: props.instanceArn,
        integrationType: 'LAMBDA_FUNCTION',
        integrationArn: fn.functionArn,
      });
      const contractName = `${name.charAt(0).toLowerCase()}${name.slice(1)}`;
      association.addMetadata(CONNECT_METADATA.lambda, { name: contractName } satisfies LambdaMetadata);
      associations.push(association);
      fn.addPermission('InvokedByConnectInstance', {
        principal: new iam.ServicePrincipal('connect.amazonaws.com'),
        sourceArn: props.instanceArn,
        sourceAccount: Stack.of(this).account,
      });
    };
    integrate('AppealStatus', this.appealStatus);
    integrate('SurveyRating', this.surveyRating);
    integrate('UrgentEscalation', this.urgentEscalation);
    this.associations = associations;
  }

  /** Item-level access: only items whose partition key matches `leadingKey`, on the table itself (no indexes). */
  private allowItems(
    fn: QoldauFunction,
    table: dynamodb.ITable,
    actions: string[],
    leadingKey: string,
  ): void {
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions,
        resources: [table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [leadingKey] } },
      }),
    );
  }
}
