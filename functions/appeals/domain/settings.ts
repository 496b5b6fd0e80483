import { type AppealSettings, AppealSettingsSchema } from '../../../contracts/function-settings';

export type { AppealSettings };

/** Reads the settings from their JSON; a bad value names what is wrong, so a misconfigured function fails fast. */
export function parseAppealSettings(json: string): AppealSettings {
  const result = AppealSettingsSchema.safeParse(JSON.parse(json));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`APPEAL_SETTINGS is invalid: ${problems.join('; ')}`);
  }
  return result.data;
}
