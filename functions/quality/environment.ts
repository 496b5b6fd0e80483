import * as z from 'zod';
import { HotlineIdSchema } from '../../contracts/hotlines';
import type { QualitySettings } from '../../contracts/quality';
import { ENV, readEnv } from '../shared/env';

const SettingsSchema = z.object({
  samplePerOperator: z.number().int().min(0),
  lowRatingAtMost: z.number().int().min(1).max(5),
  summaryFrom: z.string(),
  summaryTo: z.array(z.string()),
}) satisfies z.ZodType<QualitySettings>;

export interface QualityEnvironment {
  readonly hotline: z.infer<typeof HotlineIdSchema>;
  readonly table: string;
  readonly ratingsTable: string;
  readonly settings: QualitySettings;
}

/** The quality functions' environment, read once at cold start. */
export function readQualityEnvironment(): QualityEnvironment {
  const env = readEnv([ENV.hotline, ENV.evaluationsTable, ENV.ratingsTable, ENV.qualitySettings]);
  return {
    hotline: HotlineIdSchema.parse(env[ENV.hotline]),
    table: env[ENV.evaluationsTable],
    ratingsTable: env[ENV.ratingsTable],
    settings: SettingsSchema.parse(JSON.parse(env[ENV.qualitySettings])),
  };
}

/** What the scorecard reads besides: the appeal register, for the appeals each operator registered. */
export interface ScorecardEnvironment extends QualityEnvironment {
  readonly appealsTable: string;
}

/** The API's and the weekly summary's environment, read once at cold start. */
export function readScorecardEnvironment(): ScorecardEnvironment {
  return { ...readQualityEnvironment(), appealsTable: readEnv([ENV.appealsTable])[ENV.appealsTable] };
}
