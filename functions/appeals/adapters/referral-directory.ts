import { ReferralStore } from '../../knowledge-base/adapters/referral-store';
import type { DirectoryBody } from '../domain/referral';

/**
 * The referral directory kept with the knowledge base, read by id. The register reads the knowledge
 * base's own items through its store (one key layout), and its role may read `REFERRAL#` items only.
 */
export interface ReferralDirectory {
  find(bodyId: string): Promise<DirectoryBody | undefined>;
}

export function referralDirectory(knowledgeTable: string): ReferralDirectory {
  const store = new ReferralStore(knowledgeTable);
  return { find: async (bodyId) => (await store.get(bodyId))?.referral };
}
