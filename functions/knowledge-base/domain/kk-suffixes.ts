import { foldKazakh } from './normalize';

/**
 * Kazakh inflectional suffix chains, generated from the order of Kazakh morphology
 * (stem + derivation + plural + possessive + case, or verb + participle/verbal noun + ...), once for
 * back-vowel words and once for front-vowel words (vowel harmony), with the consonant variants each
 * suffix takes after vowels, voiced and voiceless consonants. Chains are stored folded (ә -> а, ғ -> г ...)
 * because people type without Kazakh letters; the harmony class is kept to check against the stem.
 */

export type Harmony = 'back' | 'front' | 'neutral';

interface SuffixSlots {
  readonly derivation: readonly string[];
  readonly plural: readonly string[];
  readonly possessive: readonly string[];
  readonly caseAfterStem: readonly string[];
  readonly caseAfterPossessive: readonly string[];
  readonly personal: readonly string[];
  readonly verbalNoun: readonly string[];
  readonly verbEnding: readonly string[];
}

const BACK: SuffixSlots = {
  derivation: ['лық', 'дық', 'тық', 'лы', 'ды', 'ты', 'шы', 'сыз'],
  plural: ['лар', 'дар', 'тар'],
  possessive: ['ым', 'м', 'ыңыз', 'ңыз', 'ы', 'сы', 'ымыз', 'мыз'],
  caseAfterStem: [
    ...['ға', 'қа', 'ды', 'ты', 'ны', 'дың', 'тың', 'ның', 'да', 'та', 'дан', 'тан', 'нан'],
    ...['мен', 'бен', 'пен', 'менен', 'ша', 'дағы', 'тағы'],
  ],
  caseAfterPossessive: ['а', 'на', 'н', 'ын', 'нда', 'ндағы', 'нан', 'ымен'],
  personal: ['мын', 'бын', 'пын', 'сың', 'сыз', 'быз', 'пыз'],
  verbalNoun: ['у', 'ған', 'қан', 'атын', 'йтын', 'ушы'],
  verbEnding: [
    ...['ып', 'п', 'ады', 'йды', 'ды', 'ты', 'ған', 'қан', 'ыңыз', 'ңыз'],
    ...['майды', 'байды', 'пайды', 'мады', 'бады', 'пады', 'маймын', 'баймын', 'паймын', 'ғым', 'қым'],
  ],
};

const FRONT: SuffixSlots = {
  derivation: ['лік', 'дік', 'тік', 'лі', 'ді', 'ті', 'ші', 'сіз'],
  plural: ['лер', 'дер', 'тер'],
  possessive: ['ім', 'м', 'іңіз', 'ңіз', 'і', 'сі', 'іміз', 'міз'],
  caseAfterStem: [
    ...['ге', 'ке', 'ді', 'ті', 'ні', 'дің', 'тің', 'нің', 'де', 'те', 'ден', 'тен', 'нен'],
    ...['мен', 'бен', 'пен', 'менен', 'ше', 'дегі', 'тегі'],
  ],
  caseAfterPossessive: ['е', 'не', 'н', 'ін', 'нде', 'ндегі', 'нен', 'імен'],
  personal: ['мін', 'бін', 'пін', 'сің', 'сіз', 'біз', 'піз'],
  verbalNoun: ['у', 'ген', 'кен', 'етін', 'йтін', 'уші'],
  verbEnding: [
    ...['іп', 'п', 'еді', 'йді', 'ді', 'ті', 'ген', 'кен', 'іңіз', 'ңіз'],
    ...['мейді', 'бейді', 'пейді', 'меді', 'беді', 'педі', 'меймін', 'беймін', 'пеймін', 'гім', 'кім'],
  ],
};

function withOptional(list: readonly string[]): readonly string[] {
  return ['', ...list];
}

/** Inflection chains (plural + possessive + case, or plural + personal ending) and verb endings, listed whole. */
function inflectionsOf(slots: SuffixSlots): Set<string> {
  const chains = new Set<string>(slots.verbEnding);
  const casesAfterPossessive = [...slots.caseAfterStem, ...slots.caseAfterPossessive];
  for (const plural of withOptional(slots.plural)) {
    chains.add(plural);
    for (const ending of slots.caseAfterStem) chains.add(plural + ending);
    for (const personal of slots.personal) chains.add(plural + personal);
    for (const possessive of slots.possessive) {
      chains.add(plural + possessive);
      for (const ending of casesAfterPossessive) chains.add(plural + possessive + ending);
    }
  }
  chains.delete('');
  return chains;
}

function derivationsOf(slots: SuffixSlots): Set<string> {
  return new Set([...slots.derivation, ...slots.verbalNoun]);
}

/** These forms keep their vowel whatever the stem's harmony. */
const INVARIANT = new Set(['мен', 'бен', 'пен', 'менен', 'у']);

function tableOf(back: Set<string>, front: Set<string>): ReadonlyMap<string, Harmony> {
  const table = new Map<string, Harmony>();
  const add = (chains: Set<string>, harmony: Harmony) => {
    for (const chain of chains) {
      const folded = foldKazakh(chain);
      const known = table.get(folded);
      const same = known === undefined || known === harmony;
      table.set(folded, same && !INVARIANT.has(chain) ? harmony : 'neutral');
    }
  };
  add(back, 'back');
  add(front, 'front');
  return table;
}

/** Folded inflection chain -> the harmony class of its vowels. */
export const KAZAKH_INFLECTIONS = tableOf(inflectionsOf(BACK), inflectionsOf(FRONT));

/**
 * Case endings that follow a possessive (-на, -нда, -н ...), for words whose dictionary form already ends in one
 * (отбасы-ндағы, зейнетақы-сын).
 */
export const KAZAKH_CASES_AFTER_POSSESSIVE = tableOf(
  new Set([...BACK.caseAfterPossessive, ...BACK.caseAfterStem]),
  new Set([...FRONT.caseAfterPossessive, ...FRONT.caseAfterStem]),
);

/** Folded derivation and verbal-noun suffixes -> harmony class; stripped after the inflection. */
export const KAZAKH_DERIVATIONS = tableOf(derivationsOf(BACK), derivationsOf(FRONT));
