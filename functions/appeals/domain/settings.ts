import { z } from 'zod';
import { type HotlineConfig, HotlineIdSchema, LanguageSchema } from '../../../infra/config/schema';
import { DEFAULT_ATTACHMENT_LIMITS } from './attachment-limits';

/**
 * What the appeal register's functions need of the hotline's configuration, passed to them as one JSON
 * environment variable (`APPEAL_SETTINGS`): small enough for Lambda's 4 KB environment, validated at cold
 * start. Recipients carry an id and an address only; names stay in the configuration.
 */
const RecipientAddressSchema = z.object({ id: z.string().min(1), email: z.string().min(3) });

export const AppealSettingsSchema = z.object({
  hotline: HotlineIdSchema,
  hotlineName: z.object({ kk: z.string(), ru: z.string(), en: z.string() }),
  languages: z.array(LanguageSchema).min(1),
  defaultLanguage: LanguageSchema,
  confidential: z.boolean(),
  answerWorkingDays: z.number().int().positive(),
  /** Minutes the state bodies have to acknowledge an urgent case, round the clock (`sla.urgentAckMinutes`). */
  urgentAckMinutes: z.number().int().positive(),
  /** Sender of acknowledgements, notices and reports. */
  fromAddress: z.string().min(3),
  /** Addresses whose mail is registered; mail from them is our own coming back. */
  inboundAddresses: z.array(z.string()),
  urgentRecipients: z.array(RecipientAddressSchema),
  reportRecipients: z.array(RecipientAddressSchema),
  /** How much of one e-mail's attachments is unpacked (`email.attachmentLimits`). */
  attachmentLimits: z
    .object({ maxCount: z.number().int().positive(), maxTotalBytes: z.number().int().positive() })
    .default(DEFAULT_ATTACHMENT_LIMITS),
});
export type AppealSettings = z.infer<typeof AppealSettingsSchema>;

export function appealSettingsOf(config: HotlineConfig): AppealSettings {
  const addresses = (recipients: HotlineConfig['reports']['recipients']) =>
    recipients.map(({ id, email }) => ({ id, email }));
  return {
    hotline: config.id,
    hotlineName: config.displayName,
    languages: config.languages,
    defaultLanguage: config.defaultLanguage,
    confidential: config.confidentiality,
    answerWorkingDays: config.sla.answerWorkingDays,
    urgentAckMinutes: config.sla.urgentAckMinutes,
    fromAddress: config.email.fromAddress,
    inboundAddresses: config.email.inboundAddresses,
    urgentRecipients: addresses(config.urgentEscalation.recipients),
    reportRecipients: addresses(config.reports.recipients),
    attachmentLimits: config.email.attachmentLimits ?? DEFAULT_ATTACHMENT_LIMITS,
  };
}

/** Reads the settings from their JSON; a bad value names what is wrong, so a misconfigured function fails fast. */
export function parseAppealSettings(json: string): AppealSettings {
  const result = AppealSettingsSchema.safeParse(JSON.parse(json));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`APPEAL_SETTINGS is invalid: ${problems.join('; ')}`);
  }
  return result.data;
}
