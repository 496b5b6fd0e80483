import * as z from 'zod';
import type { HotlineId } from '../../../contracts/hotlines';
import { ArticleRuleError, HotlineSchema, orRequired, textSchema } from './article-input';
import type { ReferralBody } from './types';

/** What an editor sends for a body of the referral directory (`PUT /kb/referrals/{id}`). */

const LocalizedSchema = (max: number) =>
  z.object(
    { kk: textSchema(max), ru: textSchema(max), en: textSchema(max).optional() },
    { error: orRequired('must be an object with kk, ru and optionally en') },
  );

export const ReferralContentSchema = z.object({
  kind: z.enum(['central', 'local', 'ombudsman', 'emergency', 'state-company', 'fund', 'ngo', 'court'], {
    error: orRequired('must be one of central, local, ombudsman, emergency, state-company, fund, ngo, court'),
  }),
  name: LocalizedSchema(300),
  competence: LocalizedSchema(4000),
  phone: textSchema(60).optional(),
  email: z.email('must be an e-mail address').max(200).optional(),
  website: z.url('must be a URL such as https://www.gov.kz').max(500).optional(),
  hours: LocalizedSchema(300).optional(),
  region: textSchema(120).optional(),
  hotlines: z.array(HotlineSchema).min(1).optional(),
});
export type ReferralContent = z.infer<typeof ReferralContentSchema>;

/** The referral body as stored; like articles, it must serve the hotline whose directory holds it. */
export function toReferral(id: string, content: ReferralContent, hotline: HotlineId): ReferralBody {
  const hotlines = [...new Set(content.hotlines ?? [hotline])].sort();
  if (!hotlines.includes(hotline)) {
    throw new ArticleRuleError(
      `hotlines: this is the ${hotline} directory, so hotlines must include "${hotline}"`,
    );
  }
  return { id, ...content, hotlines };
}

/** Same content regardless of the order the fields were stored in. */
export function sameReferral(a: ReferralBody, b: ReferralBody): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonical(field)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
