import * as z from 'zod';
import type { ContactTraceRecord, Outcome, Step } from '../../../contact-flows/index';
import { type HotlineId, HotlineIdSchema, type Language } from '../../../contracts/hotlines';
import { E164_PATTERN } from '../../../contracts/phone';

/** Path of the local telephone network: unauthenticated like a phone line, and only in the local runtime. */
export const CALLS_PATH = '/_local/connect/calls';

/** `POST /_local/connect/calls`: one simulated call. */
export const CallRequestSchema = z
  .object({
    hotline: HotlineIdSchema,
    /** The caller's number (E.164). */
    from: z.string().regex(E164_PATTERN, 'must be an E.164 number such as +77011234567').optional(),
    /** One answer per prompt that collects digits, in order; null (or running out) is silence. */
    inputs: z
      .array(
        z
          .string()
          .regex(/^[0-9*#]{1,30}$/, 'digits, * and # only')
          .nullable(),
      )
      .max(50)
      .default([]),
    /** An operator answers the queued call and hangs up; later inputs answer the survey. */
    agentHangup: z.boolean().default(false),
    /** Who answers: the Connect user name the agent-whisper flow reads as `$.Agent.UserName` (default `operator`). */
    agent: z
      .object({
        username: z.string().regex(/^[A-Za-z0-9._@+-]{1,64}$/, 'a Connect user name such as aigerim.s'),
      })
      .optional(),
    /**
     * What the flow reads from the queue for this call (GetMetricData): the expected wait in seconds (both
     * Connect's estimate and the oldest waiting call's age) and the number of calls waiting. Unset: the
     * caller is alone in the queue and Connect has no estimate, so no callback is offered.
     */
    queueWaitSeconds: z.number().int().min(0).max(86_400).optional(),
    queueSize: z.number().int().min(0).max(100_000).optional(),
    /**
     * The call rings in the agent desktop: it waits in its queue until a signed-in operator of that queue
     * accepts it there (or `waitSeconds` runs out); the operator's hang-up or transfer ends their part.
     */
    desktop: z.boolean().default(false),
    /** How long the caller waits for an operator of the desktop before hanging up. */
    waitSeconds: z.number().int().min(1).max(600).default(60),
    /**
     * A practice call of this scenario (`npm run quality -- practice --play`): played through the same flows,
     * but it is not recorded, emits no contact record (no statistic or scorecard counts it), and the flows'
     * acting Lambdas (urgent alert, survey rating) answer without acting. With `desktop` it rings marked as
     * practice, for the desktop's Practice tab.
     */
    practice: z
      .string()
      .regex(/^[a-z0-9-]{1,80}$/, 'a practice scenario id such as 1414-eds-revoke-ru')
      .optional(),
  })
  .refine((call) => !(call.desktop && (call.agentHangup || call.agent !== undefined)), {
    message: 'desktop: an operator in the desktop answers; leave out agentHangup and agent',
    path: ['desktop'],
  });
export type CallRequest = z.input<typeof CallRequestSchema>;

/** A queued callback the local runtime holds until an operator takes it (`GET ${CALLBACKS_PATH}?hotline=`). */
export interface WaitingCallback {
  readonly hotline: '1414' | '111';
  readonly contactId: string;
  readonly queue: string;
  /** Masked (`+7701***5678`): the desktop shows who, the dialler alone knows the number. */
  readonly callbackNumber: string;
  readonly waitingSince: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** Path listing the callbacks waiting in the local queues. */
export const CALLBACKS_PATH = '/_local/connect/callbacks';

/** What the call did, in the shape `npm run call -- --json` prints (plus the contact records Connect streams). */
export interface CallTranscript {
  readonly hotline: HotlineId;
  readonly contactId: string;
  readonly language: Language | null;
  readonly steps: readonly Step[];
  readonly attributes: Readonly<Record<string, string>>;
  readonly outcome: Outcome;
  readonly rating: number | null;
  /** `<bucket>/<key>` of the call recording written when an operator answered, else null. */
  readonly recording: string | null;
  /** Every contact record emitted (the call, the callback contact once answered, the survey contact if it ran). */
  readonly contactRecords: readonly ContactTraceRecord[];
  /** The callback contact still waiting in its queue (the caller chose a callback and nobody took it yet). */
  readonly waitingCallback: WaitingCallback | null;
}
