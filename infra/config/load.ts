import type * as z from 'zod';
import type { HotlineId } from '../../contracts/hotlines';
import { type HotlineDefaults, hotlineDefaults } from './hotlines';
import { type HotlineConfig, HotlineConfigSchema, StageSchema } from './schema';
import { sharedAccountProblems } from './shared-account';
import { type ConfigOverride, stageDefaults } from './stages';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Inputs of the configuration, as read once at the app entry (CDK context or the local runtime). */
export interface ConfigInput {
  /** `dev` or `prod`; `-c stage=prod`. */
  readonly stage?: unknown;
  /** Per-hotline overrides, e.g. from `-c qoldau:1414='{"env":{"account":"123456789012"}}'` or cdk.json. */
  readonly overrides?: Partial<Record<HotlineId, unknown>>;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; arrays and scalars replace. */
export function deepMerge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = deepMerge(base[key], value);
  return merged;
}

function parseOverride(hotline: HotlineId, raw: unknown): ConfigOverride {
  if (raw === undefined) return {};
  const value = typeof raw === 'string' ? safeJson(hotline, raw) : raw;
  if (!isPlainObject(value)) throw new ConfigError(`Override for hotline ${hotline} must be a JSON object`);
  return value;
}

function safeJson(hotline: HotlineId, raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new ConfigError(`Override for hotline ${hotline} is not valid JSON: ${(error as Error).message}`);
  }
}

function formatIssues(hotline: HotlineId, error: z.ZodError): string {
  const lines = error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return `Invalid configuration of hotline ${hotline}:\n${lines.join('\n')}`;
}

/** Builds and validates the configuration of both hotlines for one stage. Throws `ConfigError` with every problem. */
export function loadConfig(input: ConfigInput = {}): Record<HotlineId, HotlineConfig> {
  const stageResult = StageSchema.safeParse(input.stage ?? 'dev');
  if (!stageResult.success) {
    throw new ConfigError(`Unknown stage ${JSON.stringify(input.stage)}: use -c stage=dev or -c stage=prod`);
  }
  const stage = stageResult.data;
  const build = (hotline: HotlineId, defaults: HotlineDefaults): HotlineConfig => {
    const merged = deepMerge(
      deepMerge({ ...defaults, stage }, stageDefaults[stage]),
      parseOverride(hotline, input.overrides?.[hotline]),
    );
    const result = HotlineConfigSchema.safeParse(merged);
    if (!result.success) throw new ConfigError(formatIssues(hotline, result.error));
    return checkConsistency(result.data);
  };
  const configs = {
    '1414': build('1414', hotlineDefaults['1414']),
    '111': build('111', hotlineDefaults['111']),
  };
  const problems = sharedAccountProblems(configs['1414'], configs['111']);
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return configs;
}

function checkConsistency(config: HotlineConfig): HotlineConfig {
  if (!config.languages.includes(config.defaultLanguage)) {
    throw new ConfigError(
      `Invalid configuration of hotline ${config.id}: defaultLanguage ${config.defaultLanguage} is not one of languages [${config.languages.join(', ')}]`,
    );
  }
  const labels = new Set<string>();
  for (const number of config.connect.phoneNumbers) {
    if (labels.has(number.label)) {
      throw new ConfigError(
        `Invalid configuration of hotline ${config.id}: phone number label ${number.label} is used twice`,
      );
    }
    labels.add(number.label);
  }
  return config;
}

/** The stack name of a hotline and stage, e.g. `Qoldau-1414-dev`. */
export function stackName(config: Pick<HotlineConfig, 'id' | 'stage'>): string {
  return `Qoldau-${config.id}-${config.stage}`;
}
