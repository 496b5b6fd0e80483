import { Duration, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { ENV } from '../../../contracts/env-names';
import type { HotlineConfig } from '../../config/schema';
import type { QoldauHttpApi } from '../core/http-api';
import { nagResourceName } from '../core/nag';
import { QoldauFunction } from '../core/qoldau-function';
import { acknowledgeKeyUse } from './sla-nag';

export interface LiveQueueProps {
  readonly config: HotlineConfig;
  readonly api: QoldauHttpApi;
  /** The hotline's Connect instance, whose queues are read. */
  readonly instanceArn: string;
}

/**
 * `GET /queues/live` for supervisors (the desktop's live queue figures): calls waiting, the oldest wait
 * against the hotline's target, operators available, from Connect's current metrics.
 */
export class LiveQueue extends Construct {
  public readonly handler: QoldauFunction;

  constructor(scope: Construct, id: string, props: LiveQueueProps) {
    super(scope, id);
    this.handler = new QoldauFunction(this, 'Handler', {
      entry: 'functions/sla/live-queue-handler.ts',
      config: props.config,
      description: 'Live queue figures: calls waiting, oldest wait against the target, operators available',
      timeout: Duration.seconds(10),
      environment: {
        [ENV.connectInstanceArn]: props.instanceArn,
        [ENV.averageWaitTargetSeconds]: String(props.config.sla.averageWaitTargetSeconds),
      },
    });
    const queues = `${props.instanceArn}/queue/*`;
    this.handler.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['connect:ListQueues', 'connect:GetCurrentMetricData'],
        resources: [props.instanceArn, queues],
      }),
    );
    acknowledgeKeyUse(this.handler);
    Validations.of(this.handler.role!).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${nagResourceName(this, queues)}]`,
      reason: 'Reads current metrics of the instance’s queues, which Connect names with generated ids.',
    });
    props.api.route({ method: 'GET', path: '/queues/live', handler: this.handler, allow: ['supervisor'] });
  }
}
