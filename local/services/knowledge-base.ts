import { JSONL_CONTENT_TYPE, type RawResponse, signedRequest } from '../../clients/signed-request';
import { articleLine } from '../../functions/knowledge-base/domain/jsonl';
import { SEED_ARTICLES } from '../../functions/knowledge-base/seed/articles';
import { REFERRALS } from '../../functions/knowledge-base/seed/referrals';
import type { LocalContext, LocalService } from '../context';

/**
 * Seeds each hotline's knowledge base on a fresh data folder: the starter articles and referral bodies of
 * that hotline go in through its own API, signed as the hotline's knowledge-base editor, so seeding takes
 * the same path (validation, versions, stream, change log) as an editor's import.
 */
export function knowledgeBaseService(): LocalService {
  return {
    name: 'knowledge-base',
    async start() {},
    async seed(context: LocalContext) {
      for (const [hotline, { names }] of context.stacks) {
        const identity = context.credentials.identities.find(
          (candidate) => candidate.hotline === hotline && candidate.role === 'kbEditor',
        );
        if (!identity) throw new Error(`No local kbEditor identity for hotline ${hotline}`);
        const send = (method: 'POST' | 'PUT', path: string, body: string, contentType?: string) =>
          signedRequest({
            baseUrl: `${context.url}/${hotline}`,
            region: names.region,
            credentials: identity,
            method,
            path,
            body,
            ...(contentType ? { contentType } : {}),
          });

        const articles = SEED_ARTICLES.filter((article) => article.hotlines.includes(hotline));
        const imported = expectOk(
          await send('POST', '/kb/import', articles.map(articleLine).join('\n'), JSONL_CONTENT_TYPE),
          `seed import of the ${hotline} knowledge base`,
        ) as { accepted: number; rejected: Array<{ line: number; reason: string }> };
        if (imported.rejected.length > 0) {
          const first = imported.rejected[0]!;
          throw new Error(`Seed article on line ${first.line} was rejected: ${first.reason}`);
        }
        const referrals = REFERRALS.filter((referral) => referral.hotlines.includes(hotline));
        for (const { id, ...referral } of referrals) {
          expectOk(await send('PUT', `/kb/referrals/${id}`, JSON.stringify(referral)), `seed referral ${id}`);
        }
        context.log(
          `knowledge base ${hotline}: seeded ${imported.accepted} articles and ${referrals.length} referral bodies`,
        );
      }
    },
  };
}

function expectOk(response: RawResponse, what: string): unknown {
  if (response.status >= 200 && response.status < 300) return JSON.parse(response.text) as unknown;
  throw new Error(`${what} failed (HTTP ${response.status}): ${response.text.slice(0, 500)}`);
}
