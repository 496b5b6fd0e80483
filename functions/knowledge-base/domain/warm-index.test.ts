import { describe, expect, it } from 'vitest';
import type { CatalogChange, CatalogSource, ChangedEntities } from './catalog';
import type { KbArticle, ReferralBody } from './types';
import { WarmIndex } from './warm-index';

/** A knowledge base in memory that records changes the way the indexer does. */
class FakeCatalog implements CatalogSource {
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

const article = (id: string, body: string): KbArticle => ({
  id,
  lang: 'ru',
  // Not the id as title: ids such as `eds` are words the synonyms know.
  title: 'Статья',
  body,
  hotlines: ['1414'],
});

function setup() {
  const catalog = new FakeCatalog();
  let now = 0;
  const clock = { advance: (ms: number) => (now += ms) };
  const warm = new WarmIndex(catalog, { checkIntervalMs: 2000, maxIncrementalChanges: 5, now: () => now });
  const searchIds = async (query: string) => (await warm.get()).search(query).map((result) => result.id);
  return { catalog, clock, warm, searchIds };
}

describe('the warm search index', () => {
  it('is built from every published article on the first search', async () => {
    const { catalog, searchIds } = setup();
    catalog.publish(article('eds', 'Продление ЭЦП онлайн'));

    expect(await searchIds('ЭЦП')).toEqual(['eds']);
    expect(catalog.reads.loadAll).toBe(1);
  });

  it('reads nothing from the table between checks', async () => {
    const { catalog, clock, searchIds } = setup();
    catalog.publish(article('eds', 'Продление ЭЦП'));
    await searchIds('ЭЦП');
    const versionReads = catalog.reads.version;

    for (let i = 0; i < 50; i++) {
      clock.advance(30);
      await searchIds('ЭЦП');
    }

    expect(catalog.reads.version).toBe(versionReads);
  });

  it('applies an edit, a new article and an unpublished one after the next check, without a rebuild', async () => {
    const { catalog, clock, searchIds } = setup();
    catalog.publish(article('eds', 'Продление ЭЦП'));
    catalog.publish(article('pension', 'Пенсионные выплаты'));
    await searchIds('ЭЦП');

    catalog.publish(article('eds', 'Получение справки о несудимости'));
    catalog.publish(article('passport', 'Замена паспорта'));
    catalog.unpublish('pension');
    const beforeCheck = await searchIds('паспорт');
    clock.advance(2000);

    expect(beforeCheck).toEqual([]);
    expect(await searchIds('паспорт')).toEqual(['passport']);
    expect(await searchIds('несудимости')).toEqual(['eds']);
    expect(await searchIds('ЭЦП')).toEqual([]);
    expect(await searchIds('пенсионные')).toEqual([]);
    expect(catalog.reads.loadAll).toBe(1);
  });

  it('rebuilds when more changes piled up than it applies one by one', async () => {
    const { catalog, clock, searchIds, warm } = setup();
    await searchIds('ЭЦП');
    for (let i = 0; i < 6; i++) catalog.publish(article(`a${i}`, `Статья номер ${i} про ЭЦП`));
    clock.advance(2000);

    expect((await searchIds('ЭЦП')).length).toBe(6);
    expect(warm.stats()).toMatchObject({ builds: 2, catalogVersion: 6 });
  });

  it('rebuilds after a bulk import rather than fetching every changed article', async () => {
    const catalog = new FakeCatalog();
    let now = 0;
    const warm = new WarmIndex(catalog, { maxIncrementalHeads: 3, replayOnBuild: 0, now: () => now });
    await warm.get();
    for (let i = 0; i < 4; i++) catalog.articles.set(`a${i}`, article(`a${i}`, `Статья ${i} про ЭЦП`));
    catalog.record({ articles: ['a0', 'a1', 'a2', 'a3'], referrals: [] });
    now += 2000;

    expect((await warm.get()).search('ЭЦП')).toHaveLength(4);
    expect(catalog.reads.load).toBe(0);
    expect(warm.stats()?.builds).toBe(2);
  });

  it('applies again, after a build, only the changes recorded just before it', async () => {
    const catalog = new FakeCatalog();
    const warm = new WarmIndex(catalog, { replayWindowMs: 10_000, now: () => 60_000 });
    catalog.articles.set('old', article('old', 'Давняя статья'));
    catalog.articles.set('new', article('new', 'Свежая статья'));
    catalog.changes = [
      { version: 1, at: 1_000, articles: ['old'], referrals: [] },
      { version: 2, at: 55_000, articles: ['new'], referrals: [] },
    ];
    const loaded: string[] = [];
    const load = catalog.load.bind(catalog);
    catalog.load = async (ids) => {
      loaded.push(...ids.articles);
      return load(ids);
    };

    await warm.get();

    expect(loaded).toEqual(['new']);
    expect(warm.stats()?.catalogVersion).toBe(2);
  });

  it('rebuilds when the change log no longer reaches back to its last change', async () => {
    const { catalog, clock, searchIds, warm } = setup();
    catalog.publish(article('eds', 'Продление ЭЦП'));
    await searchIds('ЭЦП');
    catalog.publish(article('passport', 'Замена паспорта'));
    catalog.publish(article('visa', 'Виза'));
    catalog.changes = catalog.changes.filter((change) => change.version !== 2);
    clock.advance(2000);

    expect(await searchIds('паспорт')).toEqual(['passport']);
    expect(warm.stats()?.builds).toBe(2);
  });

  it('keeps serving the index it has when a check fails, and catches up at the next one', async () => {
    const { catalog, clock, searchIds } = setup();
    catalog.publish(article('eds', 'Продление ЭЦП'));
    await searchIds('ЭЦП');
    catalog.publish(article('passport', 'Замена паспорта'));
    catalog.failing = true;
    clock.advance(2000);

    expect(await searchIds('ЭЦП')).toEqual(['eds']);
    catalog.failing = false;
    clock.advance(2000);
    expect(await searchIds('паспорт')).toEqual(['passport']);
  });

  it('keeps referral bodies fresh too', async () => {
    const { catalog, clock, searchIds } = setup();
    await searchIds('полиция');
    catalog.referrals.set('police', {
      id: 'police',
      kind: 'emergency',
      name: { kk: 'Полиция 102', ru: 'Полиция 102' },
      competence: { kk: 'Тұрмыстық зорлық', ru: 'Бытовое насилие' },
      hotlines: ['1414'],
    });
    catalog.record({ articles: [], referrals: ['police'] });
    clock.advance(2000);

    expect(await searchIds('полиция')).toEqual(['police']);
  });
});
