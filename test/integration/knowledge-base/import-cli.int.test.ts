import { beforeAll, describe, expect, it } from 'vitest';
import { runKbCli } from '../../../scripts/kb-cli';
import {
  article,
  ids,
  jsonlFile,
  searchUntil,
  uniqueId,
  uniqueWord,
} from '../../support/knowledge-base/fixtures';
import { useTestRuntime } from '../../support/runtime';

describe('npm run kb -- import', () => {
  beforeAll(() => {
    useTestRuntime();
  });

  it('imports the good lines, rejects the bad ones with their line numbers, and reports counts', async () => {
    const word = uniqueWord();
    const [first, second] = [uniqueId('kb-import'), uniqueId('kb-import')];
    const file = jsonlFile([
      article(first, word),
      '{"id": "broken", "lang": "ru", "title": ',
      { id: uniqueId('kb-import'), lang: 'de', title: 'Title', body: 'Body' },
      '',
      article(second, word, { lang: 'kk', title: `Анықтама ${word}` }),
      { id: uniqueId('kb-import'), lang: 'ru', body: 'Без заголовка' },
      { id: uniqueId('kb-import'), lang: 'ru', title: 'Чужая линия', body: 'Текст', hotlines: ['111'] },
    ]);

    const result = await runKbCli(['import', file]);

    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Imported 2 of 6 lines');
    expect(result.stdout).toContain('2 new, 0 updated, 0 unchanged');
    expect(result.stdout).toMatch(/line 2: not valid JSON/);
    expect(result.stdout).toMatch(/line 3 \(.+\): lang: must be one of kk, ru, en/);
    expect(result.stdout).toMatch(/line 6 \(.+\): title: is required/);
    expect(result.stdout).toMatch(/line 7 \(.+\): hotlines: this is the 1414 knowledge base/);
    const found = await searchUntil('1414', word, (results) =>
      [first, second].every((id) => ids(results).includes(id)),
    );
    expect(ids(found)).toEqual(expect.arrayContaining([first, second]));
  });

  it('gives an existing id a new version and reports identical lines as unchanged (--json)', async () => {
    const id = uniqueId('kb-reimport');
    const word = uniqueWord();
    await runKbCli(['import', jsonlFile([article(id, word)])]);

    const result = await runKbCli([
      'import',
      jsonlFile([
        article(id, word, { body: `Обновлено: ${word} и новые сроки.` }),
        article(id, word, { body: `Обновлено: ${word} и новые сроки.` }),
      ]),
      '--json',
    ]);

    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      lines: 2,
      accepted: 2,
      created: 0,
      updated: 1,
      unchanged: 1,
      rejected: [],
    });
  });

  it('shows progress on a large file and keeps the file’s line numbers across chunks', async () => {
    const word = uniqueWord();
    const lines: Array<string | object> = Array.from({ length: 1200 }, (_, i) =>
      article(uniqueId(`kb-bulk-${i}`), word, { body: `Строка ${i}: ${word} ${'текст '.repeat(20)}` }),
    );
    lines[1099] = 'not json at all';

    const result = await runKbCli(['import', jsonlFile(lines), '--json']);

    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ lines: 1200, accepted: 1199, created: 1199 });
    expect(summary.rejected).toEqual([expect.objectContaining({ line: 1100 })]);
    expect(result.stderr).toMatch(/kb import: 500 of 1200 lines \(41%\)/);
    expect(result.stderr).toMatch(/kb import: 1200 of 1200 lines \(100%\), 1 rejected/);
  });

  it('exits 2 naming the file when it does not exist', async () => {
    const result = await runKbCli(['import', '/nonexistent/articles.jsonl']);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no such file: /nonexistent/articles.jsonl');
  });

  it('exports published articles in the import format', async () => {
    const id = uniqueId('kb-export');
    await runKbCli(['import', jsonlFile([article(id, uniqueWord())])]);

    const result = await runKbCli(['export']);

    const exported = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(result.code).toBe(0);
    expect(exported).toContainEqual(expect.objectContaining({ id, lang: 'ru', hotlines: ['1414'] }));
    expect(exported.map((line: { id: string }) => line.id)).toContain('1414-eds-obtain-ru');
  });
});
