import { describe, expect, it } from 'vitest';
import type { ArticleHead, ArticleVersion, WritePlan } from './domain/versioning';
import type { ArticleWriter } from './editing';
import { importArticles } from './import-articles';

/** Articles in memory with the table's conditional write; `failing` ids cannot be written. */
class MemoryArticles implements ArticleWriter {
  readonly heads = new Map<string, ArticleHead>();
  readonly versions = new Map<string, ArticleVersion[]>();
  constructor(private readonly failing: ReadonlySet<string> = new Set()) {}

  async head(id: string) {
    return this.heads.get(id);
  }

  async version(id: string, version: number) {
    return this.versions.get(id)?.find((stored) => stored.version === version);
  }

  async write(plan: WritePlan) {
    if (this.failing.has(plan.head.id)) throw new Error('ProvisionedThroughputExceeded');
    if ((this.heads.get(plan.head.id)?.latestVersion ?? 0) !== plan.basedOn) return false;
    this.heads.set(plan.head.id, plan.head);
    if (plan.version)
      this.versions.set(plan.head.id, [...(this.versions.get(plan.head.id) ?? []), plan.version]);
    return true;
  }
}

const line = (id: string, body: string) => JSON.stringify({ id, lang: 'ru', title: 'Статья', body });
const context = {
  at: '2026-11-23T10:00:00.000Z',
  by: 'editor',
  scope: { hotline: '1414' as const, languages: ['kk', 'ru', 'en'] as const },
};

describe('importing JSON Lines', () => {
  it('saves lines of the same id as successive versions, in file order', async () => {
    const store = new MemoryArticles();

    const report = await importArticles(
      store,
      [line('a', 'один'), line('b', 'два'), line('a', 'три')].join('\n'),
      context,
    );

    expect(report).toMatchObject({
      lines: 3,
      accepted: 3,
      created: 2,
      updated: 1,
      unchanged: 0,
      rejected: [],
    });
    expect(store.versions.get('a')?.map((version) => version.article.body)).toEqual(['один', 'три']);
    expect(store.heads.get('a')?.published?.body).toBe('три');
  });

  it('reports a line that could not be saved and still saves the others', async () => {
    const store = new MemoryArticles(new Set(['b']));

    const report = await importArticles(
      store,
      [line('a', 'один'), line('b', 'два'), '{oops', line('c', 'три')].join('\n'),
      context,
    );

    expect(report.results.map((result) => [result.line, result.id, result.status])).toEqual([
      [1, 'a', 'created'],
      [4, 'c', 'created'],
    ]);
    expect(report.rejected).toEqual([
      { line: 2, id: 'b', reason: 'could not be saved; try this line again' },
      { line: 3, reason: expect.stringMatching(/^not valid JSON/) },
    ]);
  });
});
