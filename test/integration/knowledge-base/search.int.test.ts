import { beforeAll, describe, expect, it } from 'vitest';
import { runKbCli } from '../../../scripts/kb-cli';
import { callApi } from '../../../scripts/lib/api-client';
import {
  article,
  ids,
  jsonlFile,
  type SearchHit,
  search,
  searchUntil,
  uniqueId,
  uniqueWord,
} from '../../support/knowledge-base/fixtures';
import { useTestRuntime } from '../../support/runtime';

describe('knowledge-base search', () => {
  beforeAll(() => {
    useTestRuntime();
  });

  it.each([
    ['1414', 'как продлить ЭЦП', {}, '1414-eds-renew-ru'],
    ['1414', 'ЭЦП мерзімін ұзарту', { lang: 'kk' }, '1414-eds-renew-kk'],
    ['1414', 'how to renew digital signature', { lang: 'en' }, '1414-eds-renew-en'],
    ['111', 'алименты на ребенка', {}, '111-alimony-ru'],
    ['111', 'муж бьёт жену', { kind: 'referral' }, 'police-102'],
  ] as const)('the seeded %s knowledge base answers %j', async (hotline, query, params, expected) => {
    const results = await search(hotline, query, params);

    expect(ids(results).slice(0, 3)).toContain(expected);
  });

  it('a question typed in Latin letters finds the Cyrillic article, shown as written with the match marked', async () => {
    const results = (await search('1414', 'spravka o nesudimosti')) as unknown as Array<
      SearchHit & { titleHighlights: [number, number][]; highlights: [number, number][] }
    >;

    const [first] = results;
    expect(first?.id).toBe('1414-criminal-record-certificate-ru');
    expect(first?.title).toBe('Справка о наличии либо отсутствии судимости');
    expect(first?.titleHighlights.map(([start, end]) => first.title.slice(start, end))).toContain('Справка');
    expect(first?.highlights.length).toBeGreaterThan(0);
  });

  it('prints {"results":[{id,title,score,snippet}]} best first with --json', async () => {
    const result = await runKbCli(['search', 'восстановить пароль egov', '--lang', 'ru', '--json']);

    const { results } = JSON.parse(result.stdout) as { results: Array<Record<string, unknown>> };
    expect(result.code).toBe(0);
    expect(results.length).toBeGreaterThan(0);
    for (const hit of results) expect(Object.keys(hit)).toEqual(['id', 'title', 'score', 'snippet']);
    const scores = results.map((hit) => hit.score as number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(results[0]!.id).toBe('1414-egov-password-ru');
  });

  it('prints readable ranked results without --json', async () => {
    const result = await runKbCli(['search', 'ЭЦП']);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^1\. .+\n {3}1414-eds-[a-z-]+-(ru|kk|en) · (ru|kk|en) · score [\d.]+\n/);
  });

  it('refuses an unknown language: 400 from the API, exit 2 from the command', async () => {
    const api = await callApi<{ message: string }>({
      hotline: '1414',
      role: 'operator',
      method: 'GET',
      path: '/kb/search?q=ЭЦП&lang=de',
    });
    const cli = await runKbCli(['search', 'ЭЦП', '--lang', 'de']);

    expect(api.status).toBe(400);
    expect(api.body.message).toMatch(/lang: must be one of kk, ru, en/);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/--lang must be kk, ru, en/);
  });

  it('keeps each hotline’s knowledge base to itself', async () => {
    const id = uniqueId('kb-111-only');
    const word = uniqueWord();
    await runKbCli(['import', jsonlFile([article(id, word)]), '--hotline', '111']);

    const in111 = await searchUntil('111', word, (results) => ids(results).includes(id));

    expect(ids(in111)).toContain(id);
    expect(ids(await search('1414', word))).not.toContain(id);
  });

  it('finds a referral body an editor adds, with its contacts', async () => {
    const id = uniqueId('kb-body');
    const word = uniqueWord();
    const saved = await callApi({
      hotline: '1414',
      role: 'kbEditor',
      method: 'PUT',
      path: `/kb/referrals/${id}`,
      body: {
        kind: 'local',
        name: { kk: `Әкімдік ${word}`, ru: `Акимат ${word}` },
        competence: { kk: `Жергілікті мәселелер ${word}`, ru: `Вопросы благоустройства ${word}` },
        phone: '+7 727 000 00 00',
        hours: { kk: 'жұмыс күндері 9-18', ru: 'по рабочим дням 9-18' },
      },
    });

    const found = await searchUntil('1414', word, (results) => ids(results).includes(id), {
      kind: 'referral',
    });
    const body = await callApi<Record<string, unknown>>({
      hotline: '1414',
      role: 'operator',
      method: 'GET',
      path: `/kb/referrals/${id}`,
    });

    expect(saved.status).toBe(201);
    expect(found.find((hit) => hit.id === id)).toMatchObject({ kind: 'referral' });
    expect(body.body).toMatchObject({ id, phone: '+7 727 000 00 00', hotlines: ['1414'], version: 1 });
  });

  it('rejects a referral body without a Russian name, naming the field', async () => {
    const response = await callApi<{ message: string }>({
      hotline: '1414',
      role: 'kbEditor',
      method: 'PUT',
      path: `/kb/referrals/${uniqueId('kb-body')}`,
      body: { kind: 'local', name: { kk: 'Әкімдік' }, competence: { kk: 'x', ru: 'y' } },
    });

    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/name\.ru: is required/);
  });
});

describe('feedback on articles', () => {
  beforeAll(() => {
    useTestRuntime();
  });

  it('an operator marks an article outdated and the editors see it in the list with the title', async () => {
    const id = uniqueId('kb-feedback');
    await runKbCli(['import', jsonlFile([article(id, uniqueWord())])]);

    const marked = await callApi({
      hotline: '1414',
      role: 'operator',
      method: 'POST',
      path: `/kb/articles/${id}/feedback`,
      body: { kind: 'outdated', comment: 'Срок изменился с 1 января' },
    });
    const helpful = await callApi({
      hotline: '1414',
      role: 'supervisor',
      method: 'POST',
      path: `/kb/articles/${id}/feedback`,
      body: { kind: 'helpful' },
    });
    const list = await callApi<{ feedback: Array<Record<string, unknown>> }>({
      hotline: '1414',
      role: 'kbEditor',
      method: 'GET',
      path: `/kb/feedback?articleId=${id}`,
    });
    const outdated = await runKbCli(['feedback', '--kind', 'outdated']);

    expect([marked.status, helpful.status]).toEqual([201, 201]);
    expect(list.body.feedback.map((entry) => entry['kind'])).toEqual(['helpful', 'outdated']);
    expect(list.body.feedback[1]).toMatchObject({
      articleId: id,
      comment: 'Срок изменился с 1 января',
      version: 1,
      title: expect.stringContaining('Справка'),
    });
    expect(outdated.stdout).toContain(id);
  });

  it.each([
    ['an unknown article', 'kb-none-such', { kind: 'helpful' }, 404],
    ['an unknown mark', '1414-eds-obtain-ru', { kind: 'great' }, 400],
  ])('refuses feedback on %s', async (_name, articleId, body, status) => {
    const response = await callApi({
      hotline: '1414',
      role: 'operator',
      method: 'POST',
      path: `/kb/articles/${articleId}/feedback`,
      body,
    });

    expect(response.status).toBe(status);
  });
});
