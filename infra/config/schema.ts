import * as z from 'zod';
import { AttachmentLimitsSchema } from '../../contracts/function-settings';
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
 * Each field's `.describe()` text is the documentation: `npm run docs:config` writes it to docs/configuration.md.
 */
export const PhoneNumberSchema = z.object({
  label: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('ASCII label, also the construct id: stable, never a counter'),
  published: z
    .string()
    .min(2)
    .describe('what callers dial, as published (for example `1414` or `8 800 080 7777`)'),
  connect: z
    .discriminatedUnion('source', [
      z
        .object({
          source: z.literal('claim'),
          countryCode: z.string().length(2).describe('ISO country code of the number to claim'),
          type: z
            .enum(['DID', 'TOLL_FREE', 'THIRD_PARTY_DID', 'THIRD_PARTY_TF'])
            .describe('Connect number type to claim'),
          prefix: z
            .string()
            .regex(/^\+\d+$/)
            .optional()
            .describe('leading digits the claimed number must have'),
        })
        .describe("claim a new number from Connect's inventory in this country and type"),
      z
        .object({
          source: z.literal('import'),
          phoneNumberArn: z.string().startsWith('arn:').describe('ARN of the number in Connect'),
        })
        .describe(
          'use a number already claimed or ported into Connect (by its ARN): the safe way for a first deployment',
        ),
      z
        .object({ source: z.literal('pending') })
        .describe(
          'no Connect number yet (the default): nothing is claimed and synthesis warns; a failed claim would roll back the stack and delete a new instance',
        ),
    ])
    .describe(
      'how the Connect number behind the published one is obtained: `claim` one or `import` one by ARN',
    ),
  carrierRouted: z
    .boolean()
    .describe('true when the Kazakh carrier forwards `published` to the Connect number (the usual case)'),
});
export type PhoneNumberConfig = z.infer<typeof PhoneNumberSchema>;

/** A person or body that gets notices (urgent cases, reports). */
export const RecipientSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe("short ASCII id used in history records (never the person's name)"),
  kind: z
    .enum(['state-body', 'childrens-ombudsman', 'regional-ombudsman', 'ici-operator', 'supervisor'])
    .describe('what kind of recipient this is'),
  name: z.string().min(2).describe('name shown in notices and history'),
  email: email.describe('address notices are sent to'),
  phone: e164
    .optional()
    .describe('E.164 number operators can transfer a caller to (a Connect quick connect); none: e-mail only'),
});

/**
 * Queued callback instead of waiting (Connect's CreateCallbackContact): above the threshold the inbound flow
 * offers it before queuing, and the callback contact joins the same queue the caller would have waited in.
 */
export const CallbackSchema = z
  .object({
    enabled: z
      .boolean()
      .describe(
        'Offer callers a callback instead of waiting when the queue is slow. 1414: on. 111: off by default, ' +
          'because calling a number back can endanger a caller whose phone is in an abuser’s hands; a 111 ' +
          'operator may still choose to call back from the desktop.',
      ),
    thresholdSeconds: z
      .number()
      .int()
      .positive()
      .describe(
        'Offer the callback when the queue’s expected wait (estimated wait time, else the oldest waiting ' +
          'call’s age) is above this many seconds. Default 40, the average-wait target of the 1414 rules.',
      ),
    initialDelaySeconds: z
      .number()
      .int()
      .min(1)
      .max(259_200)
      .describe(
        'Seconds before the callback contact enters the queue (Connect: 1 to 259200), time for the caller ' +
          'to hang up. Kept short so the callback keeps the caller’s place.',
      ),
    retries: z
      .number()
      .int()
      .min(1)
      .max(10)
      .describe(
        'How many more times Connect dials when the callback is not answered (MaximumConnectionAttempts).',
      ),
    retryDelaySeconds: z
      .number()
      .int()
      .min(1)
      .max(259_200)
      .describe('Seconds between an unanswered callback attempt and the next one (Connect: 1 to 259200).'),
    callerIdName: z
      .string()
      .regex(/^[A-Za-z0-9 .-]{1,40}$/)
      .describe(
        'Caller ID name the callback shows (ASCII). The number shown is the queue’s outbound caller ID, ' +
          'the hotline’s own Connect number.',
      ),
  })
  .describe('Callback instead of waiting in the queue (see docs/callback-and-staffing.md).');
