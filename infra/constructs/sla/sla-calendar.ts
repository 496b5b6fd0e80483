import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { ENV } from '../../../contracts/env-names';
import type { HotlineConfig } from '../../config/schema';
import { bindTable } from '../core/bind';
import { HotlineTable, SORT_KEY } from '../core/hotline-table';
import type { QoldauHttpApi } from '../core/http-api';
import { QoldauFunction } from '../core/qoldau-function';
import { acknowledgeIndexes, acknowledgeKeyUse, acknowledgeParameterRoute } from './sla-nag';
import type { SlaTimers } from './sla-timers';

export interface SlaCalendarProps {
  readonly config: HotlineConfig;
  readonly key: kms.IKey;
  readonly api: QoldauHttpApi;
  readonly appealsTable: dynamodb.ITable;
  readonly timers: SlaTimers;
}

/**
 * The working-day calendar ops edit without a deploy: a table of per-year files overriding the shipped
 * ones, `GET /calendar/{year}` for operators and supervisors, and `PUT /calendar/{year}` for supervisors,
 * which also moves the deadlines of open appeals the edit changes. `grantRead(fn)` lets a function count
 * deadlines with `loadEffectiveCalendar()`.
 */
export class SlaCalendar extends Construct {
  public readonly table: dynamodb.Table;
  public readonly handler: QoldauFunction;

  constructor(scope: Construct, id: string, props: SlaCalendarProps) {
    super(scope, id);
    const { config } = props;
    this.table = new HotlineTable(this, 'Table', {
      config: config,
      key: props.key,
      sortKey: SORT_KEY,
    });

    this.handler = new QoldauFunction(this, 'Handler', {
      entry: 'functions/sla/calendar-handler.ts',
      config,
      description: 'Working-day calendar: read a year, replace it and move the deadlines of open appeals',
      // Rescheduling walks the open appeals; API Gateway waits at most 30 seconds.
      timeout: Duration.seconds(29),
      environment: { [ENV.slaAnswerWorkingDays]: String(config.sla.answerWorkingDays) },
    });
    bindTable(this.handler, ENV.calendarTable, this.table, 'readWrite');
    bindTable(this.handler, ENV.appealsTable, props.appealsTable, 'readWrite');
    props.timers.grantStart(this.handler, 'appeal');
    acknowledgeIndexes(this.handler, props.appealsTable, 'Queries the byStatus index for open appeals.');
    acknowledgeKeyUse(this.handler);

    props.api.route({
      method: 'GET',
      path: '/calendar/{year}',
      handler: this.handler,
      allow: ['operator', 'supervisor'],
    });
    props.api.route({
      method: 'PUT',
      path: '/calendar/{year}',
      handler: this.handler,
      allow: ['supervisor'],
    });
    acknowledgeParameterRoute(this, props.api, 'GET', '/calendar/{year}');
    acknowledgeParameterRoute(this, props.api, 'PUT', '/calendar/{year}');
  }

  /** Lets `fn` read the calendar (`loadEffectiveCalendar()` in `functions/sla/adapters/calendar-store.ts`). */
  grantRead(fn: QoldauFunction): void {
    bindTable(fn, ENV.calendarTable, this.table, 'read');
  }
}
