import { Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { HotlineConfig } from '../config/schema';
import { AccessRoles } from '../constructs/access-roles';
import { AppealRegister } from '../constructs/appeal-register';
import { AppealStore } from '../constructs/appeal-store';
import { ContactCenter } from '../constructs/connect';
import { DataKey } from '../constructs/data-key';
import { AgentDesktop } from '../constructs/desktop/agent-desktop';
import { desktopAssets } from '../constructs/desktop/desktop-assets';
import { QoldauHttpApi } from '../constructs/http-api';
import { KnowledgeBase } from '../constructs/knowledge-base';
import { LiveQueue } from '../constructs/live-queue';
import { QoldauFunction, REPO_ROOT } from '../constructs/qoldau-function';
import { RatingsStore } from '../constructs/ratings-store';
import { Recordings } from '../constructs/recordings';
import { SlaEngine } from '../constructs/sla-engine';
import type { SlaTimers } from '../constructs/sla-timers';

export interface HotlineStackProps extends StackProps {
  readonly config: HotlineConfig;
}

/**
 * Everything one hotline needs in one stage. The stack only composes constructs and passes references;
 * each capability lives in its own construct under `infra/constructs/`.
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

    this.desktop = new AgentDesktop(this, 'Desktop', {
      config,
      access: this.access,
      api: this.api,
      instance: this.contactCenter.instance,
      assets: desktopAssets(REPO_ROOT),
    });

    const whoami = new QoldauFunction(this, 'WhoAmI', {
      entry: 'functions/identity/handler.ts',
      config,
      description: 'Tells a signed caller which hotline and role they act as',
    });
    this.api.route({
      method: 'GET',
      path: '/whoami',
      handler: whoami,
      allow: ['operator', 'supervisor', 'kbEditor', 'authority', 'webPortal'],
    });
  }
}
