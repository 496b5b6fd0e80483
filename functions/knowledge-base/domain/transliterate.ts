import { APOSTROPHES, SPELLING_RULE_SETS, SPLIT_COST } from './latin-spelling-rules';

/**
 * Reads a word typed in Latin letters as the Cyrillic words it may stand for: "qoltanba" -> колтанба
 * (қолтаңба, folded), "spravka" -> справка, "ECQ" -> эцк. A word can be read several ways ("y" is ы, й or у;
 * "ts" is ц or тс), so this returns the few cheapest readings under the cost model of
 * `latin-spelling-rules.ts`, cheapest first; the index then decides which of them are words at all.
 */

export interface CyrillicSpelling {
  /** Folded Cyrillic (no Kazakh letters, ё -> е), ready for the analyzer. */
  readonly text: string;
  /** Sum of the rule costs and digraph splits; 0 for the plainest reading. */
  readonly cost: number;
}

interface Rule {
  readonly latin: string;
  readonly cyrillic: string;
  readonly cost: number;
  readonly atStart: boolean;
  readonly atEnd: boolean;
}

/** Readings kept per word: enough for every ambiguity the queries show, few enough to stay cheap. */
export const MAX_SPELLINGS = 8;
/** Readings costlier than this are guesses no person would mean. */
const MAX_COST = 2;
/** Readings kept per prefix of the word: the final few need no more than a few more than themselves. */
const BEAM = 12;

function parseRule(text: string): Rule {
  const [written = '', cyrillic = '', cost = '0'] = text.split(' ');
  const atStart = written.length > 1 && written.startsWith('^');
  const atEnd = written.length > 1 && written.endsWith('$');
  const latin = written.slice(atStart ? 1 : 0, atEnd ? -1 : undefined);
  return { latin, cyrillic: cyrillic === '-' ? '' : cyrillic, cost: Number(cost), atStart, atEnd };
}

/** Rules by the Latin letter they start with; the same reading from two tables keeps the lower cost. */
function indexRules(): Map<string, Rule[]> {
  const cheapest = new Map<string, Rule>();
  for (const set of SPELLING_RULE_SETS) {
    for (const text of set.rules) {
      const rule = parseRule(text);
      const key = `${rule.latin}|${rule.cyrillic}|${rule.atStart}|${rule.atEnd}`;
      const known = cheapest.get(key);
      if (known === undefined || rule.cost < known.cost) cheapest.set(key, rule);
    }
  }
  const byFirst = new Map<string, Rule[]>();
  for (const rule of cheapest.values()) {
    const first = rule.latin[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), rule]);
  }
  return byFirst;
}

const RULES = indexRules();
const LATIN_WORD = new RegExp(`^[${[...RULES.keys()].join('')}]+$`, 'u');

/**
 * Lower-cases a Latin word and unifies apostrophes, or returns undefined when the word has a letter no
 * rule reads (digits, other scripts): such words are not transliterated.
 */
export function latinWord(word: string): string | undefined {
  const lower = word
    .normalize('NFC')
    .toLowerCase()
    // "İ".toLowerCase() is "i" plus a combining dot above.
    .replaceAll('\u0307', '')
    .replace(APOSTROPHES, "'")
    // BGN/PCGN separates letters read apart with a middle dot ("det·skiy").
    .replaceAll('·', '')
    .replace(/^'+/, '');
  return LATIN_WORD.test(lower) && /[^']/.test(lower) ? lower : undefined;
}

interface Partial {
  readonly text: string;
  readonly cost: number;
}

/** Adds a reading to a list kept sorted by cost and at most BEAM long; the same text keeps its lower cost. */
function offer(list: Partial[], text: string, cost: number): void {
  if (list.length >= BEAM && cost >= list[list.length - 1]!.cost) return;
  const same = list.findIndex((partial) => partial.text === text);
  if (same !== -1) {
    if (list[same]!.cost <= cost) return;
    list.splice(same, 1);
  }
  let at = list.length;
  while (at > 0 && list[at - 1]!.cost > cost) at--;
  list.splice(at, 0, { text, cost });
  if (list.length > BEAM) list.pop();
}

/** The cheapest Cyrillic readings of a word already passed through `latinWord`, cheapest first. */
export function cyrillicSpellings(word: string, limit = MAX_SPELLINGS): CyrillicSpelling[] {
  const length = word.length;
  // The cheapest readings of each prefix: every reading of the word extends one of them (k shortest paths).
  const best: Partial[][] = Array.from({ length: length + 1 }, () => []);
  best[0]!.push({ text: '', cost: 0 });
  for (let at = 0; at < length; at++) {
    const here = best[at]!;
    if (here.length === 0) continue;
    const split = at === 0 ? 0 : (SPLIT_COST[word[at - 1]! + word[at]!] ?? 0);
    for (const rule of RULES.get(word[at]!) ?? []) {
      const next = at + rule.latin.length;
      if ((rule.atStart && at !== 0) || (rule.atEnd && next !== length)) continue;
      if (rule.latin.length > 1 && !word.startsWith(rule.latin, at)) continue;
      const there = best[next]!;
      for (const partial of here) {
        const cost = partial.cost + rule.cost + split;
        if (cost <= MAX_COST) offer(there, partial.text + rule.cyrillic, cost);
      }
    }
  }
  return best[length]!.filter((partial) => partial.text.length > 0)
    .slice(0, limit)
    .map(({ text, cost }) => ({ text, cost: Math.round(cost * 100) / 100 }));
}
