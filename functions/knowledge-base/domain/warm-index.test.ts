import { describe, expect, it } from 'vitest';
import { FakeCatalog } from '../../../test/support/knowledge-base/fake-catalog';
import { buildIndex } from './search-index';
import { readSnapshot, SnapshotFormatError, writeSnapshot } from './snapshot';
import type { KbArticle } from './types';
import { WarmIndex, type WarmIndexReady } from './warm-index';

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

describe('a cold search index loaded from a snapshot', () => {
  /** The indexer's side: a snapshot of the catalog as it stands, with the last change as its watermark. */
  function snapshotOf(catalog: FakeCatalog): Uint8Array {
    const index = buildIndex({ articles: [...catalog.articles.values()] });
    return writeSnapshot(index, catalog.changes.length, new Date(0));
  }

  function coldIndex(catalog: FakeCatalog, bytes: Uint8Array | undefined, errors: unknown[] = []) {
    const ready: WarmIndexReady[] = [];
    const warm = new WarmIndex(catalog, {
      snapshot: async () => (bytes === undefined ? undefined : readSnapshot(bytes)),
      onError: (error) => errors.push(error),
      onReady: (stats) => ready.push(stats),
      maxIncrementalChanges: 5,
    });
    const searchIds = async (query: string) => (await warm.get()).search(query).map((result) => result.id);
    return { warm, ready, searchIds };
  }

  function catalogWithFour() {
    const catalog = new FakeCatalog();
    catalog.publish(article('eds', 'Продление ЭЦП онлайн'));
    catalog.publish(article('pension', 'Пенсионные выплаты по возрасту'));
    catalog.publish(article('passport', 'Замена паспорта при смене фамилии'));
    catalog.publish(article('tax', 'Налоговый вычет за обучение'));
    return catalog;
  }

  it('answers from the snapshot without reading every article from the table', async () => {
    const catalog = catalogWithFour();
    const { ready, searchIds } = coldIndex(catalog, snapshotOf(catalog));

    expect(await searchIds('паспорт')).toEqual(['passport']);
    expect(catalog.reads.loadAll).toBe(0);
    expect(ready).toEqual([
      expect.objectContaining({ source: 'snapshot', watermark: 4, catalogVersion: 4, changesApplied: 0 }),
    ]);
  });

  it('applies the changes recorded after the snapshot: an edit, a new article, a removal and a rollback', async () => {
    const catalog = catalogWithFour();
    const original = catalog.articles.get('tax')!;
    catalog.publish(article('tax', 'Налоговый вычет за лечение'));
    const bytes = snapshotOf(catalog);
    catalog.publish(article('eds', 'Получение справки о несудимости'));
    catalog.publish(article('visa', 'Оформление визы для иностранцев'));
    catalog.unpublish('pension');
    // A rollback publishes an earlier version again.
    catalog.publish(original);
    const { warm, ready, searchIds } = coldIndex(catalog, bytes);

    expect(await searchIds('справка несудимость')).toEqual(['eds']);
    expect(await searchIds('ЭЦП')).toEqual([]);
    expect(await searchIds('виза')).toEqual(['visa']);
    expect(await searchIds('пенсия')).toEqual([]);
    expect(await searchIds('обучение')).toEqual(['tax']);
    expect(await searchIds('лечение')).toEqual([]);
    expect(ready[0]).toMatchObject({
      source: 'snapshot',
      watermark: 5,
      catalogVersion: 9,
      changesApplied: 4,
    });
    expect(warm.stats()).toMatchObject({ source: 'snapshot', catalogVersion: 9, documents: 4 });
    const rebuilt = buildIndex({ articles: [...catalog.articles.values()] });
    for (const query of ['справка', 'виза', 'налоговый вычет', 'паспорт фамилия'])
      expect((await warm.get()).search(query)).toEqual(rebuilt.search(query));
    expect(catalog.reads.loadAll).toBe(0);
  });

  it('builds from the table when the change log no longer reaches back to the snapshot', async () => {
    const catalog = catalogWithFour();
    const bytes = snapshotOf(catalog);
    catalog.publish(article('visa', 'Оформление визы'));
    catalog.publish(article('eds', 'Справка о несудимости'));
    // Changes expire after a week: the one right after the watermark is gone.
    catalog.changes = catalog.changes.filter((change) => change.version !== 5);
    const { ready, searchIds } = coldIndex(catalog, bytes);

    expect(await searchIds('виза')).toEqual(['visa']);
    expect(catalog.reads.loadAll).toBe(1);
    expect(ready).toEqual([expect.objectContaining({ source: 'table' })]);
  });

  it('builds from the table when there is no snapshot yet, or a damaged one, and says why', async () => {
    const catalog = catalogWithFour();
    const errors: unknown[] = [];
    const none = coldIndex(catalog, undefined);
    const damaged = coldIndex(catalog, snapshotOf(catalog).subarray(0, 100), errors);

    expect(await none.searchIds('паспорт')).toEqual(['passport']);
    expect(await damaged.searchIds('паспорт')).toEqual(['passport']);
    expect(none.ready[0]?.source).toBe('table');
    expect(damaged.ready[0]?.source).toBe('table');
    expect(errors).toEqual([expect.any(SnapshotFormatError)]);
  });
});
