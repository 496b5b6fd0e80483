import { App, Stack, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { HotlineId } from '../../../contracts/hotlines';
import { deepMerge, loadConfig } from '../../../infra/config/load';
import { type HotlineConfig, HotlineConfigSchema } from '../../../infra/config/schema';
import { AppealStore } from '../../../infra/constructs/appeals/appeal-store';
import { ContactCenter } from '../../../infra/constructs/connect/connect';
import { RatingsStore } from '../../../infra/constructs/connect/ratings-store';
import { DataKey } from '../../../infra/constructs/core/data-key';
import { QoldauFunction } from '../../../infra/constructs/core/qoldau-function';
import { RecordingStorage } from '../../../infra/constructs/recordings/recordings-storage';

export interface ContactCenterStackOptions {
  /** Deep-merged into the hotline's dev configuration. */
  readonly override?: Record<string, unknown>;
  /** Give 111 an urgent-escalation function (a stand-in: any QoldauFunction will do for the template). */
  readonly urgentEscalation?: boolean;
  readonly nag?: boolean;
}

export function hotlineConfig(hotline: HotlineId, override: Record<string, unknown> = {}): HotlineConfig {
  return HotlineConfigSchema.parse(deepMerge(loadConfig()[hotline], override));
}

/** A stack with only the contact center and what it needs, for infra tests of either hotline. */
export function contactCenterStack(hotline: HotlineId, options: ContactCenterStackOptions = {}) {
  const config = hotlineConfig(hotline, options.override);
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new Stack(app, `ContactCenter${hotline}`, { env: { region: config.env.region } });
  const key = new DataKey(stack, 'DataKey', { config }).key;
  const appeals = new AppealStore(stack, 'AppealStore', { config, key });
  const ratings = new RatingsStore(stack, 'RatingsStore', { config, key });
  const storage = new RecordingStorage(stack, 'RecordingStorage', { config, key });
  const urgentEscalationFunction = options.urgentEscalation
    ? new QoldauFunction(stack, 'UrgentEscalation', {
        entry: 'functions/identity/handler.ts',
        config,
        description: 'stand-in for the appeal register urgent escalation',
      })
    : undefined;
  const center = new ContactCenter(stack, 'ContactCenter', {
    config,
    key,
    appealsTable: appeals.table,
    ratingsTable: ratings.table,
    storage: { bucket: storage.bucket, key, contactRecordStream: storage.contactRecordStream },
    ...(urgentEscalationFunction === undefined ? {} : { urgentEscalationFunction }),
  });
  if (options.nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack, config, center, urgentEscalationFunction, template: () => Template.fromStack(stack) };
}
