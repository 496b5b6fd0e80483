import * as z from 'zod';
import { orRequired } from './article-input';

/** An operator's mark on an article: it helped answer the caller, or it is out of date. */
export const FeedbackInputSchema = z.object({
  kind: z.enum(['helpful', 'outdated'], { error: orRequired('must be helpful or outdated') }),
  comment: z.string().trim().max(2000, 'must be at most 2000 characters').optional(),
});
export type FeedbackInput = z.infer<typeof FeedbackInputSchema>;
export type FeedbackKind = FeedbackInput['kind'];

export interface Feedback {
  readonly id: string;
  readonly articleId: string;
  readonly kind: FeedbackKind;
  readonly comment?: string;
  readonly at: string;
  /** The version the operator was reading. */
  readonly version?: number;
  /** Session name of the operator (a user id, never a person's name). */
  readonly by: string;
}
