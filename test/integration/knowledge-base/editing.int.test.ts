import { beforeAll, describe, expect, it } from 'vitest';
import { signedRequest } from '../../../clients/signed-request';
import { apiBase, callApi, credentialsFor } from '../../../scripts/lib/api-client';
import { article, ids, searchUntil, uniqueId, uniqueWord } from '../../support/knowledge-base/fixtures';
import { useTestRuntime } from '../../support/runtime';

interface Saved {
  id: string;
  status: string;
  version: number;
  publishedVersion?: number;
}

const put = (id: string, body: object, role: 'kbEditor' | 'operator' = 'kbEditor') =>
  callApi<Saved & { message?: string }>({
    hotline: '1414',
    role,
    method: 'PUT',
    path: `/kb/articles/${id}`,
    body,
  });
const read = (id: string) =>
  callApi<{
    version: number;
    body: string;
    title: string;
    translations: Array<{ id: string; lang: string }>;
  }>({
    hotline: '1414',
    role: 'operator',
    method: 'GET',
    path: `/kb/articles/${id}`,
  });

describe('knowledge-base editing', () => {
  beforeAll(() => {
    useTestRuntime();
  });

  it('a new version of an existing article is what operators read and what search finds', async () => {
    const id = uniqueId('kb-edit');
    const [before, after] = [uniqueWord(), uniqueWord()];
    const { id: _id, ...first } = article(id, before);
    expect((await put(id, first)).body).toMatchObject({ status: 'created', version: 1 });
    await searchUntil('1414', before, (results) => ids(results).includes(id));

    const edited = await put(id, { ...first, title: `Справка ${after}`, body: `Новый порядок: ${after}.` });

    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ status: 'updated', version: 2, publishedVersion: 2 });
    expect((await read(id)).body).toMatchObject({ version: 2, title: `Справка ${after}` });
    const found = await searchUntil('1414', after, (results) => ids(results).includes(id));
    expect(ids(found)).toContain(id);
    const stale = await searchUntil('1414', before, (results) => !ids(results).includes(id));
    expect(ids(stale)).not.toContain(id);
  });

  it('an editor sees the history and a rollback publishes the old content as a new version', async () => {
    const id = uniqueId('kb-rollback');
    const [original, changed] = [uniqueWord(), uniqueWord()];
    const { id: _id, ...first } = article(id, original);
    await put(id, first);
    await put(id, { ...first, body: `Изменено: ${changed}.` });

    const rolledBack = await callApi<Saved & { restoredFrom: number }>({
      hotline: '1414',
      role: 'kbEditor',
      method: 'POST',
      path: `/kb/articles/${id}/rollback`,
      body: { version: 1 },
    });

    expect(rolledBack.body).toMatchObject({ version: 3, publishedVersion: 3, restoredFrom: 1 });
    expect((await read(id)).body).toMatchObject({ version: 3, body: first.body });
    const history = await callApi<{ versions: Array<{ version: number; source: string; body: string }> }>({
      hotline: '1414',
      role: 'kbEditor',
      method: 'GET',
      path: `/kb/articles/${id}/versions`,
    });
    expect(history.body.versions.map(({ version, source }) => [version, source])).toEqual([
      [3, 'rollback'],
      [2, 'edit'],
      [1, 'edit'],
    ]);
    const found = await searchUntil('1414', original, (results) => ids(results).includes(id));
    expect(ids(found)).toContain(id);
  });

  it('saving over someone else’s newer version is refused with 409 and the latest version', async () => {
    const id = uniqueId('kb-conflict');
    const { id: _id, ...content } = article(id, uniqueWord());
    await put(id, content);
    await put(id, { ...content, body: `${content.body} Дополнено.`, expectedVersion: 1 });

    const late = await put(id, { ...content, body: `${content.body} Другое.`, expectedVersion: 1 });

    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ details: { latestVersion: 2 } });
  });

  it('an unpublished article disappears for operators and from search, and comes back with the next edit', async () => {
    const id = uniqueId('kb-unpublish');
    const word = uniqueWord();
    const { id: _id, ...content } = article(id, word);
    await put(id, content);
    await searchUntil('1414', word, (results) => ids(results).includes(id));

    const removed = await callApi({
      hotline: '1414',
      role: 'kbEditor',
      method: 'DELETE',
      path: `/kb/articles/${id}`,
    });

    expect(removed.body).toMatchObject({ status: 'unpublished' });
    expect((await read(id)).status).toBe(404);
    expect(ids(await searchUntil('1414', word, (results) => !ids(results).includes(id)))).not.toContain(id);
    expect((await put(id, { ...content, body: `${content.body} Снова.` })).body).toMatchObject({
      version: 2,
      publishedVersion: 2,
    });
  });

  it('links the language versions of one article', async () => {
    const group = uniqueId('kb-group');
    const word = uniqueWord();
    await put(`${group}-ru`, { ...article(`${group}-ru`, word), id: undefined, translationGroup: group });
    await put(`${group}-kk`, {
      ...article(`${group}-kk`, word, { lang: 'kk', title: `Анықтама ${word}` }),
      id: undefined,
      translationGroup: group,
    });

    const ru = await read(`${group}-ru`);

    expect(ru.body.translations).toEqual([expect.objectContaining({ id: `${group}-kk`, lang: 'kk' })]);
  });

  it('rejects bad content with a 400 naming the field', async () => {
    const id = uniqueId('kb-invalid');

    const response = await put(id, { lang: 'de', title: '', body: 'текст' });

    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/lang: must be one of kk, ru, en/);
    expect(response.body.message).toMatch(/title: must not be empty/);
  });

  it('keeps 111’s knowledge base to Kazakh and Russian: an English article, import line or search is refused', async () => {
    const id = uniqueId('kb-111-en');
    const english = { lang: 'en', title: 'Domestic violence help', body: 'Call 111' };

    const saved = await callApi<{ message: string }>({
      hotline: '111',
      role: 'kbEditor',
      method: 'PUT',
      path: `/kb/articles/${id}`,
      body: english,
    });
    const imported = await signedRequest({
      baseUrl: apiBase('111'),
      region: 'eu-central-1',
      credentials: credentialsFor('111', 'kbEditor'),
      method: 'POST',
      path: '/kb/import',
      body: `${JSON.stringify({ id, ...english })}\n`,
    });
    const searched = await callApi<{ message: string }>({
      hotline: '111',
      role: 'operator',
      method: 'GET',
      path: '/kb/search?q=help&lang=en',
    });

    expect(saved.status).toBe(400);
    expect(saved.body.message).toMatch(/lang: the 111 knowledge base is in kk, ru; "en" is not one of them/);
    expect((JSON.parse(imported.text) as { rejected: unknown[] }).rejected).toEqual([
      expect.objectContaining({ line: 1, reason: expect.stringMatching(/"en" is not one of them/) }),
    ]);
    expect(searched.status).toBe(400);
    expect(searched.body.message).toMatch(/"en" is not one of them/);
  });

  it.each([
    [
      'an operator edits an article',
      'operator',
      'PUT',
      '/kb/articles/1414-eds-obtain-ru',
      { lang: 'ru', title: 'x', body: 'y' },
    ],
    [
      'an operator reads the history',
      'operator',
      'GET',
      '/kb/articles/1414-eds-obtain-ru/versions',
      undefined,
    ],
    [
      'a supervisor reads the history',
      'supervisor',
      'GET',
      '/kb/articles/1414-eds-obtain-ru/versions',
      undefined,
    ],
    [
      'an operator rolls back',
      'operator',
      'POST',
      '/kb/articles/1414-eds-obtain-ru/rollback',
      { version: 1 },
    ],
    ['an operator unpublishes', 'operator', 'DELETE', '/kb/articles/1414-eds-obtain-ru', undefined],
    ['an operator imports', 'operator', 'POST', '/kb/import', { id: 'x' }],
    ['an operator exports', 'operator', 'GET', '/kb/export', undefined],
    ['an operator reads the feedback list', 'operator', 'GET', '/kb/feedback', undefined],
    ['an operator edits a referral body', 'operator', 'PUT', '/kb/referrals/police-102', { kind: 'central' }],
    ['the web portal searches', 'webPortal', 'GET', '/kb/search?q=ЭЦП', undefined],
    [
      'an editor marks feedback',
      'kbEditor',
      'POST',
      '/kb/articles/1414-eds-obtain-ru/feedback',
      { kind: 'helpful' },
    ],
  ] as const)('%s: refused with 403', async (_name, role, method, path, body) => {
    const response = await callApi({ hotline: '1414', role, method, path, ...(body ? { body } : {}) });

    expect(response.status).toBe(403);
  });
});
