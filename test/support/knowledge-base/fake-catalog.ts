import type {
  CatalogChange,
  CatalogSource,
  ChangedEntities,
} from '../../../functions/knowledge-base/domain/catalog';
import type { KbArticle, ReferralBody } from '../../../functions/knowledge-base/domain/types';

/** A knowledge base in memory that records changes the way the indexer does. */
export class FakeCatalog implements CatalogSource {
  readonly articles = new Map<string, KbArticle>();
  readonly referrals = new Map<string, ReferralBody>();
  changes: CatalogChange[] = [];
  reads = { version: 0, loadAll: 0, load: 0 };
  failing = false;

  publish(article: KbArticle) {
    this.articles.set(article.id, article);
    this.record({ articles: [article.id], referrals: [] });
  }

  unpublish(id: string) {
    this.articles.delete(id);
    this.record({ articles: [id], referrals: [] });
  }

  record(ids: ChangedEntities) {
    this.changes.push({ version: this.changes.length + 1, ...ids });
  }

  async version() {
    this.reads.version++;
    if (this.failing) throw new Error('throttled');
    return this.changes.length;
  }

  async loadAll() {
    this.reads.loadAll++;
    return { articles: [...this.articles.values()], referrals: [...this.referrals.values()] };
  }

  async changesAfter(version: number, limit: number) {
    return this.changes.filter((change) => change.version > version).slice(0, limit);
  }

  async load(ids: ChangedEntities) {
    this.reads.load++;
    const articles = new Map(
      ids.articles.flatMap((id) => (this.articles.has(id) ? [[id, this.articles.get(id)!]] : [])),
    );
    const referrals = new Map(
      ids.referrals.flatMap((id) => (this.referrals.has(id) ? [[id, this.referrals.get(id)!]] : [])),
    );
    return { articles, referrals };
  }
}
