import { Duration } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { FLOW_LAMBDA_SECONDS } from '../../../contracts/connect-lambdas';
import type { HotlineConfig } from '../../config/schema';
import type { QoldauFunction } from '../core/qoldau-function';
import { type AppealFunctionContext, appealFunction } from './appeal-functions';

export interface UrgentTopicProps {
  readonly config: HotlineConfig;
  readonly key: kms.IKey;
}

/**
 * The hotline's urgent topic: every urgent case is published here at once (registration number, time,
 * channel: no personal data), for state bodies' systems and duty phones to subscribe. The configured
 * recipients (`urgentEscalation.recipients`) are also e-mailed directly by the register.
 */
export class UrgentTopic extends Construct {
  public readonly topic: sns.Topic;

  constructor(scope: Construct, id: string, props: UrgentTopicProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'Topic', {
      displayName: `qoldau ${props.config.id} urgent appeals`,
      masterKey: props.key,
      enforceSSL: true,
    });
  }
}

/**
 * The function the 111 contact flow invokes when a caller chooses "urgent": registers an urgent appeal
 * from the call and alerts the state bodies, within the time the flow waits for it (`FLOW_LAMBDA_SECONDS`).
 */
export class UrgentEscalation extends Construct {
  public readonly function: QoldauFunction;

  constructor(scope: Construct, id: string, context: AppealFunctionContext) {
    super(scope, id);
    this.function = appealFunction(this, 'IvrFunction', context, {
      entry: 'functions/appeals/urgent-ivr-handler.ts',
      description: 'Connect (111 IVR): registers an urgent appeal from the call and alerts state bodies',
      // No longer than the 111 flow waits (Connect allows 8 s): a run the flow gave up on is stopped, never
      // left to alert the state bodies after the caller was already sent down the error branch.
      timeout: Duration.seconds(FLOW_LAMBDA_SECONDS.urgentEscalation),
      profile: 'contactFlow',
      sendsMail: true,
      escalates: true,
      times: true,
    });
  }
}
