import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { ENV } from '../../../contracts/env-names';
import type { HotlineConfig } from '../../config/schema';
import { bindTable } from '../core/bind';
import type { QoldauHttpApi } from '../core/http-api';
import { QoldauFunction } from '../core/qoldau-function';
import { acknowledgeIndexes, acknowledgeKeyUse } from './sla-nag';

export interface SlaQualityReportProps {
  readonly config: HotlineConfig;
  readonly api: QoldauHttpApi;
  /** Read through its byStatus index for the appeals open and overdue now. */
  readonly appealsTable: dynamodb.ITable;
  readonly ratingsTable: dynamodb.ITable;
  readonly qualityTable: dynamodb.ITable;
}

/** `GET /reports/quality?from=&to=` for supervisors: the figures of the dashboard, from our own tables. */
export class SlaQualityReport extends Construct {
  public readonly handler: QoldauFunction;

  constructor(scope: Construct, id: string, props: SlaQualityReportProps) {
    super(scope, id);
    this.handler = new QoldauFunction(this, 'Handler', {
      entry: 'functions/sla/quality-report-handler.ts',
      config: props.config,
      description:
        'Quality report: calls and wait against the target, open and overdue appeals, SLA met %, ratings',
      timeout: Duration.seconds(29),
      environment: { [ENV.averageWaitTargetSeconds]: String(props.config.sla.averageWaitTargetSeconds) },
    });
    bindTable(this.handler, ENV.appealsTable, props.appealsTable, 'read');
    acknowledgeIndexes(this.handler, props.appealsTable, 'Counts open appeals through the byStatus index.');
    bindTable(this.handler, ENV.ratingsTable, props.ratingsTable, 'read');
    bindTable(this.handler, ENV.qualityTable, props.qualityTable, 'read');
    acknowledgeKeyUse(this.handler);
    props.api.route({
      method: 'GET',
      path: '/reports/quality',
      handler: this.handler,
      allow: ['supervisor'],
    });
    // The desktop's backlog: open appeals with their deadlines, urgent ones awaiting acknowledgement.
    props.api.route({
      method: 'GET',
      path: '/reports/backlog',
      handler: this.handler,
      allow: ['supervisor'],
    });
  }
}
