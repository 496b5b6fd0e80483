import * as z from 'zod';
import { ENTITY_ID } from '../knowledge-base/domain/article-input';

/** Request bodies of the register's API, validated at the edge (sizes included). */

/** Largest `POST /appeals` body: under Lambda's 6 MB synchronous payload, with room for the event around it. */
export const MAX_WEB_APPEAL_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 3 * 1024 * 1024;
export const MAX_TEXT_CHARS = 20_000;

const base64 = z
  .string()
  .max(
    Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 4,
    `must be at most ${MAX_ATTACHMENT_BYTES} bytes once decoded`,
  )
  .regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'must be base64');

export const WebAppealSchema = z.object({
  lang: z.string().min(1).max(10),
  channel: z.enum(['web', 'phone']).optional(),
  topic: z.string().trim().min(1).max(100).optional(),
  text: z.string().trim().min(1, 'is required').max(MAX_TEXT_CHARS),
  name: z.string().trim().min(1).max(200).optional(),
  email: z.string().trim().max(254).optional(),
  phone: z.string().trim().max(40).optional(),
  urgent: z.boolean().optional(),
  attachments: z
    .array(
      z.object({
        filename: z.string().trim().min(1).max(200),
        contentType: z
          .string()
          .max(100)
          .regex(
            /^[a-z0-9][a-z0-9.+-]*\/[a-z0-9][a-z0-9.+-]*$/iu,
            'must be a MIME type such as application/pdf',
          ),
        base64,
      }),
    )
    .max(MAX_ATTACHMENTS)
    .optional(),
});
export type WebAppealRequest = z.infer<typeof WebAppealSchema>;

/** Ids of the referral directory (kept with the knowledge base, whose id rule they follow), e.g. `ministry-labour`. */
const bodyId = z.string().regex(ENTITY_ID, 'must be a directory id such as ministry-labour');

export const TransitionSchema = z.object({
  to: z.enum(['in_progress', 'referred', 'answered', 'closed']),
  reason: z.string().trim().min(1).max(1000).optional(),
  /**
   * The body is named by its id in the referral directory; its name (in the appeal's language) and contacts
   * come from there. `name` and `contacts` replace the directory's, e.g. for a regional office.
   */
  referral: z
    .object({
      bodyId,
      name: z.string().trim().min(2).max(300).optional(),
      contacts: z.string().trim().min(1).max(500).optional(),
      note: z.string().trim().max(1000).optional(),
    })
    .optional(),
});
export type TransitionRequest = z.infer<typeof TransitionSchema>;

export const COUNTERPART_KINDS = [
  'applicant',
  'central-state-body',
  'local-state-body',
  'ombudsman',
  'other',
] as const;

export const CorrespondenceSchema = z.object({
  direction: z.enum(['outgoing', 'incoming']),
  body: z.string().trim().min(1).max(MAX_TEXT_CHARS),
  counterpart: z.object({
    kind: z.enum(COUNTERPART_KINDS),
    name: z.string().trim().min(2).max(300),
    bodyId: bodyId.optional(),
  }),
  channel: z.enum(['email', 'letter', 'phone', 'web']).optional(),
});
export type CorrespondenceRequest = z.infer<typeof CorrespondenceSchema>;

/** `POST /appeals/{number}/acknowledgement`: a state body confirmed it took an urgent case. */
export const AcknowledgementSchema = z.object({
  by: z.string().trim().min(2, 'is required: who acknowledged, e.g. the duty officer and unit').max(300),
  bodyId: bodyId.optional(),
  note: z.string().trim().max(1000).optional(),
});
export type AcknowledgementRequest = z.infer<typeof AcknowledgementSchema>;
