import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { HotlineConfig } from '../../config/schema';
import type { QoldauHttpApi } from '../core/http-api';
import { QualityDashboard } from './quality-dashboard';
import { SlaCalendar } from './sla-calendar';
import { SlaNotifications } from './sla-notifications';
import { SlaQualityReport } from './sla-quality-report';
import { SlaQualityStore } from './sla-quality-store';
import { SlaTimers } from './sla-timers';
import { WaitTimeMonitoring } from './wait-time-monitoring';

export interface SlaEngineProps {
  readonly config: HotlineConfig;
  readonly key: kms.IKey;
  readonly api: QoldauHttpApi;
  readonly appealsTable: dynamodb.ITable;
  readonly ratingsTable: dynamodb.ITable;
  /** @default - none yet: call `useConnectInstance` when the Connect instance exists */
  readonly connectInstanceArn?: string;
}

/**
 * The SLA engine of a hotline: timers with reminders and escalation, the editable working-day calendar,
 * wait-time monitoring with its alarm, the quality dashboard and the quality report route.
 */
export class SlaEngine extends Construct {
  public readonly notifications: SlaNotifications;
  public readonly quality: SlaQualityStore;
  public readonly timers: SlaTimers;
  public readonly calendar: SlaCalendar;
  public readonly monitoring: WaitTimeMonitoring;
  public readonly dashboard: QualityDashboard;
  public readonly report: SlaQualityReport;

  constructor(scope: Construct, id: string, props: SlaEngineProps) {
    super(scope, id);
    const { config, key } = props;
    this.notifications = new SlaNotifications(this, 'Notifications', { config, key });
    this.quality = new SlaQualityStore(this, 'Quality', { config, key });
    this.timers = new SlaTimers(this, 'Timers', {
      config,
      appealsTable: props.appealsTable,
      qualityTable: this.quality.table,
      topic: this.notifications.topic,
    });
    this.calendar = new SlaCalendar(this, 'Calendar', {
      config,
      key,
      api: props.api,
      appealsTable: props.appealsTable,
      timers: this.timers,
    });
    this.monitoring = new WaitTimeMonitoring(this, 'Monitoring', {
      config,
      topic: this.notifications.topic,
      appealsTable: props.appealsTable,
      ratingsTable: props.ratingsTable,
      qualityTable: this.quality.table,
      ...(props.connectInstanceArn ? { connectInstanceArn: props.connectInstanceArn } : {}),
    });
    this.dashboard = new QualityDashboard(this, 'Dashboard', {
      config,
      waitAlarm: this.monitoring.waitAlarm,
    });
    this.report = new SlaQualityReport(this, 'Report', {
      config,
      api: props.api,
      appealsTable: props.appealsTable,
      ratingsTable: props.ratingsTable,
      qualityTable: this.quality.table,
    });
  }

  /** Starts collecting Connect's queue metrics once the hotline's Connect instance exists. */
  useConnectInstance(instanceArn: string): void {
    this.monitoring.useConnectInstance(instanceArn);
  }
}
