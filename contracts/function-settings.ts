import * as z from 'zod';
import { HotlineIdSchema, LanguageSchema } from './hotlines';

/**
 * Settings that CDK derives from the hotline configuration and hands to functions as one JSON environment
 * variable each, so the functions never read the configuration themselves. `infra` writes them, the
 * functions parse them at cold start: the schema is the contract between the two.
 */

const RecipientAddressSchema = z.object({ id: z.string().min(1), email: z.string().min(3) });

/**
 * How much of one inbound e-mail's attachments the register unpacks into the appeal's files; the rest
 * stays in the raw message (always kept) and a note on the appeal names it (`email.attachmentLimits`).
 */
export const AttachmentLimitsSchema = z.object({
  maxCount: z.number().int().positive().describe('files unpacked from one message at most'),
  maxTotalBytes: z
    .number()
    .int()
    .positive()
    .describe('bytes unpacked from one message at most, all files together'),
});
export type AttachmentLimits = z.infer<typeof AttachmentLimitsSchema>;

/** SES receives messages up to 40 MB; the first 20 files and 25 MiB of one are unpacked. */
export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = { maxCount: 20, maxTotalBytes: 25 * 1024 * 1024 };

/**
 * What the appeal register's functions need (`APPEAL_SETTINGS`): small enough for Lambda's 4 KB
 * environment. Recipients carry an id and an address only; names stay in the configuration.
 */
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
  attachmentLimits: AttachmentLimitsSchema.default(DEFAULT_ATTACHMENT_LIMITS),
});
export type AppealSettings = z.infer<typeof AppealSettingsSchema>;

/** The hotline's rules for recordings (`RECORDINGS_POLICY`). */
export const RecordingsPolicySchema = z.object({
  /** Hours to deliver from receipt of the request; null when each request names its own deadline (111). */
  requestHours: z.number().positive().nullable(),
  /** Days recordings are kept: index entries expire with them. */
  retentionDays: z.number().int().positive(),
});
export type RecordingsPolicy = z.infer<typeof RecordingsPolicySchema>;
