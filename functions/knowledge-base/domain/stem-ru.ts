/**
 * A Russian stemmer following the Snowball algorithm (snowballstem.org/algorithms/russian):
 * endings are removed only inside RV (after the first vowel), derivational -ость only inside R2.
 * Input: a lower-cased word with ё already replaced by е.
 */

const VOWELS = new Set('аеиоуыэюя');

const PERFECTIVE_GERUND_AFTER_A = ['вшись', 'вши', 'в'];
const PERFECTIVE_GERUND = ['ившись', 'ывшись', 'ивши', 'ывши', 'ив', 'ыв'];
const REFLEXIVE = ['ся', 'сь'];
const ADJECTIVE = [
  ...['ими', 'ыми', 'его', 'ого', 'ему', 'ому', 'ее', 'ие', 'ые', 'ое', 'ей', 'ий', 'ый', 'ой', 'ем', 'им'],
  ...['ым', 'ом', 'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею'],
];
const PARTICIPLE_AFTER_A = ['ем', 'нн', 'вш', 'ющ', 'щ'];
const PARTICIPLE = ['ивш', 'ывш', 'ующ'];
const VERB_AFTER_A = [
  'ла',
  'на',
  'ете',
  'йте',
  'ли',
  'й',
  'л',
  'ем',
  'н',
  'ло',
  'но',
  'ет',
  'ют',
  'ны',
  'ть',
];
const VERB_AFTER_A_MORE = ['ешь', 'нно'];
const VERB = [
  ...['ила', 'ыла', 'ена', 'ейте', 'уйте', 'ите', 'или', 'ыли', 'ей', 'уй', 'ил', 'ыл', 'им', 'ым', 'ен'],
  ...['ило', 'ыло', 'ено', 'ят', 'ует', 'уют', 'ит', 'ыт', 'ены', 'ить', 'ыть', 'ишь', 'ую', 'ю'],
];
const NOUN = [
  ...['иями', 'ями', 'ами', 'ией', 'иям', 'ием', 'иях', 'ев', 'ов', 'ие', 'ье', 'еи', 'ии', 'ей', 'ой', 'ий'],
  ...[
    'ям',
    'ем',
    'ам',
    'ом',
    'ах',
    'ях',
    'ию',
    'ью',
    'ия',
    'ья',
    'а',
    'е',
    'и',
    'й',
    'о',
    'у',
    'ы',
    'ь',
    'ю',
    'я',
  ],
];
const SUPERLATIVE = ['ейше', 'ейш'];
const DERIVATIONAL = ['ость', 'ост'];

function byLengthDesc(list: readonly string[]): readonly string[] {
  return [...list].sort((a, b) => b.length - a.length);
}

const SORTED = {
  gerundAfterA: byLengthDesc(PERFECTIVE_GERUND_AFTER_A),
  gerund: byLengthDesc(PERFECTIVE_GERUND),
  adjective: byLengthDesc(ADJECTIVE),
  participleAfterA: byLengthDesc(PARTICIPLE_AFTER_A),
  participle: byLengthDesc(PARTICIPLE),
  verbAfterA: byLengthDesc([...VERB_AFTER_A, ...VERB_AFTER_A_MORE]),
  verb: byLengthDesc(VERB),
  noun: byLengthDesc(NOUN),
};

/** Length of the longest ending of `list` that `region` ends with, or 0; `afterA` endings need а/я before them. */
function endingLength(region: string, list: readonly string[], afterA = false): number {
  for (const ending of list) {
    if (!region.endsWith(ending)) continue;
    if (!afterA) return ending.length;
    const before = region[region.length - ending.length - 1];
    if (before === 'а' || before === 'я') return ending.length;
  }
  return 0;
}

/** The longer of two candidate endings, as Snowball's `among` picks the longest match across groups. */
function longestEnding(region: string, plain: readonly string[], afterA: readonly string[]): number {
  return Math.max(endingLength(region, plain), endingLength(region, afterA, true));
}

function regionStart(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++) {
    if (!VOWELS.has(word[i]!) && VOWELS.has(word[i - 1]!)) return i + 1;
  }
  return word.length;
}

function step1(rv: string): string {
  const gerund = longestEnding(rv, SORTED.gerund, SORTED.gerundAfterA);
  if (gerund > 0) return rv.slice(0, -gerund);

  let word = rv;
  // Nouns in -пись (подпись, запись) are not reflexive verbs.
  const reflexive = word.endsWith('пись') ? 0 : endingLength(word, REFLEXIVE);
  if (reflexive > 0) word = word.slice(0, -reflexive);

  const adjective = endingLength(word, SORTED.adjective);
  if (adjective > 0) {
    word = word.slice(0, -adjective);
    const participle = longestEnding(word, SORTED.participle, SORTED.participleAfterA);
    return participle > 0 ? word.slice(0, -participle) : word;
  }
  const verb = longestEnding(word, SORTED.verb, SORTED.verbAfterA);
  if (verb > 0) return word.slice(0, -verb);
  const noun = endingLength(word, SORTED.noun);
  return noun > 0 ? word.slice(0, -noun) : word;
}

export function stemRussian(word: string): string {
  let rvStart = 0;
  while (rvStart < word.length && !VOWELS.has(word[rvStart]!)) rvStart++;
  rvStart++;
  if (rvStart >= word.length) return word;

  const prefix = word.slice(0, rvStart);
  let rv = step1(word.slice(rvStart));
  if (rv.endsWith('и')) rv = rv.slice(0, -1);

  const r1 = regionStart(word, 0);
  const r2 = regionStart(word, r1);
  const derivational = endingLength(rv, DERIVATIONAL);
  if (derivational > 0 && rvStart + rv.length - derivational >= r2) rv = rv.slice(0, -derivational);

  if (rv.endsWith('нн')) rv = rv.slice(0, -1);
  else {
    const superlative = endingLength(rv, SUPERLATIVE);
    if (superlative > 0) {
      rv = rv.slice(0, -superlative);
      if (rv.endsWith('нн')) rv = rv.slice(0, -1);
    } else if (rv.endsWith('ь')) rv = rv.slice(0, -1);
  }
  // Beyond Snowball: -овать/-евать verbs keep -ова in the infinitive but not in the imperative or present
  // tense (зарегистрироваться -> зарегистрирова, зарегистрируйтесь -> зарегистрир); callers use both.
  if (rv.length > 4 && /[ое]ва$/.test(rv)) rv = rv.slice(0, -3);
  return prefix + rv;
}
