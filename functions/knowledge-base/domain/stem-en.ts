/**
 * A light English stemmer (plural and -ing/-ed endings, after Porter's step 1): enough to meet
 * "certificates" with "certificate" and "renewing" with "renew" in the English 1414 articles.
 */

const VOWEL = /[aeiouy]/;

function undouble(stem: string): string {
  const last = stem[stem.length - 1];
  if (stem.length > 3 && last === stem[stem.length - 2] && last !== undefined && !'lsz'.includes(last)) {
    return stem.slice(0, -1);
  }
  return stem;
}

export function stemEnglish(word: string): string {
  if (word.length <= 3) return word;
  let stem = word;
  if (stem.endsWith('\u2019s') || stem.endsWith("'s")) stem = stem.slice(0, -2);
  if (stem.endsWith('sses')) stem = stem.slice(0, -2);
  else if (stem.endsWith('ies') && stem.length > 4) stem = stem.slice(0, -3) + 'y';
  else if (stem.endsWith('s') && !/(ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);

  for (const ending of ['ing', 'ed']) {
    const base = stem.slice(0, -ending.length);
    if (stem.endsWith(ending) && base.length >= 3 && VOWEL.test(base)) {
      stem = undouble(base);
      break;
    }
  }
  // "renewal" and "renew", "approval" and "approve" mean the same act to a caller.
  if (stem.endsWith('al') && stem.length > 6 && /[wv]al$/.test(stem)) stem = stem.slice(0, -2);
  if (stem.endsWith('e') && stem.length > 4) stem = stem.slice(0, -1);
  return stem;
}
