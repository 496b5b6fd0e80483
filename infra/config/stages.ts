import type { Stage } from './schema';

/** Deep-partial override of a hotline's configuration. Arrays replace, objects merge. */
export type ConfigOverride = { readonly [key: string]: unknown };

/**
 * What differs between stages by default. `dev` keeps nothing when the stack is deleted and needs no real
 * mail domain; `prod` keeps every record. Ops add their own values through CDK context (see docs/configuration.md).
 */
export const stageDefaults: Readonly<Record<Stage, ConfigOverride>> = {
  dev: {
    retainData: false,
    logRetentionDays: 14,
    recordings: { objectLock: false },
  },
  prod: {
    retainData: true,
  },
};