export type CallbackConfig = z.infer<typeof CallbackSchema>;

/** One hotline's configuration for one stage. Every field is documented by its `.describe()` text. */
export const HotlineConfigSchema = z
  .object({
    id: HotlineIdSchema.describe('the hotline'),
    stage: StageSchema.describe(
      '`dev` (data destroyed with the stack, short log retention) or `prod` (data retained); set with `-c stage=`',
    ),
    slug: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe('ASCII, used in resource names and metric dimensions'),
    displayName: z
      .object({
        kk: z.string().describe('name in Kazakh'),
        ru: z.string().describe('name in Russian'),
        en: z.string().describe('name in English'),
      })
      .describe("the hotline's name in each language"),
    env: z
      .object({
        account: z
          .string()
          .regex(/^\d{12}$/)
          .optional()
          .describe('AWS account the stack goes to; none: the account of the credentials in use'),
        region: z
          .string()
          .regex(/^[a-z]{2}-[a-z]+-\d$/)
          .describe('AWS region the stack goes to (Connect and SES e-mail receiving must both exist there)'),
      })
      .describe('where the stack goes'),
    languages: z.array(LanguageSchema).min(1).describe('languages callers may choose'),
    defaultLanguage: LanguageSchema.describe(
      'language of callers who choose none; must be one of `languages`',
    ),
    hours: z
      .literal('24/7')
      .describe(
        'hours of operation; both hotlines work round the clock, kept explicit so Connect hours come from config',
      ),
    connect: z
      .object({
        instance: z
          .discriminatedUnion('source', [
            z
              .object({
                source: z.literal('create'),
                alias: z
                  .string()
                  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens')
                  .describe(
                    'base of the Connect instance alias; the alias is `<alias>-<stage>[-<aliasSuffix>]` (global: `https://<alias>.my.connect.aws`), at most 45 characters',
                  ),
                aliasSuffix: z
                  .string()
                  .regex(
                    /^[a-z0-9]+(-[a-z0-9]+)*$/,
                    'must be lower-case letters and digits, joined by single hyphens',
                  )
                  .optional()
                  .describe(
                    'makes the alias unique for a second deployer of the same stage; none by default',
                  ),
              })
              .describe('create a new Connect instance'),
            z
              .object({
                source: z.literal('import'),
                instanceArn: z.string().startsWith('arn:').describe('ARN of the existing instance'),
              })
              .describe('use an existing Connect instance'),
          ])
          .describe('the Connect instance: `create` one or `import` one by ARN'),
        phoneNumbers: z.array(PhoneNumberSchema).describe('numbers callers dial, each tied to the main flow'),
      })
      .describe('the Amazon Connect contact center'),
    email: z
      .object({
        inboundAddresses: z
          .array(email)
          .describe('addresses whose mail SES receives and registers as appeals'),
        fromAddress: email.describe('sender of acknowledgements and notifications (a verified SES identity)'),
        receiptRuleSet: z
          .object({
            name: z
              .string()
              .regex(
                /^[a-zA-Z0-9]([a-zA-Z0-9._-]{0,62}[a-zA-Z0-9])?$/,
                'must be 1-64 ASCII letters, digits, dots, underscores or hyphens, starting and ending with a letter or digit',
              )
              .describe(
                'SES receipt rule set name; hotlines and stages in one account and region must share it',
              ),
            managed: z
              .boolean()
              .describe(
                'true: qoldau creates/activates it when needed and deletes it when no rule is left; false: someone else’s active rule set, never touched',
              ),
          })
          .describe(
            'the SES receipt rule set this hotline adds its rule to (one is active per account and region)',
          ),
        attachmentLimits: AttachmentLimitsSchema.optional().describe(
          "how much of one message is unpacked into the appeal's files (`maxCount` files, `maxTotalBytes` together; default 20 files, 25 MiB); the rest stays in the raw message, which is always kept, and a note on the appeal names it",
        ),
      })
      .describe('e-mail appeals'),
    web: z
      .object({ origins: z.array(origin).min(1).describe('web portals allowed by CORS') })
      .describe('the web form'),
    survey: z
      .object({ enabled: z.boolean().describe('post-call rating 1 to 5') })
      .describe('post-call survey'),
    callback: CallbackSchema,
    sla: z
      .object({
        answerWorkingDays: z
          .number()
          .int()
          .positive()
          .describe('deadline of written (e-mail and web) appeals, in Kazakhstan working days'),
        recordingRequestHours: z
          .number()
          .positive()
          .nullable()
          .describe(
            'hours to deliver recordings to the authorized body; `null`: the request names its deadline',
          ),
        urgentAckMinutes: z
          .number()
          .int()
          .positive()
          .describe('minutes within which state bodies must acknowledge an urgent case (round the clock)'),
        averageWaitTargetSeconds: z
          .number()
          .int()
          .positive()
          .describe('alarm threshold of the average wait for an answer'),
        reminderFractions: z
          .array(z.number().gt(0).lt(1))
          .describe('reminder points, as fractions of the time to a deadline'),
      })
      .describe('deadlines and targets'),
    transferTarget: z
      .object({
        hotline: HotlineIdSchema.describe('the other hotline'),
        phoneNumber: e164
          .optional()
          .describe(
            'its own Connect number in E.164 (not an 8-800 number); none: synthesis warns and callers stay with this hotline',
          ),
      })
      .optional()
      .describe('another hotline "state services" callers are transferred to; none: no such transfer'),
    urgentEscalation: z
      .object({
        recipients: z.array(RecipientSchema).describe('state bodies and ombudsmen notified of urgent cases'),
      })
      .describe('urgent cases'),
    reports: z
      .object({
        recipients: z
          .array(RecipientSchema)
          .describe(
            'who gets the daily appeal summary CSV; recipients of kind `supervisor` also get SLA notices and alarms',
          ),
        scheduleCron: z.string().describe('when the report is sent (EventBridge `cron(...)`, UTC)'),
      })
      .describe('the daily appeal report'),
    quality: z
      .object({
        samplePerOperator: z
          .number()
          .int()
          .min(0)
          .max(100)
          .describe(
            'calls drawn at random per operator and week for evaluation (low-rated calls come on top)',
          ),
        lowRatingAtMost: z
          .number()
          .int()
          .min(1)
          .max(4)
          .describe('caller ratings at or below this are always evaluated'),
        summaryCron: z
          .string()
          .describe(
            'when the weekly quality summary goes to `supervisor` report recipients (EventBridge `cron(...)`, UTC)',
          ),
        summaryTo: z
          .array(email)
          .describe(
            'more addresses of the weekly quality summary, besides the `supervisor` report recipients',
          ),
      })
      .default({
        samplePerOperator: 5,
        lowRatingAtMost: 2,
        summaryCron: 'cron(0 4 ? * MON *)',
        summaryTo: [],
      })
      .describe('quality control: which calls are evaluated, and the weekly summary'),
    recordings: z
      .object({
        retentionDays: z.number().int().positive().describe('how long call recordings are kept'),
        objectLock: z
          .boolean()
          .describe('lock recordings (S3 Object Lock, GOVERNANCE mode) for the retention period'),
      })
      .describe('call recordings'),
    confidentiality: z
      .boolean()
      .describe(
        "callers may ask for confidentiality (111); data stays in this hotline's own key and buckets",
      ),
    retainData: z.boolean().describe('keep data-holding resources when the stack is deleted (prod)'),
    logRetentionDays: z.number().int().positive().describe('how long function logs are kept'),
    alarmEmail: email
      .optional()
      .describe(
        'address subscribed by e-mail to the `notifications` topic (SLA notices, alarms); none: only `supervisor` report recipients',
      ),
  })
  .superRefine((config, ctx) => {
    const instance = config.connect.instance;
    if (instance.source !== 'create') return;
    const problem = instanceAliasProblem(instanceAlias(instance, config.stage));
    if (problem !== undefined)
      ctx.addIssue({ code: 'custom', path: ['connect', 'instance', 'alias'], message: problem });
  });
export type HotlineConfig = z.infer<typeof HotlineConfigSchema>;
