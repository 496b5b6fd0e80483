import { Annotations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { CallbackOffer, Family111Resources, Ucc1414Resources } from '../../../contact-flows/index';
import type { HotlineConfig } from '../../config/schema';
import { ConnectFlows, type HotlineFlowResources } from './connect-flows';
import { ConnectInstance, type ConnectStorageTargets } from './connect-instance';
import { ConnectLambdas } from './connect-lambdas';
import { acknowledgeConnectApiCalls } from './connect-nag';
import { ConnectPhoneNumbers } from './connect-phone-numbers';
import { ConnectPrompts } from './connect-prompts';
import { ConnectQuickConnects } from './connect-quick-connects';
import { ConnectRouting } from './connect-routing';

export interface ContactCenterProps {
  readonly config: HotlineConfig;
  /** The hotline key: the Lambdas' tables are encrypted with it. */
  readonly key: kms.IKey;
  readonly appealsTable: dynamodb.ITable;
  readonly ratingsTable: dynamodb.ITable;
  /** The recordings capability's bucket (with its key) and contact-record stream. */
  readonly storage: ConnectStorageTargets;
  /**
   * 111 only, and required there: the appeal register's function that registers an urgent appeal and
   * alerts the state bodies. @default none (1414 has no urgent branch)
   */
  readonly urgentEscalationFunction?: lambda.IFunction;
}

/** The callback offer the inbound flows make, from config `callback`; undefined when it is switched off. */
export function callbackOffer(config: Pick<HotlineConfig, 'callback'>): CallbackOffer | undefined {
  const { enabled, thresholdSeconds, initialDelaySeconds, retries, retryDelaySeconds } = config.callback;
  return enabled ? { thresholdSeconds, initialDelaySeconds, retries, retryDelaySeconds } : undefined;
}

/**
 * The hotline's Amazon Connect contact center: instance (created or imported) with recording and
 * contact-record storage, its phone numbers, 24/7 routing in the caller's language, the prompt library, the
 * flows' Lambdas, every flow of `contact-flows/` (every ARN inside a CDK token), the numbers' association
 * with the inbound flow, and quick connects for transfers.
 */
export class ContactCenter extends Construct {
  public readonly instance: ConnectInstance;
  public readonly phoneNumbers: ConnectPhoneNumbers;
  public readonly routing: ConnectRouting;
  public readonly prompts: ConnectPrompts;
  public readonly lambdas: ConnectLambdas;
  public readonly flows: ConnectFlows;
  public readonly quickConnects: ConnectQuickConnects;

  constructor(scope: Construct, id: string, props: ContactCenterProps) {
    super(scope, id);
    const { config } = props;
    this.instance = new ConnectInstance(this, 'Instance', { config, storage: props.storage });
    const { instanceArn } = this.instance;
    this.phoneNumbers = new ConnectPhoneNumbers(this, 'PhoneNumbers', { config, instanceArn });
    this.routing = new ConnectRouting(this, 'Routing', {
      config,
      instanceArn,
      ...(this.phoneNumbers.outboundCallerIdArn === undefined
        ? {}
        : { outboundCallerIdNumberArn: this.phoneNumbers.outboundCallerIdArn }),
    });
    this.prompts = new ConnectPrompts(this, 'Prompts', { hotline: config.id, instanceArn });
    this.lambdas = new ConnectLambdas(this, 'Lambdas', {
      config,
      key: props.key,
      appealsTable: props.appealsTable,
      ratingsTable: props.ratingsTable,
      instanceArn,
      ...(props.urgentEscalationFunction === undefined
        ? {}
        : { urgentEscalationFunction: props.urgentEscalationFunction }),
    });
    this.flows = new ConnectFlows(this, 'Flows', {
      instanceArn,
      flows: this.flowResources(config),
      after: this.lambdas.associations,
    });

    this.phoneNumbers.associateWith('main', this.flows.flow('main').attrContactFlowArn, instanceArn);
    this.quickConnects = new ConnectQuickConnects(this, 'QuickConnects', {
      config,
      instanceArn,
      queues: this.routing.queues,
      transferFlowArn: this.flows.flow('transfer').attrContactFlowArn,
      ...(config.id === '111' && config.transferTarget?.phoneNumber !== undefined
        ? { transferTo1414FlowArn: this.flows.flow('transferTo1414').attrContactFlowArn }
        : {}),
    });
    acknowledgeConnectApiCalls(this);
  }

  private flowResources(config: HotlineConfig): HotlineFlowResources {
    const routing = this.routing;
    const callback = callbackOffer(config);
    const common = {
      holdMusicPromptArn: this.prompts.holdMusicPromptArn,
      appealStatusLambdaArn: this.lambdas.appealStatus.functionArn,
      ...(callback === undefined ? {} : { callback }),
    };
    if (config.id === '1414') {
      const resources: Ucc1414Resources = {
        ...common,
        queueArns: { kk: routing.queueArn('kk'), ru: routing.queueArn('ru'), en: routing.queueArn('en') },
        promptArns: this.prompts.promptArns as Ucc1414Resources['promptArns'],
        surveyRatingLambdaArn: (this.lambdas.surveyRating as ConnectLambdas['appealStatus']).functionArn,
      };
      return { hotline: '1414', resources };
    }
    const ucc1414PhoneNumber = config.transferTarget?.phoneNumber;
    if (ucc1414PhoneNumber === undefined) {
      Annotations.of(this).addWarningV2(
        'qoldau:transfer-target-missing',
        'Hotline 111 has no transferTarget.phoneNumber: callers with state-services questions are told 1414 cannot be ' +
          'reached and stay with 111. Set it to 1414’s own Connect number in E.164 (not 8 800 080 7777) and request ' +
          'outbound calling to that country (docs/deploy-checklist.md).',
      );
    }
    const resources: Family111Resources = {
      ...common,
      queueArns: { kk: routing.queueArn('kk'), ru: routing.queueArn('ru') },
      promptArns: this.prompts.promptArns as Family111Resources['promptArns'],
      urgentEscalationLambdaArn: (this.lambdas.urgentEscalation as lambda.IFunction).functionArn,
      ucc1414PhoneNumber,
    };
    return { hotline: '111', resources };
  }
}
