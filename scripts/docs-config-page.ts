// Builds docs/configuration.md from `infra/config/`: the schema's `.describe()` texts and types, and the
// configuration each hotline gets by default in each stage (hotlines.ts merged with stages.ts).
import * as z from 'zod';
import { HotlineIdSchema } from '../contracts/hotlines';
import { loadConfig } from '../infra/config/load';
import { HotlineConfigSchema } from '../infra/config/schema';
import {
  type ConfigDefaults,
  type JsonSchema,
  renderConfigTables,
  replaceGenerated,
} from './docs-config-render';

/** The page, relative to the repository root. */
export const CONFIG_DOC_PATH = 'docs/configuration.md';

export function configJsonSchema(): JsonSchema {
  return z.toJSONSchema(HotlineConfigSchema, { io: 'input' }) as JsonSchema;
}

export function configDefaults(): ConfigDefaults {
  // 1414 first, as everywhere in the docs (the enum's own order puts numeric-looking keys first).
  const hotlines = [...HotlineIdSchema.options].sort((a, b) => b.length - a.length);
  return { hotlines, byStage: { dev: loadConfig({ stage: 'dev' }), prod: loadConfig({ stage: 'prod' }) } };
}

/** The page as it must be: `current` with its generated tables replaced. */
export function configPage(current: string): string {
  return replaceGenerated(current, renderConfigTables(configJsonSchema(), configDefaults()));
}
