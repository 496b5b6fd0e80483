import type { HotlineId, Language } from '../../contracts/hotlines';
import type { KbArticle } from '../../functions/knowledge-base/domain/types';
import { Prng } from './prng';

/**
 * A deterministic synthetic knowledge base grown from the seed articles: each generated article mixes
 * sentences of seed articles in its language, and swaps some words for invented words built from the
 * language's own word pieces, so the vocabulary grows as in a real knowledge base of that size (many rare
 * words, inflected forms, names) instead of repeating the seed vocabulary.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const INVENTED_PER_LANG = 20_000;
const INVENTED_SHARE = 0.18;

interface LanguagePool {
  readonly titles: string[];
  readonly sentences: string[];
  readonly invented: string[];
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.length > 20);
}

/** Invents words from the start of one seed word and the end of another (регистр + ациям). */
function inventWords(words: readonly string[], count: number, random: Prng): string[] {
  const long = words.filter((word) => word.length >= 5);
  const invented = new Set<string>();
  for (let attempt = 0; invented.size < count && attempt < count * 20; attempt++) {
    const head = random.pick(long);
    const tail = random.pick(long);
    const word = head.slice(0, 2 + random.int(head.length - 2)) + tail.slice(tail.length - 2 - random.int(3));
    if (word.length >= 4) invented.add(word.toLowerCase());
  }
  return [...invented];
}

function poolsOf(seed: readonly KbArticle[], random: Prng): Map<Language, LanguagePool> {
  const pools = new Map<Language, LanguagePool>();
  for (const lang of ['kk', 'ru', 'en'] as const) {
    const articles = seed.filter((article) => article.lang === lang);
    const words = articles.flatMap((article) => `${article.title} ${article.body}`.match(WORD) ?? []);
    pools.set(lang, {
      titles: articles.map((article) => article.title),
      sentences: articles.flatMap((article) => sentencesOf(article.body)),
      invented: inventWords(words, INVENTED_PER_LANG, random),
    });
  }
  return pools;
}

function mutate(text: string, pool: LanguagePool, random: Prng): string {
  return text.replace(WORD, (word) =>
    word.length > 3 && random.next() < INVENTED_SHARE
      ? pool.invented[random.zipf(pool.invented.length)]!
      : word,
  );
}

function pickLang(random: Prng): Language {
  const roll = random.next();
  if (roll < 0.45) return 'ru';
  return roll < 0.85 ? 'kk' : 'en';
}

/** `count` articles: the seed articles first, then generated ones with ids `gen-<n>-<lang>`. */
export function generateCorpus(seed: readonly KbArticle[], count: number, seedNumber = 1414): KbArticle[] {
  const random = new Prng(seedNumber);
  const pools = poolsOf(seed, random);
  const articles: KbArticle[] = [...seed].slice(0, count);
  for (let n = articles.length; n < count; n++) {
    const lang = pickLang(random);
    const pool = pools.get(lang)!;
    const hotlines: HotlineId[] = lang === 'en' || random.next() < 0.7 ? ['1414'] : ['111'];
    const sentences = Array.from({ length: 4 + random.int(6) }, () => random.pick(pool.sentences));
    articles.push({
      id: `gen-${n}-${lang}`,
      lang,
      title: mutate(random.pick(pool.titles), pool, random),
      body: mutate(sentences.join(' '), pool, random),
      tags: [pool.invented[random.zipf(pool.invented.length)]!],
      hotlines,
    });
  }
  return articles;
}
