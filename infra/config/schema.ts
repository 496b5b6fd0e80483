import { z } from 'zod';
import { AttachmentLimitsSchema } from '../../contracts/function-settings';
import { HotlineIdSchema, LanguageSchema } from '../../contracts/hotlines';
import { E164_PATTERN } from '../../contracts/phone';

export const StageSchema = z.enum(['dev', 'prod']);
export type Stage = z.infer<typeof StageSchema>;

const e164 = z.string().regex(E164_PATTERN, 'must be an E.164 number such as +77172000000');
const email = z.string().regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'must be an e-mail address');
const origin = z
  .string()
  .regex(/^https:\/\/[a-z0-9.-]+(:\d+)?$/, 'must be an https origin such as https://www.1414.kz');

/**
 * A number callers dial. Connect may sell no Kazakh numbers, so a published short number (1414, 111) or
 * 8-800 number is usually routed by the carrier to a number that Connect does hold (`connectNumber`).
 */
export const PhoneNumberSchema = z.object({
  /** ASCII label, also the construct id: stable, never a counter. */
  label: z.string().regex(/^[a-z0-9-]+$/),
  /** What callers dial, as published (for example `1414` or `8 800 080 7777`). */
  published: z.string().min(2),
  /** How the Connect side of the number is obtained. */
  connect: z.discriminatedUnion('source', [
    z.object({
      /** Claim a new number from Connect's inventory in this country and type. */
      source: z.literal('claim'),
      countryCode: z.string().length(2),
      type: z.enum(['DID', 'TOLL_FREE', 'THIRD_PARTY_DID', 'THIRD_PARTY_TF']),
      prefix: z
        .string()
        .regex(/^\+\d+$/)
        .optional(),
    }),
    z.object({
      /** Use a number already claimed or ported into Connect (by its ARN). */
      source: z.literal('import'),
      phoneNumberArn: z.string().startsWith('arn:'),
    }),
  ]),
  /** True when the carrier forwards `published` to the Connect number (the usual case in Kazakhstan). */
  carrierRouted: z.boolean(),
});
export type PhoneNumberConfig = z.infer<typeof PhoneNumberSchema>;

export const RecipientSchema = z.object({
  /** Short ASCII id used in history records (never the person's name). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['state-body', 'childrens-ombudsman', 'regional-ombudsman', 'ici-operator', 'supervisor']),
  name: z.string().min(2),
  email,
  /** E.164 number operators can transfer a caller to (a Connect quick connect); none: e-mail only. */
  phone: e164.optional(),
});

export const HotlineConfigSchema = z.object({
  id: HotlineIdSchema,
  stage: StageSchema,
  /** ASCII, used in resource names and metric dimensions. */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  displayName: z.object({ kk: z.string(), ru: z.string(), en: z.string() }),
  env: z.object({
    account: z
      .string()
      .regex(/^\d{12}$/)
      .optional(),
    region: z.string().regex(/^[a-z]{2}-[a-z]+-\d$/),
  }),
  languages: z.array(LanguageSchema).min(1),
  defaultLanguage: LanguageSchema,
  /** Both hotlines work round the clock; kept explicit so hours of operation come from config. */
  hours: z.literal('24/7'),
  connect: z.object({
    instance: z.discriminatedUnion('source', [
      z.object({ source: z.literal('create'), alias: z.string().regex(/^[a-z0-9-]{1,45}$/) }),
      z.object({ source: z.literal('import'), instanceArn: z.string().startsWith('arn:') }),
    ]),
    phoneNumbers: z.array(PhoneNumberSchema),
  }),
  email: z.object({
    /** Addresses whose mail SES receives and registers as appeals of this hotline. */
    inboundAddresses: z.array(email),
    /** Sender of acknowledgements and notifications (a verified SES identity). */
    fromAddress: email,
    /**
     * How much of one message's attachments is unpacked into the appeal's files; the rest stays in the
     * raw message (always kept) and a note on the appeal names it.
     * @default 20 files, 25 MiB together
     */
    attachmentLimits: AttachmentLimitsSchema.optional(),
  }),
  web: z.object({ origins: z.array(origin).min(1) }),
  survey: z.object({ enabled: z.boolean() }),
  sla: z.object({
    /** Working days to answer an e-mail or web appeal (Kazakhstan calendar). */
    answerWorkingDays: z.number().int().positive(),
    /** Hours to deliver a recording to the authorized body; `null`: the request names its deadline. */
    recordingRequestHours: z.number().positive().nullable(),
    /** Minutes within which state bodies must acknowledge an urgent case. */
    urgentAckMinutes: z.number().int().positive(),
    averageWaitTargetSeconds: z.number().int().positive(),
    /** Fractions of the time to the deadline at which assignees are reminded. */
    reminderFractions: z.array(z.number().gt(0).lt(1)),
  }),
  /** Another hotline callers can be transferred to, by its E.164 Connect number. */
  transferTarget: z.object({ hotline: HotlineIdSchema, phoneNumber: e164 }).optional(),
  urgentEscalation: z.object({ recipients: z.array(RecipientSchema) }),
  reports: z.object({ recipients: z.array(RecipientSchema), scheduleCron: z.string() }),
  recordings: z.object({ retentionDays: z.number().int().positive(), objectLock: z.boolean() }),
  /** 111: callers may ask for confidentiality; data stays in this hotline's own key and buckets. */
  confidentiality: z.boolean(),
  /** Data-holding resources are retained on stack deletion in prod. */
  retainData: z.boolean(),
  logRetentionDays: z.number().int().positive(),
  alarmEmail: email.optional(),
});
export type HotlineConfig = z.infer<typeof HotlineConfigSchema>;
