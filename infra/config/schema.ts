import { z } from 'zod';
import { HotlineIdSchema, LanguageSchema } from '../../contracts/hotlines';
import { E164_PATTERN } from '../../contracts/phone';
import { instanceAlias, instanceAliasProblem } from './connect-alias';

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
      /** Use a number already claimed or ported into Connect (by its ARN): the safe way for a first deployment. */
      source: z.literal('import'),
      phoneNumberArn: z.string().startsWith('arn:'),
    }),
    z.object({
      /**
       * No Connect number yet (the default): nothing is claimed, the hotline is not reachable by phone and
       * synthesis warns. A failed claim would roll back the whole stack, deleting a new Connect instance
       * (instance creation is limited per 30 days), so a claim happens only where it is configured.
       */
      source: z.literal('pending'),
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

export const HotlineConfigSchema = z
  .object({
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
        z.object({
          source: z.literal('create'),
          /** Base of the alias; the instance's alias is `<alias>-<stage>[-<aliasSuffix>]` (`instanceAlias()`). */
          alias: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens'),
          /**
           * Makes the alias unique for a second deployer of the same stage (aliases are global:
           * `https://<alias>.my.connect.aws`). @default none
           */
          aliasSuffix: z
            .string()
            .regex(
              /^[a-z0-9]+(-[a-z0-9]+)*$/,
              'must be lower-case letters and digits, joined by single hyphens',
            )
            .optional(),
        }),
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
       * SES receipt rule set this hotline adds its rule to. SES keeps one active rule set per account and
       * region, so hotlines (and stages) deployed to one account and region must name the same one.
       * `managed: true`: qoldau creates and activates it if needed, and deletes it when the last rule leaves;
       * `false`: someone else's active rule set, never activated, deactivated or deleted by qoldau.
       */
      receiptRuleSet: z.object({
        name: z
          .string()
          .regex(
            /^[a-zA-Z0-9]([a-zA-Z0-9._-]{0,62}[a-zA-Z0-9])?$/,
            'must be 1-64 ASCII letters, digits, dots, underscores or hyphens, starting and ending with a letter or digit',
          ),
        managed: z.boolean(),
      }),
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
    /**
     * Another hotline callers can be transferred to. `phoneNumber` is that hotline's own Connect number in
     * E.164 (a published 8-800 or short number is usually not reachable from Connect, and every country the
     * instance calls needs an outbound allow-list). @default none: synthesis warns, callers are told the other
     * hotline cannot be reached and stay with this hotline's specialists
     */
    transferTarget: z.object({ hotline: HotlineIdSchema, phoneNumber: e164.optional() }).optional(),
    urgentEscalation: z.object({ recipients: z.array(RecipientSchema) }),
    reports: z.object({ recipients: z.array(RecipientSchema), scheduleCron: z.string() }),
    recordings: z.object({ retentionDays: z.number().int().positive(), objectLock: z.boolean() }),
    /** 111: callers may ask for confidentiality; data stays in this hotline's own key and buckets. */
    confidentiality: z.boolean(),
    /** Data-holding resources are retained on stack deletion in prod. */
    retainData: z.boolean(),
    logRetentionDays: z.number().int().positive(),
    alarmEmail: email.optional(),
  })
  .superRefine((config, ctx) => {
    const instance = config.connect.instance;
    if (instance.source !== 'create') return;
    const problem = instanceAliasProblem(instanceAlias(instance, config.stage));
    if (problem !== undefined)
      ctx.addIssue({ code: 'custom', path: ['connect', 'instance', 'alias'], message: problem });
  });
export type HotlineConfig = z.infer<typeof HotlineConfigSchema>;
