import { Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { HotlineConfig } from '../config/schema';
import { AppealRegister } from '../constructs/appeals/appeal-register';
import { AppealStore } from '../constructs/appeals/appeal-store';
import { ContactCenter } from '../constructs/connect/connect';
import { ContactRating } from '../constructs/connect/contact-rating';
import { RatingsStore } from '../constructs/connect/ratings-store';
import { ContactRecords } from '../constructs/contact-records/contact-records';
import { DataKey } from '../constructs/core/data-key';
import { QoldauHttpApi } from '../constructs/core/http-api';
import { REPO_ROOT } from '../constructs/core/qoldau-function';
import { AgentDesktop } from '../constructs/desktop/agent-desktop';
import { desktopAssets } from '../constructs/desktop/desktop-assets';
import { AccessRoles } from '../constructs/identity/access-roles';
import { addWhoAmI } from '../constructs/identity/who-am-i';
import { KnowledgeBase } from '../constructs/knowledge-base/knowledge-base';
import { Quality } from '../constructs/quality/quality';
import { Recordings } from '../constructs/recordings/recordings';
import { LiveQueue } from '../constructs/sla/live-queue';
import { SlaEngine } from '../constructs/sla/sla-engine';
import type { SlaTimers } from '../constructs/sla/sla-timers';

export interface HotlineStackProps extends StackProps {
  readonly config: HotlineConfig;
}

/**
 * Everything one hotline needs in one stage. The stack only composes constructs and passes references;
 * each capability lives in its own folder `infra/constructs/<capability>/`, named like `functions/<capability>/`.
 */
export class HotlineStack extends Stack {
  public readonly config: HotlineConfig;
  public readonly dataKey: DataKey;
  public readonly access: AccessRoles;
  public readonly api: QoldauHttpApi;
  public readonly appeals: AppealStore;
  public readonly appealRegister: AppealRegister;
  public readonly ratings: RatingsStore;
  public readonly sla: SlaEngine;
  public readonly slaTimers: SlaTimers;
  public readonly recordings: Recordings;
  public readonly contactRecords: ContactRecords;
  public readonly contactCenter: ContactCenter;
  public readonly knowledgeBase: KnowledgeBase;
  public readonly desktop: AgentDesktop;

  constructor(scope: Construct, id: string, props: HotlineStackProps) {
    super(scope, id, props);
    const { config } = props;
    this.config = config;
    Tags.of(this).add('qoldau:hotline', config.id);
    Tags.of(this).add('qoldau:stage', config.stage);

    this.dataKey = new DataKey(this, 'DataKey', { config });
    this.access = new AccessRoles(this, 'Access', { config });
    this.api = new QoldauHttpApi(this, 'Http', { config, roles: this.access });
    this.appeals = new AppealStore(this, 'AppealStore', { config, key: this.dataKey.key });
    this.ratings = new RatingsStore(this, 'RatingsStore', { config, key: this.dataKey.key });
    this.knowledgeBase = new KnowledgeBase(this, 'KnowledgeBase', {
      config,
      key: this.dataKey.key,
      api: this.api,
      access: this.access,
    });
    this.sla = new SlaEngine(this, 'Sla', {
      config,
      key: this.dataKey.key,
      api: this.api,
      appealsTable: this.appeals.table,
      ratingsTable: this.ratings.table,
    });
    this.slaTimers = this.sla.timers;
    this.recordings = new Recordings(this, 'Recordings', {
      config,
      key: this.dataKey.key,
      api: this.api,
      timers: this.slaTimers,
    });
    this.contactRecords = new ContactRecords(this, 'ContactRecords', {
      config,
      key: this.dataKey.key,
      api: this.api,
      stream: this.recordings.contactRecordStream,
    });

    this.appealRegister = new AppealRegister(this, 'AppealRegister', {
      config,
      key: this.dataKey.key,
      table: this.appeals.table,
      referralDirectory: this.knowledgeBase.table,
      alarmTopic: this.sla.notifications.topic,
      api: this.api,
      access: this.access,
      timers: this.slaTimers,
      calendar: this.sla.calendar,
    });

    this.contactCenter = new ContactCenter(this, 'ContactCenter', {
      config,
      key: this.dataKey.key,
      appealsTable: this.appeals.table,
      ratingsTable: this.ratings.table,
      storage: {
        bucket: this.recordings.bucket,
        key: this.dataKey.key,
        contactRecordStream: this.recordings.contactRecordStream,
      },
      ...(config.id === '111'
        ? { urgentEscalationFunction: this.appealRegister.urgentEscalationFunction }
        : {}),
    });
    this.sla.useConnectInstance(this.contactCenter.instance.instanceArn);
    new LiveQueue(this, 'LiveQueue', {
      config,
      api: this.api,
      instanceArn: this.contactCenter.instance.instanceArn,
    });

    // The operator's after-contact screen reads the rating where a post-call survey stores one.
    if (config.survey.enabled)
      new ContactRating(this, 'ContactRating', { config, api: this.api, ratingsTable: this.ratings.table });

    this.desktop = new AgentDesktop(this, 'Desktop', {
      config,
      access: this.access,
      api: this.api,
      instance: this.contactCenter.instance,
      assets: desktopAssets(REPO_ROOT),
    });
    this.appealRegister.identifyOperatorsWith(this.desktop.signIn.userPool);

    addWhoAmI(this, { config, api: this.api });

    new Quality(this, 'Quality', {
      config,
      key: this.dataKey.key,
      api: this.api,
      contactRecordStream: this.recordings.contactRecordStream,
      ratingsTable: this.ratings.table,
      recordingsBucket: this.recordings.bucket,
      auditTable: this.recordings.tables.audit,
      userPool: this.desktop.signIn.userPool,
      appealsTable: this.appeals.table,
    });
  }
}
