import { describe, expect, it } from 'vitest';
import type { KbArticle } from './types';
import {
  type ArticleHead,
  type ArticleVersion,
  planEdit,
  planRollback,
  planUnpublish,
  UnknownVersionError,
  VersionConflictError,
} from './versioning';

const at = '2026-11-23T10:00:00.000Z';
const by = 'editor-1';
const article = (body: string): KbArticle => ({
  id: 'eds-renew-ru',
  lang: 'ru',
  title: 'Продление ЭЦП',
  body,
  hotlines: ['1414'],
});
const published = (version: number, body: string): ArticleHead => ({
  id: 'eds-renew-ru',
  latestVersion: version,
  publishedVersion: version,
  published: article(body),
  updatedAt: at,
  updatedBy: by,
});

describe('article versions', () => {
  it('the first save creates version 1 and publishes it', () => {
    const plan = planEdit(undefined, article('Текст'), { at, by, source: 'edit' });

    expect(plan).toMatchObject({
      kind: 'write',
      basedOn: 0,
      version: { version: 1, source: 'edit', editedBy: by },
      head: { latestVersion: 1, publishedVersion: 1, published: article('Текст') },
    });
  });

  it('an edit becomes the next version and the published one', () => {
    const plan = planEdit(published(4, 'Старый текст'), article('Новый текст'), { at, by, source: 'import' });

    expect(plan).toMatchObject({
      kind: 'write',
      basedOn: 4,
      version: { version: 5, source: 'import' },
      head: { publishedVersion: 5, published: { body: 'Новый текст' } },
    });
  });

  it('the same content again makes no version', () => {
    const plan = planEdit(published(2, 'Текст'), article('Текст'), { at, by, source: 'import' });

    expect(plan.kind).toBe('unchanged');
  });

  it('the same content republishes an unpublished article as a new version', () => {
    const head: ArticleHead = { id: 'eds-renew-ru', latestVersion: 2, updatedAt: at, updatedBy: by };

    const plan = planEdit(head, article('Текст'), { at, by, source: 'edit' });

    expect(plan).toMatchObject({ kind: 'write', head: { latestVersion: 3, publishedVersion: 3 } });
  });

  it.each([
    [undefined, 1, 0],
    [published(3, 'Текст'), 2, 3],
    [published(3, 'Текст'), 0, 3],
  ])(
    'an edit based on a version that is no longer the latest is a conflict',
    (head, expectedVersion, latest) => {
      const edit = () => planEdit(head, article('Другой'), { at, by, source: 'edit', expectedVersion });

      expect(edit).toThrow(VersionConflictError);
      expect(edit).toThrow(`the latest is ${latest}`);
    },
  );

  it('a rollback copies the old content into a new version that remembers its origin', () => {
    const old: ArticleVersion = {
      article: article('Первый'),
      version: 1,
      editedAt: at,
      editedBy: 'x',
      source: 'edit',
    };

    const plan = planRollback(published(3, 'Третий'), old, { at, by, version: 1 });

    expect(plan).toMatchObject({
      kind: 'write',
      version: { version: 4, source: 'rollback', restoredFrom: 1, article: { body: 'Первый' } },
      head: { publishedVersion: 4, published: { body: 'Первый' } },
    });
  });

  it('rolling back to what is published changes nothing', () => {
    const same: ArticleVersion = {
      article: article('Текст'),
      version: 1,
      editedAt: at,
      editedBy: 'x',
      source: 'edit',
    };

    expect(planRollback(published(2, 'Текст'), same, { at, by, version: 1 }).kind).toBe('unchanged');
  });

  it('rolling back to a version that does not exist is refused', () => {
    expect(() => planRollback(published(2, 'Текст'), undefined, { at, by, version: 7 })).toThrow(
      UnknownVersionError,
    );
  });

  it('unpublishing keeps the versions and hides the content', () => {
    const plan = planUnpublish(published(2, 'Текст'), { at, by });

    expect(plan).toEqual({
      kind: 'write',
      basedOn: 2,
      head: { id: 'eds-renew-ru', latestVersion: 2, updatedAt: at, updatedBy: by },
    });
    expect(planUnpublish(plan.head, { at, by }).kind).toBe('unchanged');
  });
});
