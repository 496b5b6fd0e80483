import { describe, expect, it } from 'vitest';
import { SEED_ARTICLES } from './articles';
import { REFERRALS } from './referrals';

describe('seed knowledge base', () => {
  it('article ids are unique and read <hotline>-<topic>-<lang>', () => {
    const ids = SEED_ARTICLES.map((article) => article.id);

    expect(new Set(ids).size).toBe(ids.length);
    for (const article of SEED_ARTICLES) {
      expect(article.id).toBe(`${article.translationGroup}-${article.lang}`);
      expect(article.id.startsWith(`${article.hotlines[0]}-`)).toBe(true);
    }
  });

  it.each([
    ['1414', 'kk', 20],
    ['1414', 'ru', 20],
    ['1414', 'en', 20],
    ['111', 'kk', 12],
    ['111', 'ru', 12],
  ])('hotline %s has at least the starter set of articles in %s', (hotline, lang, minimum) => {
    const count = SEED_ARTICLES.filter(
      (article) => article.lang === lang && article.hotlines.includes(hotline as '1414' | '111'),
    ).length;

    expect(count).toBeGreaterThanOrEqual(minimum);
  });

  it('every 1414 topic exists in kk, ru and en, every 111 topic in kk and ru', () => {
    const languagesByGroup = new Map<string, string[]>();
    for (const article of SEED_ARTICLES) {
      const group = article.translationGroup!;
      languagesByGroup.set(group, [...(languagesByGroup.get(group) ?? []), article.lang].sort());
    }

    for (const [group, languages] of languagesByGroup) {
      expect(languages, group).toEqual(group.startsWith('1414-') ? ['en', 'kk', 'ru'] : ['kk', 'ru']);
    }
  });

  it('referral bodies have unique ids, kk and ru names and competence, and hours', () => {
    const ids = REFERRALS.map((referral) => referral.id);

    expect(new Set(ids).size).toBe(ids.length);
    expect(REFERRALS.length).toBeGreaterThanOrEqual(15);
    for (const referral of REFERRALS) {
      expect(
        referral.name.kk && referral.name.ru && referral.competence.kk && referral.competence.ru,
      ).toBeTruthy();
      expect(referral.hours, referral.id).toBeDefined();
    }
  });

  it('national bodies can be reached by phone or website; local ones are found through the hotline', () => {
    const national = REFERRALS.filter((referral) =>
      ['central', 'emergency', 'state-company', 'fund', 'court'].includes(referral.kind),
    );

    for (const referral of national) expect(referral.phone ?? referral.website, referral.id).toBeDefined();
  });

  it('articles are written for people: no empty bodies, no leftover markup', () => {
    for (const article of SEED_ARTICLES) {
      expect(article.body.length, article.id).toBeGreaterThan(200);
      expect(article.body, article.id).not.toMatch(/[<>{}]|\s{2,}/);
    }
  });
});
