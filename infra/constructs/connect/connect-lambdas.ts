import { Duration, Stack } from 'aws-cdk-lib';
import * as connect from 'aws-cdk-lib/aws-connect';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { FLOW_LAMBDA_SECONDS } from '../../../contracts/connect-lambdas';
import { ENV } from '../../../contracts/env-names';
import { appealKeys } from '../../../contracts/keys/appeal-keys';
import type { HotlineConfig } from '../../config/schema';
import { bindTableItems } from '../core/bind';
import { QoldauFunction } from '../core/qoldau-function';
import { CONNECT_METADATA, type LambdaMetadata } from './connect-metadata';

/** The hotline key: read items, and write the rate counters and ratings encrypted with it. */
const KEY_ACTIONS = ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'];
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
      // No longer than the flow waits for it: Lambda stops a slow run before the flow gives up on it.
      timeout: Duration.seconds(FLOW_LAMBDA_SECONDS.appealStatus),
      profile: 'contactFlow',
    });
    bindTableItems(
      this.appealStatus,
      ENV.appealsTable,
      props.appealsTable,
      [
        { actions: ['dynamodb:GetItem'], leadingKeys: [APPEAL_ITEMS] },
        { actions: ['dynamodb:UpdateItem'], leadingKeys: [IVR_RATE_ITEMS] },
        { actions: ['dynamodb:GetItem', 'dynamodb:PutItem'], leadingKeys: [IVR_RATE_SECRET] },
      ],
      { key, actions: KEY_ACTIONS },
    );

    if (config.id === '1414') {
      this.surveyRating = new QoldauFunction(this, 'SurveyRating', {
        entry: 'functions/connect/survey-rating-handler.ts',
        config,
        description: "Post-call survey: stores the caller's rating of the consultation",
        timeout: Duration.seconds(FLOW_LAMBDA_SECONDS.surveyRating),
        profile: 'contactFlow',
      });
      bindTableItems(
        this.surveyRating,
        ENV.ratingsTable,
        props.ratingsTable,
        [{ actions: ['dynamodb:PutItem'] }],
        { key, actions: KEY_ACTIONS },
      );
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
}
